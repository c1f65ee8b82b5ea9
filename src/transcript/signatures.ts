// A collaborative note (HackMD, CodiMD) where each answer is signed at its end with the writer's
// author tag ("… 等等 [name=kiang]", "-- [name=Huizhong]"): the label comes after the words. Each
// signed run of lines (from the block's start or the last signature) is rewritten as a paragraph
// under the writer's label ("[kiang]: …", a handle as a transcriber brackets it), its quotation
// marks taken off; and a numbered question heading of such a note ("## 3. 你如果…？") is the
// questioner's ("Q: …"), its translation under it staying with it.
import type { SourceLine } from './types.ts';

// Found from "[name=" (no leading space in the pattern: a run of spaces read from every position would cost its square).
const SIGNATURE = /(?:[-–—]{1,2}[ \t]*)?\[name=([^\]\n]{1,40})\][ \t]*$/;
const QUOTE = /^\s*>\s?/;
const NUMBERED_QUESTION_HEADING = /^\s*#{1,6}\s+(?:Q\s*)?\d{1,3}\s*[.、:：)]\s*(\S.*[?？].*)$/iu;
const MIN_SIGNATURES = 3;

export function withSignedLines(lines: SourceLine[]): SourceLine[] {
  let signed = 0;
  for (const line of lines) if (line.text.includes('[name=') && SIGNATURE.test(line.text) && ++signed >= MIN_SIGNATURES) break;
  if (signed < MIN_SIGNATURES) return lines;
  const out: SourceLine[] = [];
  // The lines of the current block (up to a blank line) not yet signed.
  let pending: SourceLine[] = [];
  const flush = () => {
    out.push(...pending);
    pending = [];
  };
  for (const line of lines) {
    if (line.text.trim() === '' || line.text.trim() === '>') {
      flush();
      out.push(line);
      continue;
    }
    const heading = NUMBERED_QUESTION_HEADING.exec(line.text);
    if (heading) {
      flush();
      out.push({ ...line, text: `Q: ${heading[1]!.trim()}` });
      continue;
    }
    const signature = line.text.includes('[name=') ? SIGNATURE.exec(line.text) : null;
    if (!signature) {
      pending.push(line);
      continue;
    }
    const writer = signature[1]!.trim();
    const run = [...pending, { ...line, text: line.text.slice(0, signature.index).trimEnd() }];
    pending = [];
    // A paragraph of its own: a blank line before it, the writer's label on its first line.
    const first = run[0]!;
    if (out.length > 0 && out[out.length - 1]!.text.trim() !== '') out.push({ ...first, text: '' });
    run.forEach((l, k) => {
      const words = l.text.replace(QUOTE, '');
      out.push({ ...l, text: k === 0 ? `[${writer}]: ${words.trimStart()}` : words });
    });
    out.push({ ...line, text: '' });
  }
  flush();
  return out;
}
