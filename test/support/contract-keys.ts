// The keys of an output's JSON schema (schemas/output/*.schema.json) that its documentation's
// contract does not name. The top two levels by their path (`partners.by_sector`, or `.by_sector`
// after its parent); deeper ones by their name in the description of their parent; a key inside a
// list's items (`agreements[].title`) may be named in the list's `{id, title, …}`.
type Json = { [key: string]: unknown };

export function undocumentedKeys(schema: Json, contract: string, skip: (path: string[], key: string) => boolean = () => false): string[] {
  const code = [...contract.matchAll(/`([^`]+)`/g)].map((m) => m[1]!).join(' ');
  const defs = (schema.definitions ?? {}) as Record<string, Json>;
  const missing: string[] = [];
  const walk = (node: Json, path: string[], inList = false) => {
    if (typeof node.$ref === 'string') node = { ...defs[(node.$ref as string).split('/').pop()!], ...node, $ref: undefined };
    for (const alt of (node.anyOf as Json[] | undefined) ?? []) walk(alt, path, inList);
    if (node.items) walk(node.items as Json, path, true);
    for (const [key, child] of Object.entries((node.properties as Record<string, Json> | undefined) ?? {})) {
      const at = [...path, key];
      if (skip(path, key)) continue;
      const word = new RegExp(`(^|[^\\w.])${key}\\b`).test(code);
      const named =
        at.length === 1
          ? code.includes(key)
          : at.length === 2 && !inList
            ? code.includes(`${at[0]}.${key}`) || code.includes(`.${key}`)
            : word || code.includes(`.${key}`);
      if (!named) missing.push(at.join('.'));
      walk(child, at);
    }
  };
  walk(schema, []);
  return missing;
}
