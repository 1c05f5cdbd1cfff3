// What a writing command asks of the edit layer: plain values and the places they go.

/** A value to write: text, a number, yes/no, a list or a map (keys in the order they are written). */
export type Value = string | number | boolean | readonly Value[] | { readonly [key: string]: Value };

/** A place in a file's data: keys and list positions from the top, `[]` for the top itself. */
export type Path = readonly (string | number)[];

export type Edit =
  /** Append `item` to the list at `path`; when the list's key is missing, add the key with a list of one. */
  | { op: 'append'; path: Path; item: Value }
  /**
   * Set keys of the map at `path`: a present key gets its new value in place (same quoting), a
   * missing one is added, before the first present key that `order` puts after it, else at the end.
   */
  | { op: 'set'; path: Path; values: { readonly [key: string]: Value }; order?: readonly string[] }
  /**
   * Remove the list item or the map key at `path` with its lines (a comment on its own line
   * above it stays); a key that is not there is nothing to remove. Only block layouts: an item
   * of a flow list `[a, b]` or a key of a flow map is an EditError.
   */
  | { op: 'remove'; path: Path };

/** An edit the layer cannot make safely (an unusual layout): the command says so, nothing is written. */
export class EditError extends Error {
  constructor(
    readonly reason: 'parse' | 'not-a-list' | 'not-a-map' | 'layout' | 'verify',
    readonly path: Path,
  ) {
    super(`${reason} at ${path.join('.')}`);
  }
}
