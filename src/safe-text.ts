// Control characters never reach a terminal, a clipboard or an output file as they are: an ESC
// starts a terminal command (OSC 52 sets the clipboard in Windows Terminal, iTerm2 and kitty),
// NUL and DEL confuse spreadsheets and mail programs, a CR overwrites a line. They are shown
// visibly instead, in the escape notation of YAML's double-quoted strings (`\u001b`, `\r`), so a
// coordinator sees that something odd is in the data and can find it in the file.
//
// Used in three places, one per kind of output (docs/architecture.md):
// - the network's data, once, before the model is built (validate/validate-network.ts): every
//   output made from the model (report, contacts, calendar, review, person) is then clean;
// - diagnostics (formats/diagnostics.ts) and error messages (main.ts), which quote raw values and
//   file names, on one line each;
// - file names as read from the disk (load/read-folder.ts).

/** C0 controls except TAB and LF, DEL, and the C1 controls (U+0080–U+009F). */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/** The same and LF: for text that must stay on one line (a diagnostic, a file name). */
const CONTROLS_ONE_LINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r' };

const shown = (c: string) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * The text with its control characters shown as escapes. TAB stays; a line break (LF, or CRLF,
 * which becomes LF) stays unless `oneLine` (then it is shown as `\n`, so that no line can be
 * forged). A lone CR is shown: it would overwrite the line on a terminal.
 */
export function showControls(text: string, oneLine = false): string {
  const pattern = oneLine ? CONTROLS_ONE_LINE : CONTROLS;
  if (!pattern.test(text)) return text;
  return (oneLine ? text : text.replace(/\r\n/g, '\n')).replace(new RegExp(pattern.source, 'g'), shown);
}

/**
 * Every string in plain data (parsed YAML: objects, arrays, scalars) with its control characters
 * shown, changed in place; line breaks stay (multi-line texts). Returns the same value.
 */
export function showControlsIn<T>(value: T): T {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = visit(value[i]);
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = visit(record[key]);
  }
  return value;
}

const visit = (v: unknown): unknown => (typeof v === 'string' ? showControls(v) : showControlsIn(v));

/** The values of a message (strings, lists of strings) shown on one line each: what a message quotes never commands the terminal. */
export function oneLineValues<T extends Record<string, unknown>>(values: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(values))
    out[key] = typeof v === 'string' ? showControls(v, true) : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? showControls(x, true) : x)) : v;
  return out as T;
}
