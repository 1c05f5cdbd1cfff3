// Paths as the user types them, by the rules of the system the program runs on. Each function
// takes that system's path module (node:path: path.win32 on Windows, path.posix elsewhere) as
// its last parameter, so that the tests check Windows' rules on Linux too. On Windows
// `.\mein-netzwerk`, `C:\Netzwerk\bericht.html` and `P:/Netzwerk` are paths and a drive's names
// are the same in any case; on Linux and macOS a backslash is an ordinary character of a file
// name and stays one.
import path, { type PlatformPath } from 'node:path';

/** The absolute path of `given` (absolute already, or relative to `cwd`). */
export function resolvePath(cwd: string, given: string, p: PlatformPath = path): string {
  return p.resolve(cwd, given);
}

/** The folder itself and each folder above it, up to the root of its drive. */
export function selfAndAncestors(folder: string, p: PlatformPath = path): string[] {
  const out = [p.resolve(folder)];
  for (let parent = p.dirname(out[0]!); parent !== out.at(-1); parent = p.dirname(parent)) out.push(parent);
  return out;
}

/** Characters that need no quoting in the shells our users type into (PowerShell, cmd, sh, zsh). */
const PLAIN = /^[\p{L}\p{N}_./\\:+-]+$/u;

/**
 * A file name as one argument of a command the user can copy: unchanged when plain, else quoted.
 * Windows: in double quotes, which PowerShell and cmd both read (a file name there cannot
 * contain `"`), or, where PowerShell would replace `$…` or a backtick inside them, in PowerShell's
 * single quotes. Elsewhere the shell's single quotes, a `'` inside written as `'\''`.
 */
export function shellArg(value: string, p: PlatformPath = path): string {
  if (PLAIN.test(value)) return value;
  if (p.sep === '\\') return /[$`]/.test(value) ? `'${value.replace(/'/g, "''")}'` : `"${value}"`;
  return `'${value.replace(/'/g, "'\\''")}'`;
}

/** A network's folder as the user's system writes it, for the examples in help: on a drive on Windows, in the home folder elsewhere. */
export function examplePlace(p: PlatformPath = path): string {
  return p.sep === '\\' ? 'P:\\Netzwerk-Kinderschutz' : '~/Netzwerk-Kinderschutz';
}

/** The name of `out` with another ending (`bericht.pdf` → `bericht.html`), for messages that say what to do instead. */
export function withEnding(out: string, ending: string): string {
  const current = path.extname(out);
  return `${current === '' ? out : out.slice(0, -current.length)}${ending}`;
}
