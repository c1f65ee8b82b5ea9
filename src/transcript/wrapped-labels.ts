// A PDF's text layer wraps a long label in its column: "Jason Douglas," on one line, "Wall Street
// Journal:   Could I just ask …" on the next. Joined again, the label is read as any "Name, Outlet:".
// So does a text hard-wrapped at a column, the label's break inside its post: "Travis Dalton,
// President and Chief Executive Officer, Claritiv" over "Corporation: Good morning, …", wherever
// that speaker opens a turn (the same break twice at least: a sentence's line never repeats so).
import type { SourceLine } from './types.ts';

// A name of two to four capitalised words and a comma, alone on its line.
const NAME_AND_COMMA = /^\s*\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3},\s*$/u;
// Capitalised words and a colon, then the words: the rest of the label.
const REST_OF_LABEL = /^\s*\p{Lu}[\p{L}&'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}&'’.-]*|of|the|and|&)){0,5}:[ \t]+\S/u;
// A name, a comma, then words of a post with no colon and no sentence's end: a label's first line.
const NAME_AND_POST = /^\s*\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3},[ \t]+[^:.?!]{2,80}$/u;

const MAX_NAME_CHARS = 60;

export function withWrappedLabelsJoined(lines: SourceLine[]): SourceLine[] {
  // Most documents have no line ending in a comma after a name: settled by one look at each line's end.
  const wrapped = new Set<number>();
  const broken = new Map<string, number[]>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const text = lines[i]!.text;
    // A name's comma comes early: most lines of prose are settled by where their first comma falls.
    const comma = text.indexOf(',');
    if (comma < 3 || comma > MAX_NAME_CHARS || !REST_OF_LABEL.test(lines[i + 1]!.text)) continue;
    if (text.length <= 60 && text.trimEnd().endsWith(',') && NAME_AND_COMMA.test(text)) wrapped.add(i);
    else if (NAME_AND_POST.test(text)) {
      const next = lines[i + 1]!.text;
      const key = `${text.trim()} ${next.slice(0, next.indexOf(':')).trim()}`;
      broken.set(key, [...(broken.get(key) ?? []), i]);
    }
  }
  for (const at of broken.values()) if (at.length >= 2) for (const i of at) wrapped.add(i);
  if (wrapped.size === 0) return lines;
  const joined: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (wrapped.has(i - 1)) continue;
    joined.push(wrapped.has(i) ? { ...lines[i]!, text: `${lines[i]!.text.trim()} ${lines[i + 1]!.text.trimStart()}` } : lines[i]!);
  }
  return joined;
}

// "**刘擎**" over "：字面意义上……": an editor's page sets the bold name on its own line and the colon on the next.
const BOLD_NAME_ALONE = /^\s*\*\*[^*：:\s][^*：:]{0,14}\*\*\s*$/u;
const COLON_FIRST = /^\s*[：:]\s*\S/u;
const MIN_COLON_BREAKS = 2;

/** The lines with each bold name joined to the colon and words on the next line, where the page breaks two labels so or more. */
export function withColonsBelowNamesJoined(lines: SourceLine[]): SourceLine[] {
  const at: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.length <= 24 && text.includes('**') && BOLD_NAME_ALONE.test(text) && COLON_FIRST.test(lines[i + 1]!.text)) at.push(i);
  }
  if (at.length < MIN_COLON_BREAKS) return lines;
  const joined = new Set(at);
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!joined.has(i)) {
      out.push(lines[i]!);
      continue;
    }
    out.push({ ...lines[i]!, text: `${lines[i]!.text.trim()}${lines[i + 1]!.text.trim()}` });
    i++;
  }
  return out;
}
