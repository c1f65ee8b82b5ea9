// A Chinese release printed as one long line, every label inside it: "…的答問全文：記者：我想問……？
// 行政長官：我先回答……。運輸及房屋局局長：有關……". Each label right after a finished sentence (or the
// colon that introduces the record) starts a line of its own, so the conventions read it. A label
// counts when the Chinese convention reads it as one and it recurs, or is a role ("記者") or an
// office ("局長", "行政長官") by its form.
import { chineseLabels } from '../labels/chinese.ts';
import type { SourceLine } from '../types.ts';
import { foldedToSimplified } from './script.ts';

const LONG_LINE = 120;
// After a sentence's end, an ellipsis ("．．．", "‧‧‧", "……") or a closing bracket.
// (Or an ASCII colon, "記者: 想問…", as a page typed on a Latin keyboard prints it.)
const INLINE_LABEL = /(?<=[。？！?!」』”：:．‧…）)])[\s\u3000]*([\p{Script=Han}]{2,12})[：:]/gu;
const INLINE_LABEL_TEST = /[。？！?!」』”：:．‧…）)][\s\u3000]*[\p{Script=Han}]{2,12}[：:]/u;
/** A colon beyond the first label's reach: the only place an inline label's colon can stand. */
function hasInlineColon(text: string, colon: string): boolean {
  const first = text.indexOf(colon);
  return text.indexOf(colon, first + 1) > 0 || first > 14;
}
const hasColonInside = (text: string, colon: string) => text.indexOf(colon, 3) > 0 && hasInlineColon(text, colon);

// "…？ 贾：不是的。": the interviewee by surname alone, after a space in a long line (the record names them in full: "贾庆祥").
const INLINE_SURNAME = /(?<=[。？！?!」』”…）)])[ \t\u3000]+(\p{Script=Han})[：:]/gu;
const PRONOUNS = new Set([...'我你您他她它这那谁']);

/** Whether the document names someone in full under this surname ("贾庆祥，这个17岁的…", "贾庆祥：…"). */
function namedBySurname(lines: readonly SourceLine[], surname: string): boolean {
  if (PRONOUNS.has(surname)) return false;
  const full = new RegExp(`${surname}\\p{Script=Han}{1,2}[：:，,、（(]`, 'u');
  return lines.some((line) => line.text.includes(surname) && full.test(line.text));
}

const ROLE_OR_OFFICE = /(?:记者|记者问|问|答|主持人|司仪|发言人|长官|局长|部长|司长|署长|处长|主席|总裁|行长|主任|秘书长|代表)$/u;
const MIN_LABELS = 3;

/** The lines with each inline label cut onto a line of its own, or the lines as they are. */
export function withChineseInlineLabels(lines: SourceLine[]): SourceLine[] {
  // Most documents have no full-width colon after a sentence's end: settled before anything is parsed.
  // (A colon within a label's length of the line's start is the line's own label, not one inside it.)
  if (!lines.some((l) => (hasColonInside(l.text, '：') || hasColonInside(l.text, ':')) && INLINE_LABEL_TEST.test(l.text))) return lines;
  // A label the document opens lines with, again and again ("陈总：…"), counts inline too, in a line
  // of any length: the last question and its answer may share a line ("记者：…规划？ 陈总：…").
  // Counted by the label's own words at line starts, without parsing every line: only the labels asked about.
  const opening = new Map<string, number>();
  const printedAtStarts = (label: string) => {
    let count = opening.get(label);
    if (count === undefined) {
      count = 0;
      for (const line of lines) {
        const text = line.text.trimStart();
        if (text.startsWith(label) && (text.charAt(label.length) === '：' || text.charAt(label.length) === ':') && ++count >= 2) break;
      }
      opening.set(label, count);
    }
    return count >= 2;
  };
  const found = new Map<SourceLine, number[]>();
  const uses = new Map<string, number>();
  for (const line of lines) {
    if (!line.text.includes('：') && !line.text.includes(':')) continue;
    const long = line.text.length >= LONG_LINE;
    const cuts: number[] = [];
    const matches =
      long && line.text.includes(' ')
        ? [...line.text.matchAll(INLINE_LABEL), ...line.text.matchAll(INLINE_SURNAME)].sort((a, b) => a.index - b.index)
        : line.text.matchAll(INLINE_LABEL);
    for (const m of matches) {
      const label = m[1]!;
      if (label.length === 1 && !namedBySurname(lines, label)) continue;
      if (!long && !printedAtStarts(label)) continue;
      if (!chineseLabels.parse(`${label}：…`)) continue;
      const at = m.index + m[0].length - label.length - 1;
      cuts.push(at);
      uses.set(label, (uses.get(label) ?? 0) + 1);
    }
    if (cuts.length > 0) found.set(line, cuts);
  }
  if (found.size === 0) return lines;
  const accepted = (label: string) =>
    (uses.get(label) ?? 0) >= (label.length === 1 ? MIN_LABELS : 2) || ROLE_OR_OFFICE.test(foldedToSimplified(label)) || printedAtStarts(label);
  let total = 0;
  for (const [label, n] of uses) if (accepted(label)) total += n;
  if (total < MIN_LABELS && ![...uses.keys()].some(printedAtStarts)) return lines;
  const out: SourceLine[] = [];
  for (const line of lines) {
    const cuts = found.get(line)?.filter((at) => accepted(labelAt(line.text, at)));
    if (!cuts || cuts.length === 0) {
      out.push(line);
      continue;
    }
    let from = 0;
    for (const at of cuts) {
      const piece = line.text.slice(from, at);
      if (piece.trim() !== '') out.push({ ...line, text: piece, pageStart: from === 0 && line.pageStart }, { ...line, text: '', pageStart: false });
      from = at;
    }
    out.push({ ...line, text: line.text.slice(from), pageStart: false });
  }
  return out;
}

/** The label that starts at `at` (up to its colon, full-width or ASCII). */
function labelAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && text.charCodeAt(end) !== 0xff1a && text.charCodeAt(end) !== 0x3a) end++;
  return text.slice(at, end);
}
