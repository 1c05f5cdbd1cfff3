// The Art. 15 letter is about ONE person (Art. 15 Abs. 4 DSGVO: no third person's data). In the
// fixture `namesakes`, "Annalena Müller-Hoff" (another institution, her own address and phone)
// stands beside the coordinator "Anna Müller" and is mentioned in a meeting's description. Before,
// `person "Anna Müller" --format letter` listed her data under "Welche Daten wir über Sie
// gespeichert haben" (word-prefix matching), with only a hint on stderr and exit 0.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, run } from '../support/helpers.js';

const NET = join(FIXTURES, 'privacy', 'namesakes');
const TODAY = ['--today', '2026-11-23'];
const HER = ['Annalena', 'mueller-hoff', '555-0199'];

describe('the Art. 15 letter about one person', () => {
  it('a full name means exactly that name: nothing of the namesake whose name only begins the same', async () => {
    const r = await run(['person', 'Anna Müller', NET, '--format', 'letter', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('a.mueller@jugendamt-beispielstadt.example');
    for (const part of HER) expect(r.stdout).not.toContain(part);
    expect(r.stderr).not.toContain('Annalena');
  });

  it('the same with the name written without umlauts, in small letters', async () => {
    const r = await run(['person', 'anna mueller', NET, '--format', 'letter', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    for (const part of HER) expect(r.stdout).not.toContain(part);
  });

  it('a query that finds several persons refuses (exit 2, nothing written) and lists them with a way to choose', async () => {
    const r = await run(['person', 'Müller', NET, '--format', 'letter', ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('„Müller“ passt auf 2 Personen');
    expect(r.stderr).toContain('Anna Müller, Jugendamt Beispielstadt <a.mueller@jugendamt-beispielstadt.example> (network.yaml, Zeile 11)');
    expect(r.stderr).toContain('Annalena Müller-Hoff, Beratungsstelle am Markt <a.mueller-hoff@beratung-markt.example> (partners.yaml, Zeile 25)');
    expect(r.stderr).toContain('--partner');
  });

  it('--partner or the e-mail address chooses the person', async () => {
    const byPartner = await run(['person', 'Müller', NET, '--format', 'letter', '--partner', 'beratung-am-markt', ...TODAY]);
    expect(byPartner.code, byPartner.stderr).toBe(0);
    expect(byPartner.stdout).toContain('a.mueller-hoff@beratung-markt.example');
    expect(byPartner.stdout).not.toContain('a.mueller@jugendamt-beispielstadt.example\n');
    const byEmail = await run(['person', 'a.mueller-hoff@beratung-markt.example', NET, '--format', 'letter', ...TODAY]);
    expect(byEmail.code, byEmail.stderr).toBe(0);
    expect(byEmail.stdout).toContain('Guten Tag Annalena Müller-Hoff,');
    // her own mention in the meeting's description is hers, so it is in her letter
    expect(byEmail.stdout).toContain('Moderation: Annalena Müller-Hoff');
  });

  it('--partner is for the letter only, and must name a partner', async () => {
    const text = await run(['person', 'Müller', NET, '--partner', 'beratung-am-markt', ...TODAY]);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain('--partner gilt nur mit --format letter');
    const unknown = await run(['person', 'Müller', NET, '--format', 'letter', '--partner', 'beratung-am-marktt', ...TODAY]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('beratung-am-markt');
  });

  it('without --format letter the search lists both, each clearly apart', async () => {
    const r = await run(['person', 'Müller', NET, ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Die Fundstellen betreffen 2 verschiedene Personen');
    expect(r.stdout).toContain('Person 1: Anna Müller <a.mueller@jugendamt-beispielstadt.example>');
    expect(r.stdout).toContain('Person 2: Annalena Müller-Hoff <a.mueller-hoff@beratung-markt.example>');
    expect(r.stdout).toMatch(/partners\.yaml, Zeile 25 – Kontaktperson \(Person 2\)/);
  });

  it('verified refuses the same ambiguity, and takes a full name as that name', async () => {
    const several = await run(['verified', 'Müller', NET, '--dry-run', ...TODAY]);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('passt auf 2 Personen');
    const one = await run(['verified', 'Anna Müller', NET, '--dry-run', ...TODAY]);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).not.toContain('Annalena');
  });
});
