// Labels as a chat log or a collaborative note prints them: a handle in angle brackets, often set
// as code ("`<chihao>` Since g0v is …", "<pm5> It would be …"), and questions as numbered headings
// ("### Q1: Since the movement …?"). Each is rewritten as the colon label it stands for ("[chihao]:",
// a handle in brackets as a transcriber prints one; "Q1:"); "<kjcl translating pofeng>" is pofeng's words again in another language, so it takes
// pofeng's label and the bilingual pairing joins it to the turn it translates.
import type { SourceLine } from './types.ts';

const HANDLE = /^(\s*)`?<([\p{L}\p{N}_.-]{1,30})(?:\s+translating\s+([\p{L}\p{N}_.-]{1,30}))?>`?[ \t]+(?=\S)/u;
const QUESTION_HEADING = /^\s*#{1,6}\s+(Q\d{1,3}|Question\s+\d{1,3})\s*[:：.]\s+(?=\S)/i;
const MIN_HANDLES = 3;

/** The lines with handle labels and numbered question headings rewritten, or the lines as they are. */
export function withChatHandles(lines: SourceLine[]): SourceLine[] {
  let handles = 0;
  for (const line of lines) if (line.text.includes('<') && HANDLE.test(line.text) && ++handles >= MIN_HANDLES) break;
  if (handles < MIN_HANDLES) return lines;
  return lines.map((line) => {
    const handle = line.text.includes('<') ? HANDLE.exec(line.text) : null;
    if (handle) return { ...line, text: `${handle[1]}[${handle[3] ?? handle[2]}]: ${line.text.slice(handle[0].length)}` };
    const question = line.text.includes('#') ? QUESTION_HEADING.exec(line.text) : null;
    if (question) return { ...line, text: `${question[1]!.replace(/\s+/g, ' ')}: ${line.text.slice(question[0].length)}` };
    return line;
  });
}
