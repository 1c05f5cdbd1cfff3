// Issue 26, item 18: comment-only files count as empty lists, but a file holding only a YAML
// directive is not valid YAML (cases 9MMA and SF5V of the official YAML test suite) and must not
// count as empty; and an empty partners.yaml is said once, not at every reference to a partner.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyNetwork, EXAMPLES, run, tempDir } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];
let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup) f();
  cleanup = [];
});

function herne(): string {
  const tmp = tempDir();
  cleanup.push(tmp.remove);
  const net = join(tmp.dir, 'herne');
  copyNetwork(join(EXAMPLES, 'herne'), net);
  return net;
}

const errors = (stdout: string) => stdout.split('\n').filter((l) => /^\S+:\d+:\d+ +Fehler/.test(l));

describe('a file that holds only a YAML directive', () => {
  it.each([
    ['9MMA: a directive by itself, with no document', '%YAML 1.2\n', 1, 'fehlt der Beginn des Inhalts'],
    ['SF5V: the YAML directive twice', '%YAML 1.2\n%YAML 1.2\n---\n', 2, 'steht zweimal'],
  ])('%s is an error at its line, not an empty list', async (_name, text, line, words) => {
    const net = herne();
    writeFileSync(join(net, 'agreements.yaml'), text);
    const r = await run(['validate', net, ...TODAY]);
    expect(r.code).toBe(1);
    expect(errors(r.stdout)).toEqual([expect.stringMatching(new RegExp(`^agreements\\.yaml:${line}:1 .*${words}`))]);
  });

  it('a comment-only file and a directive with its document start stay valid (an empty list)', async () => {
    const net = herne();
    writeFileSync(join(net, 'agreements.yaml'), '# noch keine Vereinbarungen\n');
    expect((await run(['validate', net, ...TODAY])).code).toBe(0);
    writeFileSync(join(net, 'agreements.yaml'), '%YAML 1.2\n---\n[]\n');
    expect((await run(['validate', net, ...TODAY])).code).toBe(0);
  });
});

describe('no partners at all', () => {
  it('an empty partners.yaml is said once, with the ids that refer to partners', async () => {
    const net = herne();
    writeFileSync(join(net, 'partners.yaml'), '# die Partner kommen noch\n');
    const r = await run(['validate', net, ...TODAY]);
    expect(r.code).toBe(1);
    expect(errors(r.stdout)).toHaveLength(1);
    expect(r.stdout).toContain('partners.yaml:1:1  Fehler   „partners.yaml“ enthält keine Partner, aber die Dateien verweisen auf');
    expect(r.stdout).not.toContain('Es gibt keinen Partner mit der Kennung');
  });

  it('without any partners file, once at the first reference', async () => {
    const net = herne();
    rmSync(join(net, 'partners.yaml'));
    const r = await run(['validate', net, ...TODAY]);
    expect(errors(r.stdout)).toHaveLength(1);
    expect(r.stdout).toContain('network.yaml:13:5  Fehler   youth_offices[0]: Es gibt keine Partner (weder partners.yaml noch den Ordner partners/)');
  });
});
