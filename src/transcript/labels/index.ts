// Finds the speaker labels of a transcript: every convention reads every line start, each
// candidate is accepted by its position, and the convention with the most accepted labels wins.
import { endsSentence, type ParagraphLines } from '../types.ts';
import { capsPeriodLabels, startsWithOfficeAndName } from './caps-period.ts';
import { chineseLabels } from './chinese.ts';
import { colonLabels, opensWithEmphasisedQ } from './colon.ts';
import { labelStart, type ConventionName, type LabelConvention, type ParsedLabel } from './types.ts';
import { startsWithCapitals, usHonorificLabels } from './us-honorific.ts';
import { findDate } from '../dates.ts';
import { isCapitalsLabel } from './words.ts';

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
  // The convention with the most accepted labels wins, the earlier in CONVENTIONS on a tie. A
  // convention accepts at most the lines it may read: tried from the most such lines down, one
  // that can no longer win is not run (in a document of "Q:"/"A:" lines, only colon-labels runs).
  let best: { index: number; reading: Reading } | null = null;
  for (const c of byMostReadable(openers.readable)) {
    const bestCount = best?.reading.accepted.length ?? 0;
    const bound = openers.readable[c]!;
    if (bound < bestCount || (bound === bestCount && (bound === 0 || c > best!.index))) continue;
    const reading = acceptedLabels(paragraphs, openers, c);
    const count = reading.accepted.length;
    if (count > bestCount || (count === bestCount && count > 0 && c < best!.index)) best = { index: c, reading };
  }
  if (!best) return null;
  return { convention: CONVENTIONS[best.index]!.name, hits: labelHits(openers, best.reading) };
}

/** The accepted labels as hits: the only labels kept as objects. */
function labelHits(openers: Openers, reading: Reading): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const i of reading.accepted) {
    const k = reading.at[i]!;
    hits.push({ paragraph: openers.paragraph[k]!, line: openers.line[k]!, parsed: reading.parsed[i]! });
  }
  return hits;
}

/** Indices of CONVENTIONS, the most readable lines first; ties keep CONVENTIONS' order. */
function byMostReadable(readable: readonly number[]): number[] {
  // An insertion sort of the four indices: detection runs once or more per document, and a
  // sort with a comparator costs more than its four items.
  const order: number[] = [];
  for (let i = 0; i < CONVENTIONS.length; i++) {
    let at = order.length;
    while (at > 0 && readable[order[at - 1]!]! < readable[i]!) at--;
    order.splice(at, 0, i);
  }
  return order;
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

interface Openers extends Positions {
  /** Per line, a bit for each convention (by index in CONVENTIONS) that may read it. */
  conventions: number[];
  /** Per convention, how many lines it may read: at most as many labels as it can accept. */
  readable: number[];
}

/**
 * The lines any convention may read a label from, in order, with the conventions that may:
 * lines of prose, nearly all of them, are passed over once here, and each convention parses
 * only its own candidates.
 */
function possibleLabelLines(paragraphs: readonly ParagraphLines[]): Openers {
  const openers: Openers = { paragraph: [], line: [], conventions: [], readable: CONVENTIONS.map(() => 0) };
  for (let p = 0; p < paragraphs.length; p++) {
    const lines = paragraphs[p]!;
    for (let l = 0; l < lines.length; l++) {
      const text = lines[l]!.text;
      const start = labelStart(text);
      if (!mayOpenLabel(text, start) || underlined(lines[l + 1]?.text)) continue;
      let bits = 0;
      for (let c = 0; c < CONVENTIONS.length; c++) {
        if (!CONVENTIONS[c]!.mayRead(text, start)) continue;
        bits |= 1 << c;
        openers.readable[c] = openers.readable[c]! + 1;
      }
      if (bits === 0) continue;
      openers.paragraph.push(p);
      openers.line.push(l);
      openers.conventions.push(bits);
    }
  }
  return openers;
}

// "商汤执行董事徐冰最新访谈：商汤最近在做什么？" over "=====": a Markdown heading (setext), never a label.
const SETEXT_UNDERLINE = /^\s{0,3}(?:={3,}|-{3,})\s*$/;

function underlined(next: string | undefined): boolean {
  if (next === undefined) return false;
  const c = next.charCodeAt(next.search(/\S/));
  return (c === 0x3d || c === 0x2d) && SETEXT_UNDERLINE.test(next);
}

/**
 * What every convention's mayRead asks first: a colon (":" or "："), a start in capitals, "Q"
 * or "The " (us-honorific, caps-period), an office and a name ("President Trump."), or "【" (chinese). Most lines of prose have none of them.
 */
function mayOpenLabel(text: string, start: number): boolean {
  return (
    startsWithCapitals(text, start) ||
    text.startsWith('The ', start) ||
    text.includes(':') ||
    startsWithOfficeAndName(text, start) ||
    text.includes('：') ||
    text.charCodeAt(start) === 0x3010 ||
    // "**EDWARD LAWRENCE** …": a bold name in capitals without its colon.
    (text.startsWith('**', start) && startsWithCapitals(text, start + 2)) ||
    opensWithEmphasisedQ(text, start)
  );
}

/** A label read where it stands: acceptance weighs its place and its form. */
interface Candidate {
  paragraph: number;
  line: number;
  /** The lines of its paragraph. */
  lines: ParagraphLines;
  parsed: ParsedLabel;
}

/**
 * What one convention read, as parallel arrays by label found: the opener it stands on (index in
 * Openers), the label, and which of them are accepted (indices into these arrays). Numbers, not
 * objects per label: only the winner's accepted labels become hits.
 */
interface Reading {
  at: number[];
  parsed: ParsedLabel[];
  accepted: number[];
}

/** The convention's labels, and those that stand where a label can, in reading order. */
function acceptedLabels(paragraphs: readonly ParagraphLines[], openers: Openers, index: number): Reading {
  const convention = CONVENTIONS[index]!;
  const bit = 1 << index;
  const reading: Reading = { at: [], parsed: [], accepted: [] };
  // Per label found, its label's number; per label, how often it occurs (case ignored).
  const labelOf: number[] = [];
  const occurrences: number[] = [];
  const labelNumbers = new Map<string, number>();
  for (let k = 0; k < openers.paragraph.length; k++) {
    if ((openers.conventions[k]! & bit) === 0) continue;
    const parsed = convention.parse(paragraphs[openers.paragraph[k]!]![openers.line[k]!]!.text);
    if (!parsed) continue;
    const key = parsed.label.toLowerCase();
    let label = labelNumbers.get(key);
    if (label === undefined) {
      label = occurrences.length;
      labelNumbers.set(key, label);
      occurrences.push(0);
    }
    occurrences[label] = occurrences[label]! + 1;
    reading.at.push(k);
    reading.parsed.push(parsed);
    labelOf.push(label);
  }
  const found = reading.at.length;
  // Labels that count only where they recur ("Gary Levine:Thank you", run into the words): where
  // three such labels recur, that is how the document prints its speakers, and one who speaks
  // once (the host who opens the call) is a speaker too where a paragraph opens with them.
  const recurringOfKind = new Set<number>();
  for (let i = 0; i < found && recurringOfKind.size < ESTABLISHED_LABELS; i++)
    if (reading.parsed[i]!.needsRecurrence && occurrences[labelOf[i]!]! >= 2) recurringOfKind.add(labelOf[i]!);
  const established = recurringOfKind.size >= ESTABLISHED_LABELS;
  const paragraphOf = (i: number) => openers.paragraph[reading.at[i]!]!;
  const lineOf = (i: number) => openers.line[reading.at[i]!]!;
  const recurs = (i: number) => occurrences[labelOf[i]!]! >= 2;
  // One candidate, refilled for each label: a new object per label would be garbage on nearly
  // every line of a document of one-line turns.
  const c: Candidate = { paragraph: 0, line: 0, lines: [], parsed: reading.parsed[0]! };
  // Candidates of one paragraph are neighbours, [group, groupEnd): counts per paragraph and "the
  // next line's label recurs" are read from the neighbours, with no keys to build.
  let group = 0;
  let groupEnd = 0;
  for (let i = 0; i < found; i++) {
    const paragraph = paragraphOf(i);
    if (i === groupEnd) {
      group = i;
      while (groupEnd < found && paragraphOf(groupEnd) === paragraph) groupEnd++;
    }
    const line = lineOf(i);
    c.paragraph = paragraph;
    c.line = line;
    c.lines = paragraphs[paragraph]!;
    c.parsed = reading.parsed[i]!;
    let recurring = recurs(i) || (established && line === 0 && paragraph > 0 && c.parsed.needsRecurrence);
    if (!recurring && isLabelDense(c.lines, groupEnd - group)) {
      // Neighbours in the group: the label on the next line, or (for the last line) on the line before.
      recurring =
        (i + 1 < groupEnd && lineOf(i + 1) === line + 1 && recurs(i + 1)) ||
        (line === c.lines.length - 1 && i > group && lineOf(i - 1) === line - 1 && recurs(i - 1));
    }
    if (isAccepted(c, recurring)) reading.accepted.push(i);
  }
  return reading;
}

const ESTABLISHED_LABELS = 3;

/**
 * Most lines of a long paragraph open with a label (a log of turns, one per line). A label seen
 * once counts there when a recurring speaker answers on the next line (or spoke on the line before
 * the last): questioners and the principal alternate, the items of a list ("Northport: 12 per
 * cent") do not.
 */
function isLabelDense(paragraph: ParagraphLines, candidatesInParagraph: number): boolean {
  return paragraph.length >= 3 && candidatesInParagraph * 2 >= paragraph.length;
}

/** A first line standing alone with no sentence in it ("Press Briefing: Minister X Meets the Press") is a title. */
function looksLikeTitle(candidate: Candidate): boolean {
  return candidate.lines.length === 1 && !endsSentence(candidate.parsed.body);
}

/**
 * A first line with no sentence in it over a line with the date alone heads a title block
 * ("HARBOUR CITY OPEN: QUARTERFINALS" over "July 9, 2031"): a title, however much it looks like a name.
 */
function headsTitleBlock(candidate: Candidate): boolean {
  const next = candidate.lines[candidate.line + 1];
  return next !== undefined && isDateOnly(next.text) && !endsSentence(candidate.parsed.body);
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
// "|" alone: a reStructuredText line block's empty line, a blank line as printed.
const EMPTY_LINE_BLOCK = /^\s*\|\s*$/;
// The parts a results call or a briefing is printed in, in any case: "Question-and-Answer Session", "Prepared Remarks";
// a label may follow one on the next line, as a text layer prints them.
export const PART_HEADING =
  /^\s*(?:question[- ]and[- ]answer(?: session| section)?|questions? (?:and|&) answers?(?: session)?|q\s?&\s?a(?: session)?|prepared remarks|presentation|opening remarks|closing remarks|transcript of the questions(?: asked)? and (?:the )?answers\b[^!?]{0,200})\s*$/i;

/**
 * A label opens a paragraph, or — as when a page starts mid-flow — follows a finished
 * sentence and is a label seen elsewhere (or one by its form, like "Q").
 */
function isAccepted(candidate: Candidate, given: boolean): boolean {
  // "Brianna: (24:13)" alone on its line: a transcription service stamps every turn's label with
  // its time, so a label printed once is as sure as one that recurs.
  const recurring = given || (candidate.parsed.body === '' && candidate.lines[candidate.line]!.at !== undefined);
  if (candidate.parsed.needsRecurrence && !recurring) return false;
  if (candidate.paragraph === 0 && candidate.line === 0) {
    if (looksLikeTitle(candidate)) return recurring || candidate.parsed.selfEvident;
    if (headsTitleBlock(candidate)) return recurring;
  }
  if (candidate.line === 0) return true;
  // "Prime Minister:" alone on its line inside a typescript's paragraph, as it is everywhere else in it.
  if (candidate.parsed.body === '' && recurring) return true;
  const previous = candidate.lines[candidate.line - 1]!.text.trimEnd();
  const afterSentence =
    endsSentence(previous) ||
    // ("…的信念。**": a sentence that closes a bold run.)
    (previous.endsWith('*') && endsSentence(previous.replace(/\*+$/, ''))) ||
    previous.endsWith(':') ||
    previous.endsWith('：') ||
    CUT_OFF.test(previous) ||
    isDateOnly(previous) ||
    PART_HEADING.test(previous) ||
    EMPTY_LINE_BLOCK.test(previous);
  if (afterSentence) return recurring || candidate.parsed.selfEvident;
  // "JOURNALIST: Mr Hawke, what was his reaction to what" / "PM: Well, …": a question cut off on its one
  // line, under a label in capitals, and a recurring label in capitals on the next.
  if (recurring && CAPITALS_OPENER.test(previous) && isCapitalsLabel(candidate.parsed.label)) return true;
  // A list that ends with a semicolon ("Topics: budget; ferries;") runs on into the first label.
  return previous.endsWith(';') && recurring;
}

const CAPITALS_OPENER = /^\s*\p{Lu}[\p{Lu}.' ]{0,30}\p{Lu}\.?:(?:\s+\S|\.\.|…)/u;
