// What VS Code makes of a snippet when the user accepts it and tabs through without typing:
// every placeholder keeps its default, a choice its first value, a mirror ($4 again) the value of
// its tab stop, and the variables $CURRENT_YEAR, $CURRENT_MONTH, $CURRENT_DATE today's date.
// Multi-line text is indented like the line it is inserted into (VS Code's adjustIndentation).

/** The text of a snippet as inserted with its defaults, on the day `today` (YYYY-MM-DD). */
export function expandSnippet(snippet: string, today: string): string {
  const [year, month, day] = today.split('-');
  const variables: Record<string, string> = { CURRENT_YEAR: year!, CURRENT_MONTH: month!, CURRENT_DATE: day! };
  const stops = new Map<string, string>();
  const withVariables = (text: string) => text.replace(/\$\{?([A-Z_]+)\}?/g, (whole, name: string) => variables[name] ?? whole);
  // Placeholders and choices first (they define their tab stop's value), then the mirrors.
  let text = snippet.replace(/\$\{(\d+):((?:\\\}|[^}])*)\}/g, (_, n: string, value: string) => {
    const resolved = withVariables(value).replace(/\\([$}\\])/g, '$1');
    stops.set(n, resolved);
    return resolved;
  });
  text = text.replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, n: string, choices: string) => {
    const first = choices.split(',')[0]!;
    stops.set(n, first);
    return first;
  });
  text = text.replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a: string | undefined, b: string | undefined) => stops.get(a ?? b!) ?? '');
  return withVariables(text);
}

/** The choices of every `${n|a,b,c|}` in a snippet. */
export function choicesOf(snippet: string): string[][] {
  return [...snippet.matchAll(/\$\{\d+\|([^|]*)\|\}/g)].map((m) => m[1]!.split(','));
}

/**
 * The document after accepting a completion item at `position`: its text edit (or insert text)
 * expanded, its lines after the first indented like the line of the cursor.
 */
export function applyCompletion(
  text: string,
  item: {
    insertText?: string;
    textEdit?: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
  },
  position: { line: number; character: number },
  today: string,
): string {
  const lines = text.split('\n');
  const range = item.textEdit?.range ?? { start: position, end: position };
  const indent = /^\s*/.exec(lines[range.start.line]!)![0];
  const inserted = expandSnippet(item.textEdit?.newText ?? item.insertText ?? '', today)
    .split('\n')
    .join(`\n${indent}`);
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(0, offset(range.start)) + inserted + text.slice(offset(range.end));
}
