// The writing commands on every example: `add` (partner, contact, meeting, activity) and
// `verified` change exactly the lines they should (checked with git's own diff, and by applying
// the printed diff with GNU patch), keep every comment, leave a valid network. What is not
// written, and files as they are: test/cli/edit.test.ts.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../support/edit-helpers.js';
import { EXAMPLE_NAMES, examplePerTest, expectGolden, ROOT, run } from '../support/helpers.js';
import { hasTool } from '../support/tools.js';

const TODAY = ['--today', '2026-11-23'];
const GOLDEN = join(ROOT, 'test', 'golden', 'edit');

const example = examplePerTest();

/** git's diff of two folders (an independent diff): the changed lines, `+`/`-` with their text. */
function gitDiff(before: string, after: string): string[] {
  const r = spawnSync('git', ['diff', '--no-index', '--no-color', '-U0', before, after], { encoding: 'utf8' });
  return r.stdout.split('\n').filter((l) => /^[+-]/.test(l) && !/^(\+\+\+|---) /.test(l));
}

interface Step {
  name: string;
  args: string[];
}

/** Per example: a partner for the new contact, and a person to confirm. */
const PLACES: Record<(typeof EXAMPLE_NAMES)[number], { partner: string; person: string }> = {
  herne: { partner: 'jugendamt-herne', person: 'k.lohmann-sahin@herne.example' },
  'kreis-kleve': { partner: 'jugendamt-geldern', person: 'r.schink@geldern.example' },
  'kreis-wesel': { partner: 'caritas-moers-xanten', person: 'f.aydin@moers.example' },
  ratingen: { partner: 'skf-ratingen', person: 'm.reuter-albers@skf-ratingen.example' },
  'siegen-wittgenstein': { partner: 'jugendamt-kreis-siegen-wittgenstein', person: 'Carina Weller' },
};

function steps(name: (typeof EXAMPLE_NAMES)[number]): Step[] {
  return [
    { name: 'partner', args: ['add', 'partner', '--name', 'Familienzentrum Löwenzahn', '--sector', 'kita'] },
    {
      name: 'contact',
      args: [
        'add',
        'contact',
        '--partner',
        PLACES[name].partner,
        '--name',
        'Jana Neumann',
        '--function',
        'Schulsozialarbeit',
        '--email',
        'j.neumann@beispiel.example',
        '--mobile',
        '0151 0000-0099',
        '--visibility',
        'network',
      ],
    },
    {
      name: 'meeting',
      args: [
        'add',
        'meeting',
        '--title',
        'Netzwerktreffen Frühjahr',
        '--type',
        'netzwerktreffen',
        '--start',
        '2027-03-17 14:00',
        '--end',
        '2027-03-17 16:30',
        '--location',
        'Rathaus, Sitzungssaal',
        '--topic',
        'Schutzkonzepte',
        '--topic',
        'Austausch',
      ],
    },
    {
      name: 'activity',
      args: [
        'add',
        'activity',
        '--title',
        'Vorstellung des Netzwerks im Arbeitskreis Frühe Hilfen',
        '--type',
        'vertretung',
        '--date',
        '2026-10-14',
        '--body',
        'Arbeitskreis Frühe Hilfen',
      ],
    },
    { name: 'verified', args: ['verified', PLACES[name].person] },
  ];
}

describe('add and verified on every example: exactly the new lines, comments kept, still valid', () => {
  for (const name of EXAMPLE_NAMES) {
    it(name, async () => {
      const dir = example(name);
      const snapshots = join(dir, '..', '..', 'before');
      for (const step of steps(name)) {
        cpSync(dir, snapshots, { recursive: true });
        const before = fingerprint(dir);
        const r = await run([...step.args, dir, ...TODAY]);
        expect(r.stderr, step.name).toBe('');
        expect(r.code, step.name).toBe(0);
        expectGolden(join(GOLDEN, `${name}-${step.name}.txt`), r.stdout);

        // Only the files the diff names have changed; git's diff of the folders shows only added lines
        // (verified: one date replaced per place, or a line added where there was none).
        const after = fingerprint(dir);
        const changed = Object.keys(after).filter((f) => after[f] !== before[f]);
        const named = [...r.stdout.matchAll(/^\+\+\+ b\/(.+)$/gm)].map((m) => m[1]);
        expect(changed.sort(), step.name).toEqual(named.sort());
        const lines = gitDiff(snapshots, dir);
        if (step.name === 'verified') {
          expect(
            lines.filter((l) => l.startsWith('-')).every((l) => /^-\s+verified: \d{4}-\d{2}-\d{2}$/.test(l)),
            lines.join('\n'),
          ).toBe(true);
          expect(
            lines.filter((l) => l.startsWith('+')).every((l) => /^\+\s+verified: 2026-11-23$/.test(l)),
            lines.join('\n'),
          ).toBe(true);
        } else {
          expect(
            lines.filter((l) => l.startsWith('-')),
            step.name,
          ).toEqual([]);
          expect(lines.length, step.name).toBeGreaterThan(2);
        }
        // Every comment line of every file is still there.
        for (const file of changed.filter((f) => before[f])) {
          const comments = (text: string) => text.split('\n').filter((l) => l.trimStart().startsWith('#'));
          expect(comments(readFileSync(join(dir, file), 'utf8'))).toEqual(comments(readFileSync(join(snapshots, file), 'utf8')));
        }
        // The printed diff is a real patch: GNU patch turns the old files into the new ones.
        if (hasTool('patch')) {
          const p = spawnSync('patch', ['-p1', '--dry-run', '--silent', '-d', snapshots], { input: r.stdout, encoding: 'utf8' });
          expect(p.status, p.stdout + p.stderr).toBe(0);
          spawnSync('patch', ['-p1', '--silent', '-d', snapshots], { input: r.stdout, encoding: 'utf8' });
          for (const file of changed) expect(readFileSync(join(snapshots, file), 'utf8'), file).toBe(readFileSync(join(dir, file), 'utf8'));
        }
        const check = await run(['validate', dir, ...TODAY, '--format', 'json']);
        expect(JSON.parse(check.stdout).errors, step.name).toEqual([]);
        spawnSync('rm', ['-rf', snapshots]);
      }
    });
  }
});
