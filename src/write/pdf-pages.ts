// How many pages a PDF has, for the line that says what was written ("✔ bericht.pdf geschrieben
// (9 Seiten)"): the /Count of the page tree's root, the largest /Count of a /Pages node. Undefined
// when the page tree is not readable as text (inside a compressed object stream): then the line
// names the file without a count.
export function pdfPageCount(bytes: Uint8Array): number | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!text.startsWith('%PDF-')) return undefined;
  let most: number | undefined;
  for (const m of text.matchAll(/<<((?:[^<>]|<<[^<>]*>>)*)>>/g)) {
    const dict = m[1]!;
    if (!/\/Type\s*\/Pages\b/.test(dict)) continue;
    const count = /\/Count\s+(\d+)/.exec(dict);
    if (count) most = Math.max(most ?? 0, Number(count[1]));
  }
  return most;
}
