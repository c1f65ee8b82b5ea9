// A government site's page whose every turn opens with the label and its first paragraph in bold, the
// same paragraph printed again after the bold ("**Question: Will the caps go?**Will the caps go?
// **Secretary Paulson: Yes.**Yes."), several turns run into one line where the page lost its breaks.
// Each such turn is written once, as "Label: words", a paragraph of its own.
import type { SourceLine } from './types.ts';

// The label (a short name before the colon), the bold words, the bold's close, and the same words again.
const ECHOED = /\*\*([^*:：\n]{1,40})[:：][ \t]*([^*\n]{1,3000}?)\*\*[ \t]*\2/gu;
// Two echoes at least before the page is read so: one is a quotation's emphasis.
const MIN_ECHOES = 2;

/** The lines with each echoed bold turn written once on a line of its own, or the lines as they are. */
export function withEchoedBoldTurnsOnce(lines: SourceLine[]): SourceLine[] {
  let echoes = 0;
  for (const line of lines) {
    if (line.text.includes('**')) echoes += countEchoes(line.text);
    if (echoes >= MIN_ECHOES) break;
  }
  if (echoes < MIN_ECHOES) return lines;
  const out: SourceLine[] = [];
  for (const line of lines) {
    if (!line.text.includes('**')) {
      out.push(line);
      continue;
    }
    const parts = line.text.replace(ECHOED, (_, label: string, words: string) => `\n\n${label.trim()}: ${words.trim()}\n\n`).split('\n');
    if (parts.length === 1) out.push(line);
    else for (const part of parts) out.push({ ...line, text: part.trim() });
  }
  return out;
}

function countEchoes(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(ECHOED)) n++;
  return n;
}
