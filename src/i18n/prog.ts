// The command that starts the program, for the commands a message suggests: `netzwerk`, or
// `npx netzwerk` when the user started it so (parameter `prog`, set by main.ts and the commands).
import type { Params } from './texts.js';

export const prog = (p: Params): string => String(p.prog ?? 'netzwerk');
