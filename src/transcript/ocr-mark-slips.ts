// An OCR'd typescript whose questions and answers open "Q." and "A." where the scanner misread a
// few of the periods ("Q, There has been …", "Ao I think that …", "Qo Sir, did …"): the misread
// marks are read as the document's own, where it prints "Q." and "A." often enough to tell.
import type { SourceLine } from './types.ts';

const MARK = /^(\s*)([QA])\.(\s+\S)/;
const SLIP = /^(\s*)([QA])(?:,|o|;|:\.)(\s+\p{Lu})/u;
const MIN_MARKS = 5;

export function withOcrMarkSlips(lines: SourceLine[]): SourceLine[] {
  let marks = 0;
  let slips = 0;
  for (const line of lines) {
    const c = line.text.charCodeAt(line.text.length - line.text.trimStart().length);
    if (c !== 0x51 && c !== 0x41) continue;
    if (MARK.test(line.text)) marks++;
    else if (SLIP.test(line.text)) slips++;
  }
  if (slips === 0 || marks < MIN_MARKS || slips > marks) return lines;
  return lines.map((line) => {
    const m = SLIP.exec(line.text);
    return m ? { ...line, text: `${m[1]}${m[2]}.${m[3]}${line.text.slice(m[0].length)}` } : line;
  });
}
