// A speaker's name set as a Markdown heading over the words ("### STEVE ADDAZIO", then the answer),
// where the questions keep their own marks ("Q. …"), as a page rendered from a transcript prints it.
// A heading printed again and again that reads as a name is a speaker's label, not a section's title
// (a section's title is printed once): each becomes the label of the paragraph under it, "Name: …".
import { isNameLike } from './labels/words.ts';
import type { ParagraphLines } from './types.ts';

const HEADING_LINE = /^\s{0,3}#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/;
const MIN_USES = 2;

/** The paragraphs with each recurring name heading made the label of the paragraph under it, or null when there is none. */
export function withHeadingNames(paragraphs: readonly ParagraphLines[]): ParagraphLines[] | null {
  const nameOf = (paragraph: ParagraphLines | undefined): string | null => {
    if (paragraph?.length !== 1) return null;
    const m = HEADING_LINE.exec(paragraph[0]!.text);
    return m && m[1]!.length <= 40 && !/[:：]$/.test(m[1]!) ? m[1]! : null;
  };
  const uses = new Map<string, number>();
  for (const paragraph of paragraphs) {
    const name = nameOf(paragraph);
    if (name !== null) uses.set(name, (uses.get(name) ?? 0) + 1);
  }
  const names = new Set([...uses].filter(([name, n]) => n >= MIN_USES && isNameLike(name, 5)).map(([name]) => name));
  if (names.size === 0) return null;
  // Where other headings stand among them ("Jack Quail (The Australian)" between "Governor Bullock"s),
  // every speaker has a heading: the page's own convention, read as such (standalone-labels.ts).
  let named = 0;
  let others = 0;
  for (const paragraph of paragraphs) {
    const name = nameOf(paragraph);
    if (name !== null) names.has(name) ? named++ : others++;
  }
  if (others * 4 > named) return null;
  const out: ParagraphLines[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const name = nameOf(paragraphs[i]);
    const next = paragraphs[i + 1];
    if (name === null || !names.has(name) || next === undefined || nameOf(next) !== null) {
      out.push(paragraphs[i]!);
      continue;
    }
    out.push([{ ...next[0]!, text: `${name}: ${next[0]!.text.trimStart()}` }, ...next.slice(1)]);
    i++;
  }
  return out;
}
