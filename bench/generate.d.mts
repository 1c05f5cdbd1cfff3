/** A synthetic network of 1,000 × scale partners (and as many meetings) in `dir`, the same files for the same scale and seed; returns `dir`. */
export function generateNetwork(dir: string, scale?: number, seed?: number): string;
