// Markdown pipe tables of who spoke and what they said ("| Speaker | Words |"): each such table
// is given back as "Speaker: words" paragraphs in its place; the rest of the text is left as it
// is. marked reads the tables; speaker-rows.ts decides which are a conversation.
import { markedLibrary } from './lazy-libraries.ts';
import { conversationOf } from './speaker-rows.ts';

// A pipe table's delimiter row ("| --- | :---: |"): only a text with one is lexed.
// Each run of spaces has one place in the pattern, so a hostile line of spaces costs a linear scan.
const DELIMITER_ROW = /^[ \t]*(?:\|[ \t]*)?:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+(?:\|[ \t]*)?$/m;

/** The text with each conversation table made into labelled paragraphs, or null when it has none. */
export function withTablesAsTurns(text: string): string | null {
  if (!text.includes('---') || !DELIMITER_ROW.test(text)) return null;
  let out = '';
  let from = 0;
  let changed = false;
  for (const token of markedLibrary().lexer(text)) {
    if (token.type !== 'table') continue;
    const header = (token.header as { text: string }[]).map((cell) => cell.text);
    const rows = (token.rows as { text: string }[][]).map((row) => row.map((cell) => cell.text));
    const paragraphs = conversationOf(header, rows);
    const at = paragraphs ? text.indexOf(token.raw, from) : -1;
    if (!paragraphs || at < 0) continue;
    out += `${text.slice(from, at)}${paragraphs.join('\n\n')}\n\n`;
    from = at + token.raw.length;
    changed = true;
  }
  return changed ? out + text.slice(from) : null;
}
