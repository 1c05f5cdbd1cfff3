// The house's one rule for imports (docs/architecture.md): products never import each other, and
// below the products the shared core points downwards (nothing there imports a product, the
// command line or main). Nothing imports in a circle. This test reads every import of src/.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers.js';

const SRC = join(ROOT, 'src');

/**
 * The shared core, lower number = lower layer; every product is one area on the layer PRODUCT,
 * and the table of commands and main stand above them.
 */
const LAYER: Record<string, number> = {
  model: 0,
  i18n: 1,
  base: 1, // diagnostics.ts, errors.ts, io.ts, package-root.ts, paths.ts, safe-text.ts, suggest.ts
  load: 2,
  formats: 2, // generic formats: the page layer, xlsx, csv, eml, diff, diagnostics, text table, Markdown
  'report-data': 2, // the report's data: built from the model, the JSON contract that report writes and overview reads
  write: 2,
  validate: 3,
  edit: 3,
  cli: 4, // argv → typed call
  network: 5, // opens and changes a network
  commands: 7,
  main: 8,
};
const PRODUCT = 6;

/** Areas of one shared layer that may import each other (the base files and the catalogue). */
const FRIENDS = new Set(['i18n', 'base']);

/** `products/report`, `load`, `base` (a file directly in src/), `main`, `commands`. */
function area(file: string): string {
  const rel = relative(SRC, file).split('\\').join('/');
  if (rel === 'main.ts') return 'main';
  if (rel === 'commands.ts') return 'commands';
  const parts = rel.split('/');
  if (parts[0] === 'products') return `products/${parts[1]}`;
  return parts.length > 1 ? parts[0]! : 'base';
}

const layerOf = (a: string) => (a.startsWith('products/') ? PRODUCT : LAYER[a]);

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

/** Static imports and re-exports of local modules; the lazy `import()` of a command module in commands.ts counts too. */
function edges(file: string): Edge[] {
  const text = readFileSync(file, 'utf8');
  const out: Edge[] = [];
  const to = (spec: string) => resolve(dirname(file), spec).replace(/\.js$/, '.ts');
  for (const m of text.matchAll(/^(import|export)(\s+type)?\s[^;]*?from\s+'(\.[^']+)'/gms)) out.push({ from: file, to: to(m[3]!), typeOnly: Boolean(m[2]) });
  for (const m of text.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g)) out.push({ from: file, to: to(m[1]!), typeOnly: false });
  return out;
}

const FILES = sources(SRC).filter((f) => !f.includes(`${join('validate', 'generated')}`));
const ALL = FILES.flatMap(edges);

/** Imports against the rule, as `from → to`. */
function against(list: readonly Edge[]): string[] {
  return list
    .filter((e) => {
      const a = area(e.from);
      const b = area(e.to);
      if (a === b || (FRIENDS.has(a) && FRIENDS.has(b))) return false;
      return layerOf(b)! >= layerOf(a)!;
    })
    .map((e) => `${relative(SRC, e.from).split('\\').join('/')} → ${relative(SRC, e.to).split('\\').join('/')}`);
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
      found.push([...path.slice(path.indexOf(node)), node].map((f) => relative(SRC, f).split('\\').join('/')).join(' → '));
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
  it('know every area (a new folder of the core needs its place in the layers)', () => {
    const unknown = [...new Set(FILES.map(area))].filter((a) => layerOf(a) === undefined);
    expect(unknown).toEqual([]);
  });

  it('keep the rule: no product imports another, the core imports no product and points downwards', () => {
    expect(against(ALL)).toEqual([]);
  });

  it('form no circle', () => {
    expect(circles(ALL)).toEqual([]);
  });

  it('are caught when a product imports another, the core imports a product or upwards, or two modules import each other', () => {
    const at = (...parts: string[]) => join(SRC, ...parts);
    expect(
      against([
        { from: at('products', 'meetings', 'list', 'text.ts'), to: at('products', 'report', 'render', 'text.ts'), typeOnly: false },
        { from: at('products', 'privacy', 'letter', 'markdown.ts'), to: at('products', 'report', 'render', 'markdown.ts'), typeOnly: true },
        { from: at('cli', 'option-parsers.ts'), to: at('products', 'meetings', 'calendar', 'options.ts'), typeOnly: true },
        { from: at('model', 'build.ts'), to: at('validate', 'schema.ts'), typeOnly: true },
        { from: at('formats', 'page.ts'), to: at('network', 'open.ts'), typeOnly: false },
        { from: at('products', 'report', 'command.ts'), to: at('network', 'open.ts'), typeOnly: false },
        { from: at('products', 'report', 'render', 'html.ts'), to: at('products', 'report', 'data', 'types.ts'), typeOnly: true },
      ]),
    ).toEqual([
      'products/meetings/list/text.ts → products/report/render/text.ts',
      'products/privacy/letter/markdown.ts → products/report/render/markdown.ts',
      'cli/option-parsers.ts → products/meetings/calendar/options.ts',
      'model/build.ts → validate/schema.ts',
      'formats/page.ts → network/open.ts',
    ]);
    expect(
      circles([
        { from: at('load', 'a.ts'), to: at('load', 'b.ts'), typeOnly: false },
        { from: at('load', 'b.ts'), to: at('load', 'a.ts'), typeOnly: false },
      ]),
    ).toEqual(['load/a.ts → load/b.ts → load/a.ts']);
  });
});
