// The generated calendars outside the test process: the real bin under different machine time
// zones and locales, and the strict parsers python3-vobject, python3-icalendar and libical
// (GObject bindings) on every file that test/cli/calendar-files.test.ts checks.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCalendars } from '../support/calendar-helpers.js';
import { FIXTURES, runBin, tempDir } from '../support/helpers.js';
import { PYTHON } from '../support/tools.js';

const TODAY = '2026-11-23';
const BASIC = join(FIXTURES, 'calendar', 'basic');

describe('netzwerk calendar: the real bin', () => {
  it('gives byte-identical output under different machine time zones and locales', async () => {
    const environments: Record<string, string>[] = [
      { TZ: 'America/Los_Angeles' },
      { TZ: 'Asia/Tokyo', LANG: 'ja_JP.UTF-8' },
      { TZ: 'Europe/Berlin', LC_ALL: 'de_DE.UTF-8' },
      { TZ: 'UTC' },
    ];
    const results = await Promise.all(environments.map((env) => runBin(['calendar', BASIC, '--today', TODAY, '--alarm', '30m'], { env })));
    const outputs = results.map((result) => {
      expect(result.code, result.stderr).toBe(0);
      return result.stdout;
    });
    expect(outputs[0]).toContain('DTSTART:20250329T090000Z');
    for (const o of outputs.slice(1)) expect(o).toBe(outputs[0]);
  });
});

describe('netzwerk calendar: every generated file', () => {
  const tmp = tempDir('netzwerk-ics-');
  const files: string[] = [];
  afterAll(() => tmp.remove());
  beforeAll(async () => {
    files.push(...(await writeCalendars(tmp.dir)));
  });

  // skipped where the checkers are not installed (CI=true makes that a failure)
  it.runIf(hasStrictParsers())('the strict parsers accept every file (python3-vobject, python3-icalendar, libical)', () => {
    const result = spawnSync(PYTHON, ['-c', STRICT_CHECK, ...files], { encoding: 'utf8' });
    expect(result.stderr + result.stdout).toBe(`ok ${files.length}\n`);
    expect(result.status).toBe(0);
  });
});

/** PYTHON has the three checkers. */
function hasStrictParsers(): boolean {
  const probe = "import vobject, icalendar, gi; gi.require_version('ICalGLib', '3.0'); from gi.repository import ICalGLib";
  if (spawnSync(PYTHON, ['-c', probe]).status === 0) return true;
  if (process.env.CI) {
    throw new Error('iCalendar checkers missing: add python3-vobject python3-icalendar python3-gi gir1.2-ical-3.0 to .ci/apt-packages');
  }
  return false;
}

// vobject parses and converts every value (validate=True); icalendar parses; libical parses,
// adds X-LIC-ERROR for anything it cannot read, and checks the iTIP (RFC 5546) rules of METHOD.
const STRICT_CHECK = String.raw`
import sys, vobject, icalendar, gi
gi.require_version('ICalGLib', '3.0')
from gi.repository import ICalGLib
bad = []
for path in sys.argv[1:]:
    with open(path, encoding='utf-8', newline='') as f:
        text = f.read()
    try:
        cals = list(vobject.readComponents(text, validate=True))
        if len(cals) != 1:
            bad.append(f'{path}: vobject found {len(cals)} calendars')
        for ev in getattr(cals[0], 'vevent_list', []):
            if ev.dtend.value <= ev.dtstart.value:
                bad.append(f'{path}: vobject: DTEND not after DTSTART in {ev.uid.value}')
    except Exception as e:
        bad.append(f'{path}: vobject: {e}')
    try:
        icalendar.Calendar.from_ical(text)
    except Exception as e:
        bad.append(f'{path}: icalendar: {e}')
    comp = ICalGLib.Component.new_from_string(text)
    if comp is None:
        bad.append(f'{path}: libical cannot parse it')
        continue
    ICalGLib.restriction_check(comp)
    if comp.count_errors():
        errors = [l for l in comp.as_ical_string().splitlines() if 'X-LIC-ERROR' in l]
        bad.append(f'{path}: libical: {errors[:3]}')
print('\n'.join(bad) if bad else f'ok {len(sys.argv) - 1}')
sys.exit(1 if bad else 0)
`;
