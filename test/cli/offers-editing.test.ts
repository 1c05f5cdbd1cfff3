// `add offer`, `add partner --language` and `import` know the Wegweiser's new fields: an offer is
// appended to its partner with the date of its German text, languages by code or German name;
// a dry run changes no byte (fingerprint), a wrong language or partner is exit 2 with nothing
// written; an import's columns "Sprachen" and "Angebote" become languages and offers.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../support/disk.js';
import { copyExample, run } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];

interface RawPartner {
  id: string;
  name: string;
  languages?: string[];
  offers?: Record<string, unknown>[];
}
const partners = (dir: string) => parse(readFileSync(join(dir, 'partners.yaml'), 'utf8')) as RawPartner[];

describe('add offer, add partner --language', () => {
  it('appends the offer to its partner, dated today; a dry run writes nothing', async () => {
    const ex = copyExample('herne');
    try {
      const args = [
        'add',
        'offer',
        ex.dir,
        '--partner',
        'jugendamt-herne',
        '--title',
        'Beratung für Eltern',
        '--for',
        'eltern',
        '--age-from',
        '0',
        '--age-to',
        '17',
      ];
      const more = [
        '--language',
        'Türkisch',
        '--language',
        'ar',
        '--cost',
        'kostenlos',
        '--anonymous',
        '--hours',
        'Mo–Fr 8–12 Uhr',
        '--accessibility',
        'stufenlos',
        ...TODAY,
      ];
      const before = fingerprint(ex.dir);
      const dry = await run([...args, ...more, '--dry-run']);
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).toContain('+    - title: Beratung für Eltern');
      expect(fingerprint(ex.dir)).toBe(before);
      const r = await run([...args, ...more]);
      expect(r.code, r.stderr).toBe(0);
      expect(partners(ex.dir).find((p) => p.id === 'jugendamt-herne')!.offers).toEqual([
        {
          title: 'Beratung für Eltern',
          for: ['eltern'],
          ages: { from: 0, to: 17 },
          languages: ['tr', 'ar'],
          cost: 'kostenlos',
          anonymous: true,
          hours: 'Mo–Fr 8–12 Uhr',
          accessibility: ['stufenlos'],
          updated: '2026-11-23',
        },
      ]);
      expect((await run(['validate', ex.dir, ...TODAY])).code).toBe(0);
      // The same title twice is refused.
      const again = await run([...args, ...TODAY]);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('gibt es das Angebot „Beratung für Eltern“ schon');
    } finally {
      ex.remove();
    }
  });

  it('a language that is none, a partner that does not exist: exit 2, nothing written', async () => {
    const ex = copyExample('herne');
    try {
      const before = fingerprint(ex.dir);
      const lang = await run(['add', 'offer', ex.dir, '--partner', 'jugendamt-herne', '--title', 'X', '--language', 'klingonisch', ...TODAY]);
      expect(lang.code).toBe(2);
      expect(lang.stderr).toBe(
        'netzwerk: --language: „klingonisch“ ist keine Sprache nach ISO 639-1; bitte das Kürzel (z. B. tr, ar, uk) oder den deutschen Namen (Türkisch) angeben.\n',
      );
      const partner = await run(['add', 'offer', ex.dir, '--partner', 'jugendamt-hernee', '--title', 'X', ...TODAY]);
      expect(partner.code).toBe(2);
      expect(partner.stderr).toContain('Meinten Sie „jugendamt-herne“?');
      expect(fingerprint(ex.dir)).toBe(before);
    } finally {
      ex.remove();
    }
  });

  it('add partner --language: the codes, German names accepted', async () => {
    const ex = copyExample('herne');
    try {
      const r = await run([
        'add',
        'partner',
        ex.dir,
        '--name',
        'Familienzentrum Sonnenhaus',
        '--sector',
        'familienbildung',
        '--language',
        'Russisch',
        '--language',
        'uk',
        ...TODAY,
      ]);
      expect(r.code, r.stderr).toBe(0);
      expect(partners(ex.dir).find((p) => p.name === 'Familienzentrum Sonnenhaus')!.languages).toEqual(['ru', 'uk']);
    } finally {
      ex.remove();
    }
  });
});

describe('import: languages and offers', () => {
  it('the columns "Sprachen" and "Angebote" become languages (German left out) and offers dated today', async () => {
    const ex = copyExample('herne');
    try {
      const csv = join(ex.dir, '..', 'liste.csv');
      writeFileSync(
        csv,
        [
          'Einrichtung;Bereich;Sprachen;Angebote',
          'Familienzentrum Regenbogen;Familienbildung;Türkisch, Deutsch, ar;"Elterncafé; Sprechstunde"',
          'Beratung Mitte;Beratungsstelle;Klingonisch;',
        ].join('\r\n'),
      );
      const r = await run(['import', csv, ex.dir, ...TODAY]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout + r.stderr).toContain('Zeile 3: „Klingonisch“ ist als Sprachen nicht zu gebrauchen');
      const p = partners(ex.dir).find((x) => x.name === 'Familienzentrum Regenbogen')!;
      expect(p.languages).toEqual(['tr', 'ar']);
      expect(p.offers).toEqual([
        { title: 'Elterncafé', updated: '2026-11-23' },
        { title: 'Sprechstunde', updated: '2026-11-23' },
      ]);
    } finally {
      ex.remove();
    }
  });
});
