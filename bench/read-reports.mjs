// The floor of the overview: only read every report file of a folder and parse its JSON, as any
// tool over the files the networks send must at least do.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
let keys = 0;
for (const name of readdirSync(dir).sort()) {
  if (name.endsWith('.json')) keys += Object.keys(JSON.parse(readFileSync(join(dir, name), 'utf8'))).length;
}
if (keys < 0) console.log(keys);
