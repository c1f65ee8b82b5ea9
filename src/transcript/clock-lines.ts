// "10:58 A.M. EDT" over "MR. GIBBS: Good morning." in one paragraph, or run into it on one line
// when a page's paragraphs were joined: the time the briefing began. It is made a paragraph of its
// own (the preamble's), so the label opens the next, where the conventions look for labels.
import type { SourceLine } from './types.ts';

const CLOCK = String.raw`\s*\d{1,2}:\d{2}\s*[AaPp]\.?\s?[Mm]\.?(?:\s+[A-Z]{2,4}|\s+\([A-Za-z]{2,10}\))?`;
const CLOCK_ALONE = new RegExp(String.raw`^${CLOCK}\s*$`);
const CLOCK_THEN_LABEL = new RegExp(String.raw`^(${CLOCK})\s+(?=(?:[A-Z][A-Z.'’-]*\s){0,3}[A-Z][A-Z'’-]+[.:]\s)`);
// "1:09 P.M. EST Good afternoon. …": the time with its zone run into the opening words (a page's paragraphs joined).
const ZONED_CLOCK_THEN_WORDS = /^(\s*\d{1,2}:\d{2}\s*[AaPp]\.?\s?[Mm]\.?\s+(?:[A-Z]{2,4}|\([A-Za-z]{2,10}\)))\s+(?=\p{Lu}\p{Ll})/u;

const RECORDING_TIME = /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$/;
const LABEL_ALONE = /^\s*\S[^:：\n]{0,58}[:：]\s*$/;

export function withClockLinesSplit(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const c = line.text.charCodeAt(0);
    const maybe = (c >= 0x30 && c <= 0x39) || c === 0x20;
    const next = lines[i + 1];
    // "01:26" alone over "Musk:": a recording's time for the label under it, set after the label
    // as a transcription service prints it ("[01:26] Musk:").
    if (maybe && next && RECORDING_TIME.test(line.text) && LABEL_ALONE.test(next.text)) {
      out ??= lines.slice(0, i);
      out.push({ ...next, text: `[${line.text.trim()}] ${next.text.trim()}` });
      i++;
      continue;
    }
    if (maybe && next && next.text.trim() !== '' && CLOCK_ALONE.test(line.text)) {
      out ??= lines.slice(0, i);
      out.push(line, { ...line, text: '' });
      continue;
    }
    const m = maybe ? (CLOCK_THEN_LABEL.exec(line.text) ?? ZONED_CLOCK_THEN_WORDS.exec(line.text)) : null;
    if (!m) {
      out?.push(line);
      continue;
    }
    out ??= lines.slice(0, i);
    out.push({ ...line, text: m[1]!.trim() }, { ...line, text: '' }, { ...line, text: line.text.slice(m[0].length) });
  }
  return out ?? lines;
}
