// "1、成功密码：坚持只做一件事" over "记者：当下……": a report's numbered section heading, its topic and
// subtitle either side of a colon (or a phrase alone, "二、不要法兰西大革命，要英国的光荣革命"), printed above a turn. It reads like a numbered
// questioner's label ("12、华尔街日报记者：……"), but the words after its colon are a short phrase and a
// label follows it. It is set apart as a Markdown heading, which the segmenter knows as a section's.
import type { SourceLine } from './types.ts';

const NUMBERED_HEADING = /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]\s*[^：:，。？！\s]{2,12}[：:][^。？！?!；;：:]{1,24}$/u;
// ("二、不要法兰西大革命，要英国的光荣革命": a heading with no colon, a phrase or two.)
// ("（三）关于4G和5G": the numeral in brackets.)
const NUMBERED_PHRASE = /^\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})、|[（(][一二三四五六七八九十]{1,3}[）)])[^。？！?!；;：:]{2,30}$/u;
// ("一、参加战略预备队训战结合，不是为了学习而学习，…。": a minutes' point stated as a sentence over the questions it
// gathers; read so only where such headings run 一、二、三 in order, each over a label.)
const NUMBERED_SENTENCE = /^\s*([一二三四五六七八九十]{1,3})、[^。？！?!；;：:]{2,60}。$/u;
const MAX_SENTENCE_HEADING = 64;
// The turn under it opens with a label: a name, perhaps after its department, then a colon.
const LABEL_UNDER = /^\s*[^：:。，？！]{1,24}[：:]/u;
const MIN_HEADINGS = 2;

export function withNumberedHeadingsSet(lines: SourceLine[]): SourceLine[] {
  const at: number[] = [];
  const sentences: number[] = [];
  for (let i = 0; i < lines.length - 1; i++) {
    const text = lines[i]!.text;
    if (text.length > MAX_SENTENCE_HEADING || !opensWithNumeral(text)) continue;
    const phrase = text.length <= 40 && (NUMBERED_HEADING.test(text) || NUMBERED_PHRASE.test(text));
    const sentence = !phrase && NUMBERED_SENTENCE.exec(text);
    if (!phrase && !sentence) continue;
    const next = lines[i + 1]!.text.trim() === '' ? lines[i + 2]?.text : lines[i + 1]!.text;
    if (next === undefined || !LABEL_UNDER.test(next)) continue;
    if (phrase) at.push(i);
    // Numbered in order from 一: the points of the minutes, not a list inside an answer.
    else if (sentence && NUMERALS.indexOf(sentence[1]!) === sentences.length) sentences.push(i);
  }
  if (sentences.length >= MIN_HEADINGS) at.push(...sentences);
  if (at.length < MIN_HEADINGS) return lines;
  const headings = new Set(at);
  const out: SourceLine[] = [];
  lines.forEach((line, i) => {
    if (!headings.has(i)) return out.push(line);
    if (out.length > 0 && out[out.length - 1]!.text.trim() !== '') out.push({ ...line, text: '' });
    out.push({ ...line, text: `## ${line.text.trim()}` }, { ...line, text: '' });
  });
  return out;
}

const NUMERALS = '一二三四五六七八九十';

/** A digit or a Chinese numeral first (perhaps in a bracket), after spaces: read by character code, as this runs for every line. */
function opensWithNumeral(text: string): boolean {
  let i = 0;
  while (text.charCodeAt(i) === 0x20) i++;
  const c = text.charCodeAt(i);
  if (c === 0xff08 || c === 0x28) i++;
  return (c >= 0x30 && c <= 0x39) || NUMERALS.includes(text.charAt(i));
}
