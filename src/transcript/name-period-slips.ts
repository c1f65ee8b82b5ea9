// A document whose labels are names and a colon ("Sebastian Kurz: We are enduring …") where one was
// typed with a period instead ("Sebastian Kurz. Thank you very much for your question."): the slip,
// at a paragraph’s start and of a name the document labels with a colon elsewhere, takes the colon.
import type { SourceLine } from './types.ts';

// Two to four capitalised words: the name, the same in both forms.
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}`;
const NAME_COLON = new RegExp(String.raw`^\s*(${NAME}):\s`, 'u');
const NAME_PERIOD = new RegExp(String.raw`^(\s*)(${NAME})\.(\s+\S)`, 'u');
const MIN_USES = 1;
const MAX_NAME_CHARS = 60;

export function withNamePeriodSlips(lines: SourceLine[]): SourceLine[] {
  const uses = new Map<string, number>();
  for (const line of lines) {
    const m = line.text.includes(':') ? NAME_COLON.exec(line.text) : null;
    if (m) uses.set(m[1]!, (uses.get(m[1]!) ?? 0) + 1);
  }
  if (uses.size === 0) return lines;
  let changed = false;
  const out = lines.map((line, i) => {
    if (i > 0 && lines[i - 1]!.text.trim() !== '') return line;
    // The name before the line's first period, looked up: no pattern for the many lines that are not slips.
    const dot = line.text.indexOf('. ');
    if (dot < 3 || dot > MAX_NAME_CHARS || !uses.has(line.text.slice(0, dot).trim())) return line;
    const m = NAME_PERIOD.exec(line.text);
    if (!m || (uses.get(m[2]!) ?? 0) < MIN_USES) return line;
    changed = true;
    return { ...line, text: `${m[1]}${m[2]}:${m[3]}${line.text.slice(m[0].length)}` };
  });
  return changed ? out : lines;
}
