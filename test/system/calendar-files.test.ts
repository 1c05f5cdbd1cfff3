// Every generated calendar, from the fixtures and all example networks: the real bin under
// different machine time zones, RFC 5545 line rules on the bytes, ical.js, and the strict
// parsers python3-vobject, python3-icalendar and libical (GObject bindings) where installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, EXAMPLE_NAMES, FIXTURES, run, runBin, tempDir } from '../support/helpers.js';
import { lineProblems, parseIcs } from '../support/calendar-helpers.js';

const TODAY = '2026-11-23';
const BASIC = join(FIXTURES, 'calendar', 'basic');
const NETWORKS = [
  ...EXAMPLE_NAMES.filter((name) => existsSync(join(EXAMPLES, name, 'network.yaml'))).map((name) => ({ name, dir: join(EXAMPLES, name) })),
  { name: 'fixture-basic', dir: BASIC },
  { name: 'fixture-no-public-coordinator', dir: join(FIXTURES, 'calendar', 'no-public-coordinator') },
];
const VARIANTS: [string, string[]][] = [
  ['all', []],
  ['public', ['--public']],
  ['alarm', ['--alarm', '1d2h']],
  ['en', ['--lang', 'en']],
];

describe('netzwerk calendar: the real bin', () => {
  it('gives byte-identical output under different machine time zones and locales', () => {
    const environments: Record<string, string>[] = [
      { TZ: 'America/Los_Angeles' },
      { TZ: 'Asia/Tokyo', LANG: 'ja_JP.UTF-8' },
      { TZ: 'Europe/Berlin', LC_ALL: 'de_DE.UTF-8' },
      { TZ: 'UTC' },
    ];
    const outputs = environments.map((env) => {
      const result = runBin(['calendar', BASIC, '--today', TODAY, '--alarm', '30m'], { env });
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
    mkdirSync(tmp.dir, { recursive: true });
    for (const { name, dir } of NETWORKS) {
      for (const [variant, args] of VARIANTS) {
        const result = await run(['calendar', dir, '--today', TODAY, ...args]);
        if (result.code !== 0) throw new Error(`${name} ${variant}: exit ${result.code}\n${result.stderr}`);
        const file = join(tmp.dir, `${name}-${variant}.ics`);
        writeFileSync(file, result.stdout);
        files.push(file);
      }
    }
  });

  it('covers the fixtures and every example network that exists', () => {
    expect(NETWORKS.length).toBeGreaterThanOrEqual(5);
    expect(files.length).toBe(NETWORKS.length * VARIANTS.length);
  });

  it('CRLF only, at most 75 octets a line, no fold inside a UTF-8 character', async () => {
    const { readFileSync } = await import('node:fs');
    for (const file of files) expect(lineProblems(readFileSync(file)), file).toEqual([]);
  });

  it('ical.js reads every file; every event has UID, DTSTAMP, DTSTART, DTEND, SEQUENCE and no ATTENDEE', async () => {
    const { readFileSync } = await import('node:fs');
    for (const file of files) {
      const parsed = parseIcs(readFileSync(file, 'utf8'));
      expect(parsed.props.version, file).toBe('2.0');
      for (const e of parsed.events) {
        expect(e.uid, file).toMatch(/^[a-z0-9-]+@[a-z0-9-]+\.netzwerk$/);
        expect(e.dtstamp, file).toBe('2026-11-23T00:00:00Z');
        expect(e.start < e.end, `${file} ${e.uid}`).toBe(true);
        expect(Number.isInteger(e.sequence)).toBe(true);
        expect(e.hasAttendee).toBe(false);
      }
      const uids = parsed.events.map((e) => e.uid);
      expect(new Set(uids).size, file).toBe(uids.length);
    }
  });

  it('the strict parsers accept every file (python3-vobject, python3-icalendar, libical)', () => {
    const python = strictPython();
    if (python === undefined) return; // not installed here (CI=true makes this a failure)
    const result = spawnSync(python, ['-c', STRICT_CHECK, ...files], { encoding: 'utf8' });
    expect(result.stderr + result.stdout).toBe(`ok ${files.length}\n`);
    expect(result.status).toBe(0);
  });
});

/** Debian's python3 with the three checkers (pyenv's python3 may come first in PATH). */
function strictPython(): string | undefined {
  const probe = "import vobject, icalendar, gi; gi.require_version('ICalGLib', '3.0'); from gi.repository import ICalGLib";
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    if (spawnSync(candidate, ['-c', probe]).status === 0) return candidate;
  }
  if (process.env.CI) {
    throw new Error('iCalendar checkers missing: add python3-vobject python3-icalendar python3-gi gir1.2-ical-3.0 to .ci/apt-packages');
  }
  return undefined;
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
