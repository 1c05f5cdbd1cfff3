// The installed package's folder (package.json, schemas/): one level above this file in src/
// (tests) and in dist/ (tsc), and above dist/netzwerk.cjs, the bundle, too.
export const PACKAGE_ROOT = new URL('../', import.meta.url);
