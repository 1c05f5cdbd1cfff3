// Nothing left out in silence: an invitation list names on stderr every invited active partner it
// does not reach, with the reason and the counts; every contact list says how many selected
// partners it leaves out; --batch splits e-mail lists into blocks; above 500 addresses a warning.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reach } from '../../src/model/reach.js';
import { readNetworkFolder } from '../../src/load/read-folder.js';
import { validateNetwork } from '../../src/validate/validate-network.js';
import { FIXTURES, run, tempDir } from '../support/helpers.js';

const NET = join(FIXTURES, 'contacts', 'reach');
const TODAY = ['--today', '2026-11-23'];
const MEETING = ['--meeting', 'treffen-schule-polizei'];

describe('contacts --meeting: who the invitation does not reach', () => {
  it('names each invited partner it misses, with the reason, and the counts (the police are not silently missing)', async () => {
    const r = await run(['contacts', NET, ...MEETING, '--format', 'emails', ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Sina Schule <s.schule@nord.example>; Jonas Jugend <j.jugend@reichweite.example>; Rita Reich <r.reich@reichweite.example>; Karl Kommissar <k.kommissar@polizei.example>\n',
    );
    expect(r.stderr).toBe(
      [
        'Hinweis: Die Liste erreicht 3 von 6 Partnern, die zu „treffen-schule-polizei“ eingeladen und heute aktiv sind. Nicht erreicht:',
        '  – Grundschule Süd: keine E-Mail-Adresse bei den Kontaktpersonen',
        '  – Kreispolizeibehörde Reichweite: nur Kontaktpersonen, die für diesen Empfängerkreis nicht freigegeben sind (erscheinen mit --audience internal)',
        '  – Polizeiwache Reichweite-Ost: keine Kontaktperson eingetragen',
        'Zusammen: 3 nicht erreicht (1 ohne Kontaktperson, 1 nur mit nicht freigegebenen Kontakten, 1 ohne E-Mail-Adresse).',
        'Hinweis: 1 Person ohne E-Mail-Adresse fehlt im Verteiler.',
        '',
      ].join('\n'),
    );
  });

  it('with --audience internal the internal police contact is reached; a CSV needs no e-mail', async () => {
    const r = await run(['contacts', NET, ...MEETING, '--audience', 'internal', ...TODAY]);
    expect(r.stderr).toContain('Die Liste erreicht 5 von 6 Partnern');
    expect(r.stderr).toContain('Polizeiwache Reichweite-Ost: keine Kontaktperson eingetragen');
    expect(r.stderr).not.toContain('Grundschule Süd');
  });

  it('says so when every invited partner is reached', async () => {
    const r = await run(['contacts', NET, '--meeting', 'treffen-schule-polizei', '--sector', 'jugendamt', ...TODAY]);
    expect(r.stderr).toBe('Hinweis: Die Liste erreicht den einen Partner, der zu „treffen-schule-polizei“ eingeladen und heute aktiv ist.\n');
  });

  it('in English', async () => {
    const r = await run(['contacts', NET, ...MEETING, '--lang', 'en', ...TODAY]);
    expect(r.stderr).toContain('Note: the list reaches 4 of the 6 partners invited to "treffen-schule-polizei" and active today. Not reached:');
    expect(r.stderr).toContain('only contact persons not released for this audience (they appear with --audience internal)');
  });
});

describe('every contact list says how many selected partners it leaves out', () => {
  it('counts and names them, by reason', async () => {
    const r = await run(['contacts', NET, ...TODAY]);
    expect(r.stderr).toBe(
      'Hinweis: 3 von 7 ausgewählten aktiven Partnern fehlen in der Liste: 2 ohne Kontaktperson, 1 nur mit Kontakten, die erst mit --audience internal erscheinen.\n' +
        'Es fehlen: Kita Sonnenblume, Kreispolizeibehörde Reichweite, Polizeiwache Reichweite-Ost\n',
    );
    const pub = await run(['contacts', NET, '--audience', 'public', ...TODAY]);
    expect(pub.stderr).toContain('3 nur mit Kontakten, die erst mit --audience network erscheinen');
  });

  it('of the partners the filters select only', async () => {
    const r = await run(['contacts', NET, '--sector', 'schule', ...TODAY]);
    expect(r.stderr).toBe('');
  });
});

describe('--batch: e-mail lists in blocks', () => {
  it('numbered blocks of at most N addresses, one paragraph each, headed in German', async () => {
    const r = await run(['contacts', NET, '--format', 'emails', '--batch', '3', ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Block 1 von 2 (3 Adressen):\nSina Schule <s.schule@nord.example>; Jonas Jugend <j.jugend@reichweite.example>; Rita Reich <r.reich@reichweite.example>\n\n' +
        'Block 2 von 2 (1 Adresse):\nKarl Kommissar <k.kommissar@polizei.example>\n',
    );
  });

  it('above 500 addresses without --batch, a warning; with --batch 500, blocks of 500', async () => {
    const tmp = tempDir();
    try {
      const dir = join(tmp.dir, 'gross');
      mkdirSync(dir);
      writeFileSync(
        join(dir, 'network.yaml'),
        'id: gross\nname: Großes Netzwerk\nregion: {name: G, municipalities: [G]}\nyouth_offices: [p0]\ncoordinators:\n  - {name: Kora Koord, partner: p0, verified: 2026-06-01}\n',
      );
      const partners = Array.from(
        { length: 612 },
        (_, i) =>
          `- id: p${i}\n  name: Partner ${String(i).padStart(3, '0')}\n  sector: ${i === 0 ? 'jugendamt' : 'sonstige'}\n  contacts:\n    - {name: Person ${i}, email: p${i}@gross.example, visibility: network, verified: 2026-06-01}\n`,
      );
      writeFileSync(join(dir, 'partners.yaml'), partners.join(''));
      const plain = await run(['contacts', dir, '--format', 'emails', ...TODAY]);
      expect(plain.stdout.split('; ')).toHaveLength(612);
      expect(plain.stderr).toContain(
        'Hinweis: Der Verteiler hat 612 Adressen; Exchange und Outlook nehmen höchstens 500 Empfänger je Nachricht an. Mit --batch 500 wird er in Blöcke geteilt.',
      );
      const blocks = await run(['contacts', dir, '--format', 'emails', '--batch', '500', ...TODAY]);
      expect(blocks.stderr).not.toContain('höchstens 500');
      const paragraphs = blocks.stdout.trimEnd().split('\n\n');
      expect(paragraphs.map((p) => p.split('\n')[0])).toEqual(['Block 1 von 2 (500 Adressen):', 'Block 2 von 2 (112 Adressen):']);
      expect(paragraphs.map((p) => p.split('\n')[1]!.split('; ').length)).toEqual([500, 112]);
    } finally {
      tmp.remove();
    }
  });
});

describe('reach(): the pure function behind contacts (and invite)', () => {
  const model = validateNetwork(readNetworkFolder(NET), { today: '2026-11-23', lang: 'de' }).model!;
  const selection = { audience: 'network' as const, sectors: [], municipalities: [], insofa: false, meeting: 'treffen-schule-polizei' };

  it('splits the invited active partners into reached and missed, with the reason', () => {
    const result = reach(model, selection, '2026-11-23', { needEmail: true });
    expect(result.wanted.map((p) => p.id)).toEqual(['schule-nord', 'schule-sued', 'jugendamt', 'polizei-kreis', 'polizei-praevention', 'polizei-wache']);
    expect(result.reached.map((p) => p.id)).toEqual(['schule-nord', 'jugendamt', 'polizei-praevention']);
    expect(result.missed).toEqual([
      { partner: { id: 'schule-sued', name: 'Grundschule Süd' }, reason: { kind: 'no-email' } },
      { partner: { id: 'polizei-kreis', name: 'Kreispolizeibehörde Reichweite' }, reason: { kind: 'hidden', widest: 'internal' } },
      { partner: { id: 'polizei-wache', name: 'Polizeiwache Reichweite-Ost' }, reason: { kind: 'no-contact' } },
    ]);
  });

  it('without an e-mail list, a partner with a visible person is reached', () => {
    const result = reach(model, selection, '2026-11-23', { needEmail: false });
    expect(result.missed.map((m) => m.partner.id)).toEqual(['polizei-kreis', 'polizei-wache']);
    expect(result.rows.map((r) => r.name)).toContain('Tom Telefon');
  });
});
