import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run, tempDir } from './helpers.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('init', () => {
  it('writes a starter network that validates without errors', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    const dir = join(tmp.dir, 'mein-netzwerk');
    const init = await run(['init', dir, '--today', '2026-11-23']);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Neues Netzwerk angelegt');
    const check = await run(['validate', dir, '--today', '2026-11-23', '--format', 'json']);
    expect(JSON.parse(check.stdout).errors).toEqual([]);
    expect(check.code).toBe(0);
  });

  it('sets up VS Code: a modeline in every file and a schema mapping', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    await run(['init', tmp.dir, '--today', '2026-11-23']);
    for (const name of ['network', 'partners', 'meetings', 'agreements', 'activities']) {
      const first = readFileSync(join(tmp.dir, `${name}.yaml`), 'utf8').split('\n')[0];
      expect(first).toBe(`# yaml-language-server: $schema=.netzwerk/schemas/${name}.schema.json`);
      const schema = JSON.parse(readFileSync(join(tmp.dir, `.netzwerk/schemas/${name}.schema.json`), 'utf8'));
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    }
    const settings = JSON.parse(readFileSync(join(tmp.dir, '.vscode/settings.json'), 'utf8'));
    expect(settings['yaml.schemas']['.netzwerk/schemas/partners.schema.json']).toContain('partners/**/*.yaml');
    expect(settings['yaml.schemas']['.netzwerk/schemas/activities.schema.json']).toEqual(['activities.yaml', 'activities/**/*.yaml', 'activities/**/*.yml']);
  });

  it('never overwrites: refuses a folder with a network, keeps other existing files', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    writeFileSync(join(tmp.dir, 'partners.yaml'), 'meine eigenen Partner\n');
    const first = await run(['init', tmp.dir, '--today', '2026-11-23']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('partners.yaml (gab es schon, nicht überschrieben)');
    expect(readFileSync(join(tmp.dir, 'partners.yaml'), 'utf8')).toBe('meine eigenen Partner\n');
    const network = readFileSync(join(tmp.dir, 'network.yaml'), 'utf8');
    const second = await run(['init', tmp.dir]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('gibt es schon eine network.yaml');
    expect(readFileSync(join(tmp.dir, 'network.yaml'), 'utf8')).toBe(network);
    expect(existsSync(join(tmp.dir, '.vscode/settings.json'))).toBe(true);
  });
});
