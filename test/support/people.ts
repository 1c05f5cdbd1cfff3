// The persons and partners of a network folder, read straight from its YAML files (the `yaml`
// package, not netzwerk's loader), for tests that check who may appear in an output: the report's
// and the directory's audiences.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const RANK = { internal: 0, network: 1, public: 2 } as const;
type Visibility = keyof typeof RANK;

export interface Person {
  name: string;
  visibility: Visibility;
}

export interface RawPartner {
  id: string;
  name: string;
  joined?: string;
  left?: string;
  address?: { street?: string; postal_code?: string; city?: string };
  contacts?: { name: string; visibility?: Visibility; insofa?: boolean }[];
}

/** Every item of a collection: the file `name.yaml` (or .yml) and every YAML file in the folder `name/`. */
function yamlFiles(dir: string, name: string): unknown[] {
  const out: unknown[] = [];
  for (const ext of ['yaml', 'yml']) {
    try {
      out.push(parse(readFileSync(join(dir, `${name}.${ext}`), 'utf8')));
    } catch {
      // not there
    }
  }
  const folder = join(dir, name);
  const walk = (d: string): void => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(f)) out.push(parse(readFileSync(p, 'utf8')));
    }
  };
  if (statSync(folder, { throwIfNoEntry: false })?.isDirectory()) walk(folder);
  return out.flatMap((v) => (Array.isArray(v) ? v : [v]));
}

const rawPartners = (dir: string) => yamlFiles(dir, 'partners') as RawPartner[];

/** FORMAT.md: active on day D when joined ≤ D (or no joined) and not left ≤ D. YAML dates may be read as Date objects. */
export function activePartners(dir: string, today: string): RawPartner[] {
  const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v === undefined ? undefined : String(v));
  return rawPartners(dir).filter((p) => {
    const joined = day(p.joined);
    const left = day(p.left);
    return (joined === undefined || joined <= today) && !(left !== undefined && left <= today);
  });
}

/** Every person of a network: coordinators (default network) and contacts (default internal). */
export function allPersons(dir: string): Person[] {
  const network = parse(readFileSync(join(dir, 'network.yaml'), 'utf8')) as { coordinators: { name: string; visibility?: Visibility }[] };
  const out: Person[] = network.coordinators.map((c) => ({ name: c.name, visibility: c.visibility ?? 'network' }));
  for (const p of rawPartners(dir)) {
    for (const c of p.contacts ?? []) out.push({ name: c.name, visibility: c.visibility ?? 'internal' });
  }
  return out;
}

/**
 * The persons, without those whose name is part of a partner's name: partner names are shown to
 * every audience; a practice named after its doctor ("Praxis Dr. X") names her as an
 * organisation, which is not what these tests are about.
 */
export function persons(dir: string): Person[] {
  const partnerNames = rawPartners(dir).map((p) => p.name);
  return allPersons(dir).filter((p) => !partnerNames.some((n) => n.includes(p.name)));
}

/** Names the audience may not read: of persons not visible to it, unless the same name is also a visible person. */
export function hiddenNames(all: Person[], audience: 'network' | 'public'): string[] {
  const visible = new Set(all.filter((p) => RANK[p.visibility] >= RANK[audience]).map((p) => p.name));
  return [...new Set(all.filter((p) => RANK[p.visibility] < RANK[audience] && !visible.has(p.name)).map((p) => p.name))];
}

/** Names the audience may read (the control: an output without them would pass the hidden check trivially). */
export function visibleNames(all: Person[], audience: 'network' | 'public'): string[] {
  return [...new Set(all.filter((p) => RANK[p.visibility] >= RANK[audience]).map((p) => p.name))];
}
