// A search snippet on the page: plain text in which «…» marks what the query found. The snippet is
// never read as HTML: it is cut into text pieces, which JSX escapes, and the marked ones go into
// <mark>. (The search turns any « » in the record itself into ‹ ›, so every « » here is a marker.)
import type { FC } from 'hono/jsx';
import { MARK_CLOSE, MARK_OPEN } from '../../search/snippet.ts';

export interface SnippetPart {
  text: string;
  marked: boolean;
}

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const open = rest.indexOf(MARK_OPEN);
    const close = open < 0 ? -1 : rest.indexOf(MARK_CLOSE, open + 1);
    if (open < 0 || close < 0) {
      parts.push({ text: rest, marked: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), marked: false });
    if (close > open + 1) parts.push({ text: rest.slice(open + 1, close), marked: true });
    rest = rest.slice(close + 1);
  }
  return parts;
}

export const Snippet: FC<{ text: string; lang: string }> = ({ text, lang }) => (
  <p class="snippet" lang={lang}>
    {snippetParts(text).map((part) => (part.marked ? <mark>{part.text}</mark> : part.text))}
  </p>
);
