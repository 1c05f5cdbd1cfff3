// bin/load-bundle.cjs starts the program with V8's young generation held at its first size
// (--semi-space-growth-factor=1): checking a network of a few hundred partners then reuses the
// same memory instead of touching ever new pages, which costs a sixth of the start-up on
// machines where the first touch of a page is dear. A large network needs the room: there the
// held size made checking half again as slow. So above LARGE_NETWORK_BYTES of YAML the
// generation grows again as V8 lets it by default (factor 2). See docs/benchmarks.md.
import { setFlagsFromString } from 'node:v8';
import type { NetworkFolder } from '../load/read-folder.js';

const LARGE_NETWORK_BYTES = 512 * 1024;

export function roomForNetwork(folder: NetworkFolder): void {
  let bytes = folder.network.size;
  for (const files of Object.values(folder.collections)) for (const file of files) bytes += file.size;
  roomFor(bytes);
}

/** The same for any input of this many bytes: the report files `overview` reads, together. */
export function roomFor(bytes: number): void {
  if (bytes > LARGE_NETWORK_BYTES) setFlagsFromString('--semi-space-growth-factor=2');
}
