// A meeting's `evaluation` (FORMAT.md, Extensions): forms returned and the mean per question on a
// 1–5 scale, counts only. The schema keeps the numbers in range; the rules see that no question
// has more responses than forms came back; warnings point at forms from more people than came
// and at an evaluation of a meeting that has not taken place.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, run, tempDir } from '../support/helpers.js';

// Every scratch network of a test is removed after it (a test may make several).
let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const remove of cleanup) remove();
  cleanup = [];
});

const MEETING = `- id: fortbildung-1
  title: Fortbildung Kinderschutz
  type: fortbildung
  start: 2026-03-11 14:00
  status: held
  guests: 12
`;

/** The minimal valid network whose meetings.yaml holds one held Fortbildung (12 guests) with `evaluation`. */
function networkWith(evaluation: string, meeting = MEETING): string {
  const tmp = tempDir();
  cleanup.push(tmp.remove);
  cpSync(join(FIXTURES, 'valid/minimal'), tmp.dir, { recursive: true });
  writeFileSync(join(tmp.dir, 'meetings.yaml'), `# yaml-language-server: $schema=../../../../schemas/meetings.schema.json\n${meeting}${evaluation}`);
  return tmp.dir;
}

type Diagnostic = { file: string; line: number; code: string; message: string; path: string };
async function validate(dir: string, ...extra: string[]) {
  const r = await run(['validate', dir, '--today', '2026-11-23', '--format', 'json', ...extra]);
  const j = JSON.parse(r.stdout) as { errors: Diagnostic[]; warnings: Diagnostic[] };
  return { code: r.code, errors: j.errors, warnings: j.warnings.filter((w) => !w.code.startsWith('schema-line-')) };
}

describe('meeting evaluation', () => {
  it('accepts forms with ratings, responses optional, and no ratings at all', async () => {
    const r = await validate(
      networkWith(`  evaluation:
    forms: 10
    ratings:
      - {question: Wie zufrieden waren Sie insgesamt?, mean: 4.3, responses: 10}
      - {question: Wie gut lässt sich das Gelernte anwenden?, mean: 3}
`),
    );
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.code).toBe(0);
    expect((await validate(networkWith('  evaluation: {forms: 0}\n'))).errors).toEqual([]);
  });

  it.each([
    ['a mean above 5', '  evaluation:\n    forms: 4\n    ratings:\n      - {question: Gesamt, mean: 5.5}\n', 11, 'too-large', 'höchstens 5'],
    ['a mean below 1', '  evaluation:\n    forms: 4\n    ratings:\n      - {question: Gesamt, mean: 0}\n', 11, 'too-small', 'mindestens 1'],
    ['a German decimal comma', '  evaluation:\n    forms: 4\n    ratings:\n      - question: Gesamt\n        mean: 4,3\n', 12, 'number-as-text', 'mean: 4.3'],
    ['no forms', '  evaluation:\n    ratings:\n      - {question: Gesamt, mean: 4}\n', 9, 'required', '„forms“'],
    ['a rating without its question', '  evaluation:\n    forms: 4\n    ratings:\n      - {mean: 4}\n', 11, 'required', '„question“'],
    ['a name in the evaluation', '  evaluation:\n    forms: 4\n    teilnehmer: [Anna Beispiel]\n', 10, 'unknown-property', 'teilnehmer'],
    [
      'more responses than forms',
      '  evaluation:\n    forms: 4\n    ratings:\n      - {question: Gesamt, mean: 4, responses: 5}\n',
      11,
      'evaluation-responses-over-forms',
      '5 Antworten, aber nur 4 Bögen',
    ],
  ])('rejects %s with file and line', async (_, evaluation, line, code, says) => {
    const r = await validate(networkWith(evaluation));
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: 'meetings.yaml', line, code });
    expect(r.errors[0]!.message).toContain(says);
  });

  it('warns of more forms than participants, and of an evaluation of a meeting not held', async () => {
    const over = await validate(networkWith('  evaluation: {forms: 13}\n'));
    expect(over.code).toBe(0);
    expect(over.warnings).toMatchObject([{ code: 'evaluation-forms-over-participants', line: 8 }]);
    expect(over.warnings[0]!.message).toContain('13 Rückmeldebögen eingetragen, aber nur 12 Teilnehmende');
    const planned = await validate(networkWith('  evaluation: {forms: 3}\n', MEETING.replace('2026-03-11', '2026-12-11').replace('held', 'planned')));
    expect(planned.warnings).toMatchObject([{ code: 'evaluation-not-held', line: 8 }]);
    expect((await validate(networkWith('  evaluation: {forms: 3}\n', MEETING.replace('held', 'planned')), '--lang', 'en')).warnings.map((w) => w.code)).toEqual(
      ['meeting-planned-past', 'evaluation-not-held'],
    );
  });

  it('names no person in the report: only counts and the questions', async () => {
    const dir = networkWith('  evaluation:\n    forms: 9\n    ratings:\n      - {question: Gesamt, mean: 4.25, responses: 8}\n');
    const r = await run(['report', dir, '--today', '2026-11-23', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).evaluations).toEqual({
      offers: 1,
      evaluated: 1,
      participants: 12,
      forms: 9,
      ratings: [{ question: 'Gesamt', mean: 4.25, responses: 8, offers: 1 }],
      list: [{ id: 'fortbildung-1', title: 'Fortbildung Kinderschutz', participants: 12, forms: 9 }],
    });
    const text = await run(['report', dir, '--today', '2026-11-23']);
    expect(text.stdout).toContain('9 Bögen von 12 Teilnehmenden (Rücklauf 75 %)');
    expect(text.stdout).toMatch(/Gesamt +4,25 +8 +1/);
  });
});
