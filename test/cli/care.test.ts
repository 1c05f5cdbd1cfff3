// Schutzkonzepte and the InsoFa pool (issue 32, items 3 and 4), on test/fixtures/report/pool with
// dates worked out by hand (stichtag 2026-11-23, refresher after 2 years): the report's counts per
// sector and per municipality and field, the public report with counts only, validate's warnings,
// and the messages for a mistyped field.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, run, STACK_TRACE, tempDir } from '../support/helpers.js';

const NET = join(FIXTURES, 'report', 'pool');
const TODAY = ['--today', '2026-11-23'];

async function reportJson(...args: string[]) {
  const r = await run(['report', NET, '--format', 'json', ...TODAY, ...args]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as { schutzkonzepte: unknown; insofa_pool: unknown };
}

describe('Schutzkonzepte and the InsoFa pool', () => {
  it('the report counts Schutzkonzepte per sector and names the due review (network audience)', async () => {
    const r = await reportJson();
    expect(r.schutzkonzepte).toEqual({
      by_sector: {
        freie_jugendhilfe: { vorhanden: 1, in_arbeit: 0, fehlt: 0, unbekannt: 0 },
        kita: { vorhanden: 0, in_arbeit: 0, fehlt: 1, unbekannt: 0 },
        schule: { vorhanden: 1, in_arbeit: 1, fehlt: 0, unbekannt: 1 }, // the Realschule said nothing
      },
      review_due: 1,
      review_due_partners: [{ id: 'grundschule-nord', name: 'Grundschule Nordheim', review: '2026-08-01' }],
    });
  });

  it('the pool per municipality and field, the gap for Kitas in Südheim, one refresher due', async () => {
    const r = await reportJson();
    expect(r.insofa_pool).toEqual({
      total: 2,
      without_details: 0,
      by_municipality: { Nordheim: { total: 1, by_field: { kita: 1, schule: 1 } }, Südheim: { total: 1, by_field: { schule: 1, sucht: 1 } } },
      gaps: [{ municipality: 'Südheim', field: 'kita' }],
      refresher_due: 1, // Otto Ohnefrist: 2024-11-01 + 2 years ≤ 2026-11-23; Ina Insofa: 2025-01-15 + 2 years is later
    });
    const text = await run(['report', NET, ...TODAY]);
    expect(text.stdout).toContain('Schutzkonzepte und insoweit erfahrene Fachkräfte');
    expect(text.stdout).toMatch(/Südheim\s+1\s+Schule 1, Sucht 1\s+Kita/);
  });

  it('the public report: counts only, no partner named for a review, no pool', async () => {
    const r = await reportJson('--audience', 'public');
    expect(r.schutzkonzepte).toMatchObject({ review_due: 1, review_due_partners: null });
    expect(r.insofa_pool).toBeNull();
    const text = await run(['report', NET, '--audience', 'public', ...TODAY]);
    expect(text.stdout).toContain('Eine Überprüfung eines Schutzkonzepts ist fällig.');
    expect(text.stdout).not.toContain('Insoweit erfahrene Fachkräfte je Kommune');
  });

  it('validate warns: the review due, the refresher older than the target, the municipality without an InsoFa for Kitas', async () => {
    const r = await run(['validate', NET, ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('schutzkonzept.review: Das Schutzkonzept von „Grundschule Nordheim“ war am 01.08.2026 zur Überprüfung fällig.');
    expect(r.stdout).toContain(
      'contacts[1].insofa: Die letzte Fortbildung von „Otto Ohnefrist“ als insoweit erfahrene Fachkraft war am 01.11.2024, vor mehr als 2 Jahren.',
    );
    expect(r.stdout).toContain('Ohne insoweit erfahrene Fachkraft für das Arbeitsfeld Kita: Südheim');
    expect(r.stdout).not.toContain('Ina Insofa');
    const en = await run(['validate', NET, '--lang', 'en', ...TODAY]);
    expect(en.stdout).toContain('No experienced specialist (InsoFa) for the field day care in: Südheim');
  });

  it('a mistyped field, status or municipality is an error with a German message (exit 1); insofa: true stays valid', async () => {
    const tmp = tempDir();
    try {
      const dir = join(tmp.dir, 'netz');
      cpSync(NET, dir, { recursive: true });
      const file = join(dir, 'partners.yaml');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace('fields: [kita, schule]', 'fields: [kita, schulle]').replace('status: fehlt', 'status: keins'));
      const r = await run(['validate', dir, ...TODAY]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('„schulle“');
      expect(r.stdout).toContain('„keins“');
      expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
      writeFileSync(file, text.replace('municipalities: [Südheim]\n        refresher', 'municipalities: [Südhaim]\n        refresher'));
      const place = await run(['validate', dir, ...TODAY]);
      expect(place.code).toBe(1);
      expect(place.stdout).toMatch(/insofa\.municipalities\[0\]: „Südhaim“ ist keine Kommune der Region.*„Südheim“/);
      writeFileSync(file, text.replace(/ {6}insofa:\n(?: {8}.*\n)+/g, '      insofa: true\n'));
      const plain = await run(['validate', dir, ...TODAY]);
      expect(plain.code).toBe(0);
      const pool = JSON.parse((await run(['report', dir, '--format', 'json', ...TODAY])).stdout) as {
        insofa_pool: { total: number; without_details: number; gaps: unknown[] };
      };
      expect(pool.insofa_pool).toMatchObject({ total: 2, without_details: 2, gaps: [] });
    } finally {
      tmp.remove();
    }
  });
});

describe('set, review and the Schutzkonzept', () => {
  it('set writes a Schutzkonzept and the institution’s confirmation in German words; insofa=ja keeps the pool’s details', async () => {
    const tmp = tempDir();
    try {
      const dir = join(tmp.dir, 'netz');
      cpSync(NET, dir, { recursive: true });
      const before = readFileSync(join(dir, 'partners.yaml'), 'utf8');
      const r = await run(['set', 'Realschule Südheim', 'schutzkonzept=in Arbeit', 'schutzkonzept_since=01.09.2026', 'verified=20.11.2026', dir, ...TODAY]);
      expect(r.code).toBe(0);
      const after = readFileSync(join(dir, 'partners.yaml'), 'utf8');
      expect(after).toBe(
        before.replace(
          '  name: Realschule Südheim\n  sector: schule\n  municipalities: [Südheim]\n',
          '  name: Realschule Südheim\n  sector: schule\n  municipalities: [Südheim]\n  schutzkonzept:\n    status: in_arbeit\n    since: 2026-09-01\n  verified: 2026-11-20\n',
        ),
      );
      const same = await run(['set', 'Ina Insofa', 'insofa=ja', dir, ...TODAY]);
      expect(same.stdout).toContain('Es gibt nichts zu ändern.');
      expect(readFileSync(join(dir, 'partners.yaml'), 'utf8')).toBe(after);
      const wrong = await run(['set', 'Realschule Südheim', 'schutzkonzept=vielleicht', dir, ...TODAY]);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain('vorhanden, in Arbeit oder fehlt');
    } finally {
      tmp.remove();
    }
  });

  it('review asks the institutions: entry never or long ago confirmed, a Schutzkonzept due for review or not known', async () => {
    const r = await run(['review', NET, ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Einrichtungen fragen: 5 Einrichtungen');
    expect(r.stdout).toContain(
      '  Grundschule Nordheim – zuletzt bestätigt am 01.06.2025, fällig seit 01.06.2026; Schutzkonzept zur Überprüfung fällig seit 01.08.2026',
    );
    expect(r.stdout).toContain('  Realschule Südheim – Angaben nie bestätigt; Schutzkonzept nicht bekannt');
    expect(r.stdout).not.toContain('  Kita Sonnenschein –'); // confirmed on 2026-10-01, its status said
    expect(r.stdout).toContain('netzwerk datasheet --due');
  });
});
