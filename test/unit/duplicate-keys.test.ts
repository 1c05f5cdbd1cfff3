// Keys written twice in one map (load/duplicate-keys.ts), in small maps and large ones alike.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { duplicateKeys } from '../../src/load/duplicate-keys.js';

const found = (text: string) => duplicateKeys(parseDocument(text, { uniqueKeys: false, version: '1.2' })).map((d) => d.key);

describe('keys written twice', () => {
  it('are found in a small map and in a large one, every repetition, nested ones too', () => {
    expect(found('a: 1\nb: 2\na: 3\n')).toEqual(['a']);
    const large = Array.from({ length: 30 }, (_, i) => `k${i}: ${i}\n`).join('');
    expect(found(`${large}k7: again\nk7: thrice\n`)).toEqual(['k7', 'k7']);
    expect(found('- id: x\n  contacts:\n    - name: A\n      name: B\n')).toEqual(['name']);
  });

  it('compare the values as the data holds them: 1 and "1" differ, .nan equals .nan', () => {
    expect(found('1: a\n"1": b\n')).toEqual([]);
    expect(found('.nan: a\n.nan: b\n')).toEqual(['NaN']);
    const large = Array.from({ length: 30 }, (_, i) => `k${i}: ${i}\n`).join('');
    expect(found(`${large}1: a\n"1": b\n.nan: c\n.nan: d\n`)).toEqual(['NaN']);
  });
});
