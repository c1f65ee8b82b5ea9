// Finds the speaker labels of a transcript: every convention reads every line start, each
// candidate is accepted by its position, and the convention with the most accepted labels wins.
import { endsSentence, type ParagraphLines } from '../types.ts';
import { capsPeriodLabels, startsWithTitleCaseOffice } from './caps-period.ts';
import { chineseLabels } from './chinese.ts';
import { colonLabels } from './colon.ts';
import { leadingWhitespace, type ConventionName, type LabelConvention, type ParsedLabel } from './types.ts';
import { startsWithCapitals, usHonorificLabels } from './us-honorific.ts';
import { mapped } from '../arrays.ts';
import { findDate } from '../dates.ts';

export type { ConventionName, ParsedLabel } from './types.ts';

/** A label at line `line` of paragraph `paragraph`. */
export interface LabelHit {
  paragraph: number;
  line: number;
  parsed: ParsedLabel;
}

export interface LabelDetection {
  convention: ConventionName;
  hits: LabelHit[];
}

// On a tie the more specific convention wins, hence this order.
const CONVENTIONS: LabelConvention[] = [chineseLabels, usHonorificLabels, capsPeriodLabels, colonLabels];

export function detectLabels(paragraphs: readonly ParagraphLines[]): LabelDetection | null {
  const openers = possibleLabelLines(paragraphs);
  let best: { convention: ConventionName; accepted: Accepted } | null = null;
  for (const convention of CONVENTIONS) {
    const accepted = acceptedLabels(paragraphs, openers, convention);
    if (accepted.parsed.length > (best?.accepted.parsed.length ?? 0)) best = { convention: convention.name, accepted };
  }
  if (!best) return null;
  const { paragraph, line, parsed } = best.accepted;
  return { convention: best.convention, hits: mapped(parsed, (p, k) => ({ paragraph: paragraph[k]!, line: line[k]!, parsed: p })) };
}

/**
 * Line positions, one entry per line in reading order, as parallel arrays of small integers:
 * a document of one-line turns has an entry on nearly every line, and arrays of numbers cost the
 * garbage collector nothing to keep, where an object per line would be copied again and again.
 */
interface Positions {
  paragraph: number[];
  line: number[];
}

interface Accepted extends Positions {
  parsed: ParsedLabel[];
}

/**
 * The lines any convention could read a label from, in order. Every label has a colon (":" or
 * "："), or starts with two capitals or "Q" (us-honorific, caps-period): lines of prose, nearly
 * all of them, are passed over once here rather than four times by the conventions.
 */
function possibleLabelLines(paragraphs: readonly ParagraphLines[]): Positions {
  const openers: Positions = { paragraph: [], line: [] };
  for (let p = 0; p < paragraphs.length; p++) {
    const lines = paragraphs[p]!;
    for (let l = 0; l < lines.length; l++) {
      const text = lines[l]!.text;
      const start = leadingWhitespace(text);
      if (text.includes(':') || text.includes('：') || startsWithCapitals(text, start) || startsWithTitleCaseOffice(text, start)) {
        openers.paragraph.push(p);
        openers.line.push(l);
      }
    }
  }
  return openers;
}

interface Candidate {
  paragraph: number;
  line: number;
  parsed: ParsedLabel;
  previousLine: string | null;
  nextLine: string | null;
  paragraphLines: number;
}

/** The convention's labels that stand where a label can, in reading order. */
function acceptedLabels(paragraphs: readonly ParagraphLines[], openers: Positions, convention: LabelConvention): Accepted {
  const found: Accepted = { paragraph: [], line: [], parsed: [] };
  const seen: Array<{ count: number }> = [];
  const occurrences = new Map<string, { count: number }>();
  for (let k = 0; k < openers.paragraph.length; k++) {
    const p = openers.paragraph[k]!;
    const l = openers.line[k]!;
    const parsed = convention.parse(paragraphs[p]![l]!.text);
    if (!parsed) continue;
    const key = parsed.label.toLowerCase();
    let counter = occurrences.get(key);
    if (!counter) occurrences.set(key, (counter = { count: 0 }));
    counter.count++;
    found.paragraph.push(p);
    found.line.push(l);
    found.parsed.push(parsed);
    seen.push(counter);
  }
  // Candidates of one paragraph are neighbours: counts per paragraph and "the next line's label
  // recurs" are read from the neighbours, with no keys to build.
  const n = found.paragraph.length;
  const perParagraph = new Uint32Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && found.paragraph[j] === found.paragraph[i]) j++;
    for (let k = i; k < j; k++) perParagraph[k] = j - i;
    i = j;
  }
  const recursAt = (k: number, paragraph: number, line: number): boolean =>
    k >= 0 && k < n && found.paragraph[k] === paragraph && found.line[k] === line && seen[k]!.count >= 2;
  const accepted: Accepted = { paragraph: [], line: [], parsed: [] };
  for (let k = 0; k < n; k++) {
    const paragraph = found.paragraph[k]!;
    const line = found.line[k]!;
    const lines = paragraphs[paragraph]!;
    const c: Candidate = {
      paragraph,
      line,
      parsed: found.parsed[k]!,
      previousLine: line > 0 ? lines[line - 1]!.text : null,
      nextLine: lines[line + 1]?.text ?? null,
      paragraphLines: lines.length,
    };
    let recurring = seen[k]!.count >= 2;
    if (!recurring && isLabelDense(c, perParagraph[k]!)) {
      recurring = recursAt(k + 1, paragraph, line + 1) || (line === lines.length - 1 && recursAt(k - 1, paragraph, line - 1));
    }
    if (!isAccepted(c, recurring)) continue;
    accepted.paragraph.push(paragraph);
    accepted.line.push(line);
    accepted.parsed.push(c.parsed);
  }
  return accepted;
}

/**
 * Most lines of a long paragraph open with a label (a log of turns, one per line). A label seen
 * once counts there when a recurring speaker answers on the next line (or spoke on the line before
 * the last): questioners and the principal alternate, the items of a list ("Northport: 12 per
 * cent") do not.
 */
function isLabelDense(candidate: Candidate, candidatesInParagraph: number): boolean {
  return candidate.paragraphLines >= 3 && candidatesInParagraph * 2 >= candidate.paragraphLines;
}

/** A first line standing alone with no sentence in it ("Press Briefing: Minister X Meets the Press") is a title. */
function looksLikeTitle(candidate: Candidate): boolean {
  return candidate.paragraphLines === 1 && !endsSentence(candidate.parsed.body);
}

/**
 * A first line with no sentence in it over a line with the date alone heads a title block
 * ("HARBOUR CITY OPEN: QUARTERFINALS" over "July 9, 2031"): a title, however much it looks like a name.
 */
function headsTitleBlock(candidate: Candidate): boolean {
  return candidate.nextLine !== null && isDateOnly(candidate.nextLine) && !endsSentence(candidate.parsed.body);
}

const DATE_ONLY_MAX = 40;

/** "March 19, 2025" alone on a line, as a title block ends: nothing runs on from it into a label. */
function isDateOnly(line: string): boolean {
  const text = line.trim();
  if (text.length > DATE_ONLY_MAX) return false;
  const date = findDate(text);
  return date !== null && date.index === 0 && text.length - date.length <= 2;
}

// A speaker cut off mid-sentence ("Prime Minister -", "the last—"): the next speaker may start on the next line.
const CUT_OFF = /[-–—]$/;

/**
 * A label opens a paragraph, or — as when a page starts mid-flow — follows a finished
 * sentence and is a label seen elsewhere (or one by its form, like "Q").
 */
function isAccepted(candidate: Candidate, recurring: boolean): boolean {
  if (candidate.parsed.needsRecurrence && !recurring) return false;
  if (candidate.paragraph === 0 && candidate.line === 0) {
    if (looksLikeTitle(candidate)) return recurring || candidate.parsed.selfEvident;
    if (headsTitleBlock(candidate)) return recurring;
  }
  if (candidate.previousLine === null) return true;
  const previous = candidate.previousLine.trimEnd();
  const afterSentence = endsSentence(previous) || previous.endsWith(':') || previous.endsWith('：') || CUT_OFF.test(previous) || isDateOnly(previous);
  if (afterSentence) return recurring || candidate.parsed.selfEvident;
  // A list that ends with a semicolon ("Topics: budget; ferries;") runs on into the first label.
  return previous.endsWith(';') && recurring;
}
