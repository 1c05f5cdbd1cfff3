// The floor: only read and parse the network's YAML files with `yaml`, keeping positions
// (parseDocument with a LineCounter), as any tool over these files must at least do.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

const dir = process.argv[2];
let nodes = 0;
const parse = (file) => {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
  nodes += doc.errors.length + lineCounter.lineStarts.length;
};
parse(join(dir, 'network.yaml'));
for (const name of ['partners', 'meetings', 'agreements']) {
  for (const ext of ['yaml', 'yml']) {
    const file = join(dir, `${name}.${ext}`);
    if (statSync(file, { throwIfNoEntry: false })?.isFile()) parse(file);
  }
  const folder = join(dir, name);
  if (statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    for (const entry of readdirSync(folder, { recursive: true }).sort()) {
      if (/\.ya?ml$/i.test(entry)) parse(join(folder, entry));
    }
  }
}
if (nodes < 0) console.log(nodes);
