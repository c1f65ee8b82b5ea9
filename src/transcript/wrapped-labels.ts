// A PDF's text layer wraps a long label in its column: "Jason Douglas," on one line, "Wall Street
// Journal:   Could I just ask …" on the next. Joined again, the label is read as any "Name, Outlet:".
import type { SourceLine } from './types.ts';

// A name of two to four capitalised words and a comma, alone on its line.
const NAME_AND_COMMA = /^\s*\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3},\s*$/u;
// Capitalised words and a colon, then the words: the rest of the label.
const REST_OF_LABEL = /^\s*\p{Lu}[\p{L}&'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}&'’.-]*|of|the|and|&)){0,5}:[ \t]+\S/u;

export function withWrappedLabelsJoined(lines: SourceLine[]): SourceLine[] {
  // Most documents have no line ending in a comma after a name: settled by one look at each line's end.
  const wrapped = new Set<number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.length <= 60 && text.trimEnd().endsWith(',') && NAME_AND_COMMA.test(text) && REST_OF_LABEL.test(lines[i + 1]!.text)) wrapped.add(i);
  }
  if (wrapped.size === 0) return lines;
  const joined: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (wrapped.has(i - 1)) continue;
    joined.push(wrapped.has(i) ? { ...lines[i]!, text: `${lines[i]!.text.trim()} ${lines[i + 1]!.text.trimStart()}` } : lines[i]!);
  }
  return joined;
}
