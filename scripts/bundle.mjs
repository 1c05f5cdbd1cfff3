// Bundles the CLI, straight from its TypeScript in src/ (esbuild strips the types; the type check
// is `npm run typecheck`, once), with its dependencies into one CommonJS file, dist/netzwerk.cjs,
// then writes V8's code caches for it (bin/load-bundle.cjs reads them).
// Start-up then reads two files instead of ~150 modules (yaml alone has about a hundred) and
// compiles almost nothing: see docs/benchmarks.md. Commands stay lazy: esbuild turns main.ts's
// `import('./products/…')` into functions that run a command's modules on first use.
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Node modules that the code requires at load time but needs only now and then, each replaced by
 * a stand-in that loads the module on first use: commander requires child_process for
 * subcommands that are separate programs (netzwerk has none; it would load net and stream);
 * src/write/stdout.ts imports node:module for createRequire, used only when a character device
 * must be asked whether it is a terminal (node:module loads the ES module loader, some 5 ms).
 */
const LAZY_BUILTINS = [
  // A proxy for commander's require(); for an ES module's import, its named exports spelt out
  // (esbuild copies an imported CommonJS module's own properties, which a proxy does not have).
  {
    name: 'child_process',
    filter: /^(node:)?child_process$/,
    from: `${'/'}commander${'/'}`,
    contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
  },
  {
    name: 'module',
    filter: /^node:module$/,
    from: `${'/'}write${'/'}stdout.`,
    contents: "exports.createRequire = (url) => require('node:module').createRequire(url);",
  },
];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    for (const { name, filter, from } of LAZY_BUILTINS) {
      b.onResolve({ filter }, (args) => (args.importer.replaceAll('\\', '/').includes(from) ? { path: name, namespace: 'lazy' } : undefined));
    }
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: LAZY_BUILTINS.find((m) => m.name === args.path).contents, loader: 'js' }));
  },
};

/**
 * chalk detects the terminal's colours when it is loaded (and loads tty for that); netzwerk always
 * sets the colour level itself (src/cli/context.ts: a terminal and no NO_COLOR), so the
 * detection is replaced by "no colours known", which chalk's own level option then overrides.
 */
const noColorDetection = {
  name: 'no-color-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
  },
};

/**
 * yaml ships the same code twice: CommonJS (dist/, what Node and esbuild pick) and ES modules
 * (browser/dist/). The ES modules differ only where the other uses Node itself: warnings go to
 * console.warn (netzwerk turns yaml's warnings off), the debug output of the LOG_TOKENS and
 * LOG_STREAM variables is missing, and YAML 1.1's !!binary (not read here) decodes with atob.
 * From ES modules esbuild makes one scope with direct calls instead of some fifty module
 * wrappers that call each other through their exports: the example's check starts 17 ms sooner.
 */
const yamlEsModules = {
  name: 'yaml-es-modules',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => {
      const path = createRequire(import.meta.url)
        .resolve('yaml')
        .replace(/dist[\\/]index\.js$/, 'browser/dist/index.js');
      if (!existsSync(path)) throw new Error(`bundle: yaml's ES modules are not at ${path}`);
      return { path };
    });
  },
};

/**
 * exceljs (Excel) and the prompts of `add` on a terminal (@inquirer) are needed only by one
 * output or command each: each is bundled on its own into dist/lazy/<name>.cjs, which the
 * program loads only when it is needed (src/formats/xlsx.ts, src/load/table-file.ts,
 * src/cli/ask.ts). So start-up does not grow, and these need nothing from the registry (they are
 * devDependencies; only the PDF typesetter, below, is installed beside the program). Their `import()` becomes a `require()` of that file
 * inside a small module that runs only then: the bundle runs in a vm.Script (bin/load-bundle.cjs),
 * where a real dynamic import() has no loader; `__dirname` there is dist/.
 * `default: true`: the package is an ES module whose default export the code asks for (Node's
 * import() gives it as `default`; a require() of the bundled module gives the namespace).
 */
const LAZY = { exceljs: {}, '@inquirer/input': { default: true }, '@inquirer/select': { default: true } };
const lazyBundles = {
  name: 'lazy-bundles',
  setup(b) {
    const filter = new RegExp(
      `^(${Object.keys(LAZY)
        .map((p) => p.replace(/[/.]/g, '\\$&'))
        .join('|')})$`,
    );
    b.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'lazy-bundle' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-bundle' }, (args) => {
      const file = `require(require('node:path').join(__dirname, 'lazy', ${JSON.stringify(`${args.path}.cjs`)}))`;
      return { contents: LAZY[args.path].default ? `module.exports = ${file}.default;` : `module.exports = ${file};`, loader: 'js' };
    });
  },
};

/**
 * The PDF typesetter, @myriaddreamin/typst-ts-node-compiler, is a native addon (a .node file per
 * platform): it cannot be bundled, so it is package.json's one `dependency`, installed beside the
 * program. Its `import()` (src/write/typeset-pdf.ts) becomes a `require()` run only then, from
 * node_modules (the bundle's vm.Script has no loader for a real import()).
 */
const NATIVE = ['@myriaddreamin/typst-ts-node-compiler'];
const nativeAddons = {
  name: 'native-addons',
  setup(b) {
    const filter = new RegExp(`^(${NATIVE.map((p) => p.replace(/[/.]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (args) => (args.namespace === 'native' ? { path: args.path, external: true } : { path: args.path, namespace: 'native' }));
    b.onLoad({ filter: /.*/, namespace: 'native' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

for (const name of Object.keys(LAZY)) {
  await build({
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: ROOT, sourcefile: `${name}.js`, loader: 'js' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile: `${ROOT}dist/lazy/${name}.cjs`,
    minifyWhitespace: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

await build({
  stdin: {
    contents: "export { main } from './src/main.ts';\nexport { processIo } from './src/write/process-io.ts';\n",
    resolveDir: ROOT,
    sourcefile: 'netzwerk.js',
    loader: 'js',
  },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outfile: `${ROOT}dist/netzwerk.cjs`,
  // The ESM code's import.meta.url, as the bundle's own file URL (src/package-root.ts relies on it).
  define: { 'import.meta.url': '__netzwerkFileUrl' },
  banner: { js: "const __netzwerkFileUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [lazyBuiltins, noColorDetection, yamlEsModules, lazyBundles, nativeAddons],
  minifyWhitespace: true,
  minifySyntax: true,
  // Short local names: a fifth less to read, compile and cache at every start. The program shows
  // no stack traces (main.ts reports even a bug by its message), so nothing a user sees changes.
  minifyIdentifiers: true,
  legalComments: 'none',
  logLevel: 'warning',
});

// esbuild writes non-ASCII characters inside regular expressions as they are (/ä/g), and a
// single one makes the whole source a two-byte string: decoding and compiling it take longer at
// every start. Escaped (\u00e4 means the same in strings, templates and regular expressions), the
// bundle is pure ASCII, which bin/load-bundle.cjs reads as latin1, a plain copy of the bytes.
// The file holds the function Node would wrap around a CommonJS module, so that the loader
// compiles the string it read, without joining a copy of the megabyte to a wrapper first.
const bundleFile = `${ROOT}dist/netzwerk.cjs`;
const ascii = readFileSync(bundleFile, 'utf8').replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
if (/String\.raw/.test(ascii)) throw new Error('bundle: String.raw would see the escapes; keep its text ASCII or drop the escaping');
writeFileSync(bundleFile, `(function (exports, require, module, __filename, __dirname) {${ascii}\n})`);

// The code caches (scripts/code-cache.mjs): one for every command, one for validate alone.
for (const command of [[], ['validate']]) {
  const run = spawnSync(process.execPath, [`${ROOT}scripts/code-cache.mjs`, ...command], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`bundle: the code cache ${command[0] ?? ''} could not be written`);
}
