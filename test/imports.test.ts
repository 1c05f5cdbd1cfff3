// The dependencies of src/ point one way (docs/architecture.md): a module imports only from lower
// layers or from its own folder, and nothing imports in a circle. This test reads every import.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const SRC = join(ROOT, 'src');

/** Lower number = lower layer. The four analysis folders share a layer and may not import each other. */
const LAYER: Record<string, number> = {
  model: 0,
  i18n: 1,
  base: 1, // diagnostics.ts, errors.ts, io.ts, package-root.ts, paths.ts, suggest.ts
  load: 2,
  validate: 3,
  edit: 3, // the edits of the network's files: text in, text out (load's types, model)
  report: 4,
  calendar: 4,
  contacts: 4,
  privacy: 4,
  render: 5,
  write: 5,
  import: 5, // a table → new partners and contacts (edit, model, privacy's name matching)
  cli: 6,
  commands: 7,
  main: 8,
};

/** Folders of one shared layer that may import each other (the base files and the catalogue). */
const FRIENDS = new Set(['i18n', 'base']);

function area(file: string): string {
  const rel = relative(SRC, file).split('\\').join('/');
  if (rel === 'main.ts') return 'main';
  return rel.includes('/') ? rel.split('/')[0]! : 'base';
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

/** Static imports and re-exports of local modules (dynamic `import()` of a command module from main.ts is the lazy start, not a dependency). */
function edges(file: string): Edge[] {
  const text = readFileSync(file, 'utf8');
  const out: Edge[] = [];
  for (const m of text.matchAll(/^(import|export)(\s+type)?\s[^;]*?from\s+'(\.[^']+)'/gms)) {
    const target = resolve(dirname(file), m[3]!).replace(/\.js$/, '.ts');
    out.push({ from: file, to: target, typeOnly: Boolean(m[2]) });
  }
  return out;
}

const FILES = sources(SRC).filter((f) => !f.includes(`${join('validate', 'generated')}`));
const ALL = FILES.flatMap(edges);

/** Imports against the layers, as `from → to`. */
function upward(list: readonly Edge[]): string[] {
  return list
    .filter((e) => {
      const a = area(e.from);
      const b = area(e.to);
      if (a === b || (FRIENDS.has(a) && FRIENDS.has(b))) return false;
      return LAYER[b]! >= LAYER[a]!;
    })
    .map((e) => `${relative(SRC, e.from)} → ${relative(SRC, e.to)}`);
}

/** Circles of runtime imports (type-only imports aside), each as `a → b → a`. */
function circles(list: readonly Edge[]): string[] {
  const graph = new Map<string, string[]>();
  for (const e of list) if (!e.typeOnly) graph.set(e.from, [...(graph.get(e.from) ?? []), e.to]);
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (node: string, path: string[]) => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'open') {
      found.push([...path.slice(path.indexOf(node)), node].map((f) => relative(SRC, f)).join(' → '));
      return;
    }
    state.set(node, 'open');
    for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    state.set(node, 'done');
  };
  for (const node of graph.keys()) visit(node, []);
  return found;
}

describe('imports of src/', () => {
  it('know every area (a new folder needs its place in the layers)', () => {
    const unknown = [...new Set(FILES.map(area))].filter((a) => LAYER[a] === undefined);
    expect(unknown).toEqual([]);
  });

  it('point downwards only: no stage imports the CLI layer, no analysis folder another', () => {
    expect(upward(ALL)).toEqual([]);
  });

  it('form no circle', () => {
    expect(circles(ALL)).toEqual([]);
  });

  it('are caught when a stage imports upwards or sideways, or two modules import each other', () => {
    const at = (...parts: string[]) => join(SRC, ...parts);
    expect(
      upward([
        { from: at('calendar', 'events.ts'), to: at('cli', 'option-values.ts'), typeOnly: false },
        { from: at('privacy', 'person.ts'), to: at('calendar', 'events.ts'), typeOnly: true },
        { from: at('model', 'build.ts'), to: at('validate', 'schema.ts'), typeOnly: true },
        { from: at('render', 'ics.ts'), to: at('calendar', 'events.ts'), typeOnly: false },
      ]),
    ).toEqual(['calendar/events.ts → cli/option-values.ts', 'privacy/person.ts → calendar/events.ts', 'model/build.ts → validate/schema.ts']);
    expect(
      circles([
        { from: at('load', 'a.ts'), to: at('load', 'b.ts'), typeOnly: false },
        { from: at('load', 'b.ts'), to: at('load', 'a.ts'), typeOnly: false },
      ]),
    ).toEqual(['load/a.ts → load/b.ts → load/a.ts']);
  });
});
