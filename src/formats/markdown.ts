// Markdown from data: the report and the Art. 15 letter write their values through escapeMarkdown.

/**
 * Text from the data must not turn into Markdown. Inline: table pipes, emphasis, links, HTML,
 * code, strikethrough (`\\` before each of those characters). At the start of a line: headings
 * (#), quotes (>), fences (``` and ~~~), list items (- + * 1. 1)), rules and setext underlines
 * (--- ===), indented code (leading blanks dropped). Every line break (LF, CRLF and a lone CR,
 * which CommonMark also ends a line with) becomes a space, so nothing from the data starts a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/([\\`*_[\]<>|#~])/g, '\\$1')
    .replace(/^\s+/, '')
    .replace(/^([-+])(?=\s|$)/, '\\$1') // a list item
    .replace(/^([-=])(?=[-=\s]*$)/, '\\$1') // a rule or a setext underline: only - or = on the line
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2'); // an ordered list item
}
