// What a file may hold before the YAML parser is asked to build it. The parser keeps about a
// kilobyte per value (its syntax tree and the document's nodes), so a flow list of millions of
// values in an 8 MB file took 3.9 GB. A cheap count of the places where a value can begin (line
// breaks and commas) bounds the number of values; above the limit the file is refused with a
// message before it is parsed. The benchmark's largest file (scale 10: 10,000 meetings, 4.4 MB)
// has about 170,000; a real network has a tenth of that.

export const MAX_VALUE_MARKS = 400_000;

/**
 * True when the bytes hold more line breaks and commas than `limit` (Buffer's native search,
 * stopping once above it). A file of no more bytes than that cannot, and is not searched.
 */
export function tooManyValues(bytes: Buffer, limit = MAX_VALUE_MARKS): boolean {
  if (bytes.length <= limit) return false;
  let count = 0;
  for (const mark of [0x0a, 0x2c]) {
    for (let i = bytes.indexOf(mark); i !== -1 && count <= limit; i = bytes.indexOf(mark, i + 1)) count++;
  }
  return count > limit;
}
