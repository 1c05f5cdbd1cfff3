// Every text a file holds, with its place: for `netzwerk person`, which must find a name wherever
// it was written (a function, a tag, a street, a description …), including fields added later.
// Iterative (no recursion, whatever the depth); object keys are the schema's and are not texts.
import type { ParsedFile } from './parse-yaml.js';

export interface StoredText {
  /** The file and the path of the value in it (the shape of the model's Origin). */
  origin: { file: string; path: (string | number)[] };
  text: string;
}

export function* textsOf(parsed: ParsedFile): Generator<StoredText> {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: parsed.value, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') yield { origin: { file: parsed.file, path }, text: value };
    else if (Array.isArray(value)) for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], path: [...path, entries[i]![0]] });
    }
  }
}
