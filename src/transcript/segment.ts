// Paragraphs and labels to turns: a label starts a turn (even mid-paragraph, where a page
// started mid-flow); unlabelled paragraphs belong to the turn before them; what comes before
// the first label is the preamble (title block, dateline, narration).
import { type LabelHit, type ParsedLabel, PART_HEADING } from './labels/index.ts';
import type { ParagraphLines, SourceLine } from './types.ts';
import { opensClosingSection, opensPortalSections, takeClosingFurniture } from './closing.ts';
import { isPartOfDocument } from './labels/colon.ts';
import { CJK } from './types.ts';

export interface DraftTurn {
  parsed: ParsedLabel;
  /** Line number of the label. */
  line: number;
  /** Seconds from the start, when the label's line was stamped. */
  startsAt: number | null;
  paragraphs: ParagraphLines[];
  /** A section heading ("**Part Two: …**") stood between this turn and the one before. */
  afterHeading?: boolean;
}

export interface Segments {
  preamble: ParagraphLines[];
  turns: DraftTurn[];
  /** Section headings between turns ("## Questions and answers", "**QUESTIONS FROM THE FLOOR**", "**Part Two: …**"), taken out of them. */
  headings: SourceLine[];
  /** A closing mark and footers after the last words (closing.ts), taken out of the last turn. */
  closing: SourceLine[];
  /** A page's letterhead printed inside a sentence (a PDF's page break), taken out of it. */
  spliced: SourceLine[];
  /** Photographs' captions among a turn's paragraphs, taken out of it. */
  captions: SourceLine[];
}

export function segment(paragraphs: readonly ParagraphLines[], hits: readonly LabelHit[]): Segments {
  // Hits come in reading order: one cursor walks them with the paragraphs, no lookup per line.
  let next = 0;
  const preamble: ParagraphLines[] = [];
  const turns: DraftTurn[] = [];
  let owner: ParagraphLines[] = preamble;
  for (let p = 0; p < paragraphs.length; p++) {
    const lines = paragraphs[p]!;
    let from = 0;
    for (let hit = hits[next]; hit !== undefined && hit.paragraph === p; hit = hits[next]) {
      // The lines before the label belong to the turn (or preamble) before it.
      if (hit.line > from) owner.push(lines.slice(from, hit.line));
      next++;
      const following = hits[next];
      const to = following !== undefined && following.paragraph === p ? following.line : lines.length;
      const line = lines[hit.line]!;
      const turn: DraftTurn = { parsed: hit.parsed, line: line.no, startsAt: line.at ?? null, paragraphs: [openingParagraph(lines, hit, to)] };
      turns.push(turn);
      owner = turn.paragraphs;
      from = to;
    }
    if (from < lines.length) owner.push(lines.slice(from));
  }
  const headings: SourceLine[] = [];
  // "Transcript of the questions asked and the answers given by …" under an unlabelled opening statement: the part's heading, not its last words.
  const lastOfPreamble = preamble[preamble.length - 1];
  if (turns.length > 0 && lastOfPreamble?.length === 1 && preamble.length > 1 && PART_HEADING.test(lastOfPreamble[0]!.text)) headings.push(preamble.pop()![0]!);
  const captions: SourceLine[] = [];
  let headed = false;
  for (let t = 0; t < turns.length; t++) {
    const turn = turns[t]!;
    if (headed) turn.afterHeading = true;
    headed = false;
    const only = turn.paragraphs.length === 1 ? turn.paragraphs[0]! : null;
    if (only && only.length > 0 && !isSectionHeading(only) && !(only.length > 1 && PART_HEADING.test(only[only.length - 1]!.text))) continue;
    const spoken: ParagraphLines[] = [];
    const last = turn.paragraphs.length - 1;
    for (let p = 0; p <= last; p++) {
      const para = turn.paragraphs[p]!;
      // "### Errata", "## Related links" after the last words: the closing furniture's, with all after it.
      if (t === turns.length - 1 && para.length === 1 && opensClosingSection(para[0]!.text)) {
        spoken.push(...turn.paragraphs.slice(p));
        break;
      }
      // A plain heading ("QUESTIONS FROM THE FLOOR") counts only right before the next label:
      // a line of capitals elsewhere may be a name in a participants list.
      const beforeLabel = p === last && t < turns.length - 1;
      const heading = isSectionHeading(para) || (p > 0 && beforeLabel && (isPlainHeading(para) || isSubheading(para)));
      if (heading) headings.push(para[0]!);
      // A text layer's part heading on the last line of the paragraph before the label ("… Thank you.\nQuestion and Answer Session").
      else if (beforeLabel && para.length > 1 && PART_HEADING.test(para[para.length - 1]!.text)) {
        headings.push(para[para.length - 1]!);
        spoken.push(para.slice(0, -1));
      }
      // (The last turn's last paragraph is the closing furniture's to judge: a service's credit line looks the same.)
      else if (p > 0 && (t < turns.length - 1 || p < last) && isCaption(para)) captions.push(para[0]!);
      else if (para.length > 0) spoken.push(para);
      headed ||= heading;
    }
    turn.paragraphs = spoken;
  }
  const spliced: SourceLine[] = [];
  for (const turn of turns) withSplicedFurnitureOut(turn, spliced);
  const portalTail = withPortalSectionsOff(turns);
  const last = turns[turns.length - 1];
  const closing = [...(last ? takeClosingFurniture(last.paragraphs) : []), ...portalTail];
  dropClosingTimestamp(last);
  return { preamble: preamble.filter((para) => para.length > 0), turns, headings, closing, spliced, captions };
}

/**
 * "… as far as the Government" / "Senator the Hon. Jo Bloggs Minister for Finance" / "is
 * concerned, …": a line of no sentence between two halves of one (the first ends on no stop, the
 * second opens in lower case) is the page's letterhead at a page break; the halves are one paragraph.
 */
function withSplicedFurnitureOut(turn: DraftTurn, spliced: SourceLine[]): void {
  const paragraphs = turn.paragraphs;
  for (let p = 1; p + 1 < paragraphs.length; p++) {
    const middle = paragraphs[p]!;
    const before = paragraphs[p - 1]!;
    const after = paragraphs[p + 1]!;
    if (middle.length !== 1 || before.length === 0 || after.length === 0) continue;
    const text = middle[0]!.text.trim();
    if (text.length > MAX_SPLICED || !RUNS_ON.test(before[before.length - 1]!.text) || !OPENS_LOWER.test(after[0]!.text)) continue;
    if (ENDS_SENTENCE_OR_CLAUSE.test(text) || !MOSTLY_CAPITALISED.test(text)) continue;
    spliced.push(middle[0]!);
    paragraphs.splice(p, 2);
    paragraphs[p - 1] = [...before, ...after];
  }
}

const MAX_SPLICED = 200;
// A line that stops mid-sentence: on a letter, a digit or a comma.
const RUNS_ON = /[\p{L}\d,]\s*$/u;
const OPENS_LOWER = /^\s*\p{Ll}/u;
const ENDS_SENTENCE_OR_CLAUSE = /[.!?;:。！？]["”’)]?$/u;
// Title case throughout, as a letterhead prints names and offices: at most a few small words in lower case.
const MOSTLY_CAPITALISED = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|the|for|and|in|on|at|to|&|–|-)){2,}$/u;

/**
 * The label's line with only the words after the label (left out when there are none), then the
 * paragraph's lines up to `to`. Arrays are sliced to size rather than grown by push: an array's
 * first push reserves room for 17 items, and a document of one-line turns keeps one such array
 * per turn.
 */
function openingParagraph(lines: ParagraphLines, hit: LabelHit, to: number): SourceLine[] {
  if (hit.parsed.body === '') return lines.slice(hit.line + 1, to);
  const paragraph = lines.slice(hit.line, to);
  paragraph[0] = bodyOf(lines[hit.line]!, hit.parsed.body);
  return paragraph;
}

/** The line with only the words after its label; it no longer opens a page. */
function bodyOf(line: SourceLine, body: string): SourceLine {
  const piece: SourceLine = { no: line.no, text: body, page: line.page, pageStart: false };
  if (line.at !== undefined) piece.at = line.at;
  return piece;
}

const MARKDOWN_HEADING = /^#{1,6}\s+\S/;
// "**QUESTIONS FROM THE FLOOR**": a bold line in capitals, a heading set in bold.
// (Not a Chinese question with a Latin acronym in it: "**…你和HR的录音，为什么…？**".)
const BOLD_CAPITALS_HEADING = /^\s*(?:\*\*|__)[^*_\p{Ll}\p{Lo}]*\p{Lu}{2}[^*_\p{Ll}\p{Lo}]*(?:\*\*|__)\s*$/u;
// "**Part Two: Zak BROWN (McLaren), …**": a line wholly in bold.
const WHOLLY_BOLD = /^\s*(\*\*|__)(?=\S)[^*_]{2,}(?<=\S)\1\s*$/;
// A line of capitals with no sentence in it: "QUESTIONS FROM THE FLOOR", "PRESS CONFERENCE – PART TWO".
const CAPITALS_HEADING = /^\s*\p{Lu}{2,}(?:\s+(?:[-–—&]|\p{Lu}{2,})){1,7}\s*$/u;

/**
 * A heading inside the record (Markdown, a bold line in capitals, a bold part's line) structures
 * it; it is not anyone's words.
 */
function isSectionHeading(paragraph: ParagraphLines): boolean {
  if (paragraph.length !== 1) return false;
  const text = paragraph[0]!.text;
  // Each pattern needs a "#" opening the line or a "**" or "__": most turns' lines are settled without them.
  if (text.charCodeAt(0) !== 0x23 /* # */ && !text.includes('**') && !text.includes('__')) return false;
  return (
    MARKDOWN_HEADING.test(text) || BOLD_CAPITALS_HEADING.test(text) || (WHOLLY_BOLD.test(text) && (startsWithPart(text) || NUMBERED_BOLD_HEADING.test(text)))
  );
}

// "**7. Munger on buybacks**": a numbered section in bold, an editor's heading; a numbered question in bold ends on its question mark.
const NUMBERED_BOLD_HEADING = /^\s*(?:\*\*|__)\d{1,3}[.)]\s+\S.*(?<![?？]|[?？][”"’」])(?:\*\*|__)\s*$/;

// "Brendan Rodgers guided Swansea to promotion in 2011", "Mason Greenwood and Phil Foden (right) brought
// …": a photograph's caption among a turn's paragraphs: names (perhaps where they stand in the picture),
// then what the picture shows, and no sentence's end.
const CAPTION =
  /^\s*\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|and|of|de|van|von|\((?:left|right|centre|center|top|bottom|pictured|second left|second right)\)))*[ \t]+\p{Ll}[^.!?:;"”’\]\n]{10,200}[\p{L}\d)]$/u;
// Two names or a full name at least ("Redknapp and Cole", "Brendan Rodgers"), and the length of a caption, not a remark.
const TWO_CAPITALISED_WORDS = /^\s*\p{Lu}[\p{L}'’.-]*[ \t]+(?:(?:and|of|de|van|von)[ \t]+)?\p{Lu}/u;
const MIN_CAPTION_CHARS = 40;

function isCaption(paragraph: ParagraphLines): boolean {
  if (paragraph.length !== 1) return false;
  const text = paragraph[0]!.text.trimEnd();
  return text.length >= MIN_CAPTION_CHARS && TWO_CAPITALISED_WORDS.test(text) && CAPTION.test(text);
}

// "**模范少数族裔迷思** **亚太裔族群多元**", "**The harbour levy**": short runs in bold and nothing else, no sentence.
const BOLD_RUNS = /^\s*(?:(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__)[ \t]*)+$/;
const SENTENCE_CLOSE = /[.!?:;。！？：；…][”"’」)）]?$/u;
const MAX_SUBHEADING_WORDS = 10;
const MAX_SUBHEADING_CHARS = 40;

// "模范少数族裔迷思 亚太裔族群多元": a Chinese subheading whose bold a page's conversion lost, no punctuation at all.
const CHINESE_SUBHEADING = /^[\s\u3000]*\p{Script=Han}[\p{Script=Han}\d\s\u3000]{5,39}(?<![了吧吗呢啊呀嘛哦])[\s\u3000]*$/u;

// "Short-Range Nuclear Forces in Europe", "East German-U.S. Relations": an editor's subject line in title case.
const SMALL_WORDS = new Set(['of', 'and', 'the', 'in', 'on', 'to', 'for', 'with', 'a', 'an', 'at', 'by', 'from', 'vs', 'vs.', 'de', 'or']);
const MIN_TITLE_WORDS = 2;
const MAX_SUBJECTS = 4;
const MAX_SUBJECT_WORDS = 14;

export function isTitleCaseHeading(text: string, minWords = MIN_TITLE_WORDS): boolean {
  // "The President's Relationship With Prime Minister May/United Kingdom Referendum …": subjects joined by slashes, each a heading.
  if (minWords > 0 && text.includes('/')) {
    const subjects = text.split('/');
    return subjects.length <= MAX_SUBJECTS && subjects.every((subject) => isTitleCaseHeading(subject, 0));
  }
  const words = text.trim().split(/\s+/);
  // (A subject between slashes may be longer: "The President's Phone Conversation With President Enrique Peña Nieto of Mexico".)
  if (
    words.length < Math.max(1, minWords) ||
    words.length > (minWords === 0 ? MAX_SUBJECT_WORDS : MAX_SUBHEADING_WORDS) ||
    text.includes(',') ||
    SENTENCE_CLOSE.test(text.trim())
  )
    return false;
  return /^[\p{Lu}\d]/u.test(words[0]!) && words.every((w) => /^[\p{Lu}\d"“‘(]/u.test(w) || SMALL_WORDS.has(w.toLowerCase()));
}

const NUMBERED_SECTION = /^\s*(?:\(\d{1,2}\)|\d{1,2}[.)]|[IVX]{1,4}\.)\s+(?=\p{Lu})/u;

/** An editor's subheading (in bold, a subject line in title case, a Chinese one with no punctuation) between two turns, right before the next label. */
function isSubheading(paragraph: ParagraphLines): boolean {
  if (paragraph.length !== 1) return false;
  const text = paragraph[0]!.text;
  if (CHINESE_SUBHEADING.test(text) || isTitleCaseHeading(text)) return true;
  // "(2)    China and the West", "3. Other Questions": a numbered section's subject.
  const numbered = NUMBERED_SECTION.exec(text);
  if (numbered && isTitleCaseHeading(text.slice(numbered[0].length), 1)) return true;
  if (!text.includes('**') && !text.includes('__')) return false;
  if (!BOLD_RUNS.test(text)) return false;
  const words = text.replace(/\*\*|__/g, ' ').trim();
  if (words === '' || SENTENCE_CLOSE.test(words)) return false;
  return CJK.test(words) ? words.length <= MAX_SUBHEADING_CHARS : words.split(/\s+/).length <= MAX_SUBHEADING_WORDS;
}

/**
 * A plain line that heads a part: capitals alone, a part's name ("Question-and-Answer Session"), or
 * a part's name with what it holds ("DRIVERS – PART TWO: Name (Team)").
 */
function isPlainHeading(paragraph: ParagraphLines): boolean {
  if (paragraph.length !== 1) return false;
  const text = paragraph[0]!.text;
  return CAPITALS_HEADING.test(text) || PART_HEADING.test(text) || startsWithPart(text);
}

/** "Part Two: …", "DRIVERS – PART ONE: …", perhaps in bold: a line that opens a part of the document. */
function startsWithPart(text: string): boolean {
  const colon = text.indexOf(':');
  return (
    colon > 0 &&
    isPartOfDocument(
      text
        .slice(0, colon)
        .replace(/^\s*(?:\*\*|__)/, '')
        .trim(),
    )
  );
}

// US government transcripts end with "END 2:14 P.M. EST" (or the time alone): a timestamp, not
// the last speaker's words; wrapped, the zone may stand on a line of its own.
const CLOSING_TIMESTAMP = /^\s*(?:END\s+)?\d{1,2}:\d{2}\s*[AaPp]\.?\s?[Mm]\.?(?:\s+[A-Z]{2,4})?\s*$/;

function dropClosingTimestamp(last: DraftTurn | undefined): void {
  const paragraph = last?.paragraphs[last.paragraphs.length - 1];
  if (paragraph === undefined || paragraph.length > 2) return;
  const text = paragraph.length === 1 ? paragraph[0]!.text : `${paragraph[0]!.text} ${paragraph[1]!.text.trim()}`;
  if (CLOSING_TIMESTAMP.test(text)) last!.paragraphs.pop();
}

/**
 * "【嘉宾简介】" after the last answer, then the guest's biography under their own label and the portal's
 * "【媒体声音】" headlines ("中国证券报：…"): a portal's sections after the interview, labels and all, are
 * no one's turns. Taken off with every turn after them; returns their lines.
 */
function withPortalSectionsOff(turns: DraftTurn[]): SourceLine[] {
  for (let t = Math.floor(turns.length / 2); t < turns.length; t++) {
    const paragraphs = turns[t]!.paragraphs;
    const p = paragraphs.findIndex((para, i) => i > 0 && para.length === 1 && opensPortalSections(para[0]!.text));
    if (p < 0) continue;
    const taken = [...paragraphs.slice(p), ...turns.slice(t + 1).flatMap((turn) => turn.paragraphs)].flat();
    turns[t]!.paragraphs = paragraphs.slice(0, p);
    turns.length = t + 1;
    return taken;
  }
  return [];
}
