// What the folder reader hands to the parser: one file's bytes, named relative to the network folder.

export interface SourceFile {
  /** Relative to the network folder, `/`-separated: `partners/kita-sonnenschein.yaml`. */
  file: string;
  bytes: Buffer;
  /** The file's size on disk; above MAX_FILE_BYTES the bytes are not read (left empty). */
  size: number;
}

/** Larger files are refused with a message instead of being read and parsed. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;
