// Lines to paragraphs. Blank lines separate paragraphs; a paragraph that runs on across a
// page break is one paragraph; and text with few blank lines (pdftotext output, web copy,
// Chinese one-line paragraphs) has its paragraph ends inferred from the line shapes.
import { isBlank } from './lines.ts';
import { isDateAlone } from './dates.ts';
import { endsSentence, type ParagraphLines, type SourceLine } from './types.ts';
import { mapped } from './arrays.ts';
import { isNameAlone } from './names-over-roles.ts';

const HEADING = /^#{1,6}\s/;
const PARAGRAPH_INDENT = /^(?:\t|\u3000|\s{2,})\S/u;

export function groupParagraphs(lines: readonly SourceLine[]): ParagraphLines[] {
  const { blocks, blankLines } = splitAtBlankLines(lines);
  const fewBlankLines = blankLines * 20 < lines.length;
  // Loops, not flatMap: one paragraph per line in a long document makes hundreds of thousands of
  // them, merged across page breaks as they come rather than copied into a second list.
  const paragraphs: ParagraphLines[] = [];
  for (const block of blocks)
    for (const part of splitAtIndents(block)) for (const paragraph of inferParagraphEnds(part, fewBlankLines)) addParagraph(paragraphs, paragraph);
  return paragraphs;
}

/** "> " alone: a Markdown quotation's blank line, which ends a paragraph inside the quotation. */
function isEmptyQuoteLine(text: string): boolean {
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3e /* > */) marks++;
    else if (c !== 0x20 && c !== 0x09) return false;
  }
  return marks > 0;
}

// A speaker's name, perhaps with an outlet after a comma, and a colon: "Ed Conway, Sky News: …".
const COLON_LABEL_START = /^\s*\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:, [^:,]{2,40})?:\s/u;
// A day alone on its line: "Thursday 11 May 2023", "May 11, 2023" (a year's four digits first: most lines have none).
function isDateLine(text: string): boolean {
  return FOUR_DIGITS.test(text) && isDateAlone(text);
}

const FOUR_DIGITS = /\d{4}/;

function splitAtBlankLines(lines: readonly SourceLine[]): { blocks: ParagraphLines[]; blankLines: number } {
  const blocks: ParagraphLines[] = [];
  let blankLines = 0;
  let current: ParagraphLines = [];
  const flush = () => {
    if (current.length > 0) blocks.push(current);
    current = [];
  };
  for (const line of lines) {
    if (isBlank(line) || isEmptyQuoteLine(line.text)) {
      blankLines++;
      flush();
    } else if (line.text.charCodeAt(0) === 0x23 /* # */ && HEADING.test(line.text)) {
      flush();
      blocks.push([line]);
    } else if (current.length > 0 && isDateLine(current[current.length - 1]!.text) && COLON_LABEL_START.test(line.text)) {
      // "Thursday 11 May 2023" over "Ed Conway, Sky News: In some senses …": the day ends the heading block, the first label opens a turn.
      flush();
      current.push(line);
    } else if (current.length > 0 && isBoldSentence(current[current.length - 1]!.text) && opensWithLabel(line.text)) {
      // "**1、Tom Cheshire：…为什么？**" over "任正非：…": a question set in bold, the answer's label on the next line.
      flush();
      current.push(line);
    } else current.push(line);
  }
  flush();
  return { blocks, blankLines };
}

const BOLD_LINE = /^\s*\*\*(.+)\*\*\s*$/;
const CHINESE_LABEL_START = /^\s*[^：:。，？！\s*]{1,20}[：:]\s*\S/u;

/** A line wholly in bold that ends a sentence: a question or a statement set apart. */
function isBoldSentence(text: string): boolean {
  if (text.charCodeAt(text.length - 1) !== 0x2a && !text.trimEnd().endsWith('**')) return false;
  const m = BOLD_LINE.exec(text);
  return m !== null && endsSentence(m[1]!);
}

function opensWithLabel(text: string): boolean {
  return opensWithSpeakerMark(text) || CHINESE_LABEL_START.test(text);
}

/**
 * An indented line opens a paragraph: "　　" in Chinese documents always, spaces or a tab when
 * deeper than the block's other lines and after a finished sentence. Blank lines may be missing
 * between such paragraphs, as where a page number between two of them was removed.
 */
function splitAtIndents(block: ParagraphLines): ParagraphLines[] {
  if (block.length < 2 || !block.some((line) => startsWithSpace(line.text))) return [block];
  const indents = mapped(block, (line) => indentOf(line.text));
  let shallowest = Infinity;
  for (const indent of indents) if (indent.width < shallowest) shallowest = indent.width;
  if (shallowest === 0 && !indents.some((indent) => indent.width > 0)) return [block];
  const opens = (i: number) => {
    const indent = indents[i]!;
    if (indent.ideographic) return true;
    return indent.width > shallowest && PARAGRAPH_INDENT.test(block[i]!.text) && endsSentence(block[i - 1]!.text);
  };
  const paragraphs: ParagraphLines[] = [];
  let current: ParagraphLines = [];
  block.forEach((line, i) => {
    if (i > 0 && opens(i)) {
      paragraphs.push(current);
      current = [];
    }
    current.push(line);
  });
  paragraphs.push(current);
  return paragraphs;
}

function startsWithSpace(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
}

function indentOf(text: string): { width: number; ideographic: boolean } {
  let width = 0;
  let ideographic = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3000) {
      ideographic = true;
      width += 2;
    } else if (c === 0x20 || c === 0xa0) width++;
    else if (c === 0x09) width += 4;
    else break;
  }
  return { width, ideographic };
}

/**
 * A block whose lines nearly all end a sentence is one paragraph per line (unwrapped text).
 * In a document with few blank lines, a wrapped block breaks after a short line that ends a
 * sentence, or before an indented line.
 */
function inferParagraphEnds(block: ParagraphLines, fewBlankLines: boolean): ParagraphLines[] {
  if (block.length < 3) return [block];
  let sentenceEnds = 0;
  for (let i = 0; i < block.length - 1; i++) if (endsSentence(block[i]!.text)) sentenceEnds++;
  if (sentenceEnds >= (block.length - 1) * 0.6) {
    // Every line a finished sentence is one paragraph per line; otherwise wrapping may explain the ends.
    const allEnd = sentenceEnds === block.length - 1 && endsSentence(block[block.length - 1]!.text);
    if (allEnd || (!wrappedToOneWidth(block) && !continuesInLowercase(block))) return mapped(block, (line) => [line]);
  }
  if (!fewBlankLines) return [block];
  const width = typicalWidth(block);
  const paragraphs: ParagraphLines[] = [];
  let current: ParagraphLines = [];
  block.forEach((line, i) => {
    // "Marta Quill" alone after a finished sentence: a speaker's name over the words, printed without blank lines.
    const nameOpens =
      current.length > 0 &&
      line.text.length <= MAX_NAME_LINE &&
      // ("Bob van Dijk": a name's particle in small letters.)
      (ROLE_ALONE_LINE.test(line.text) || ((NAME_ALONE_LINE.test(line.text) || isNameAlone(line.text)) && endsSentence(block[i - 1]!.text)));
    // "Q. Mr. President, …", "THE PRESIDENT. Well, …", "Ana Lima: …" after a finished sentence or a short
    // line (a topic's heading): a speaker's mark opens a paragraph in wrapped text without blank lines.
    const markOpens = current.length > 0 && endsParagraphBeforeMark(block[i - 1]!.text, width) && opensWithSpeakerMark(line.text);
    if (current.length > 0 && (nameOpens || markOpens || PARAGRAPH_INDENT.test(line.text))) {
      paragraphs.push(current);
      current = [];
    }
    current.push(line);
    const text = line.text.trimEnd();
    const endsShort = endsSentence(text) && displayWidth(text.trim()) < width * 0.75;
    if (endsShort && i < block.length - 1) {
      paragraphs.push(current);
      current = [];
    }
  });
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

const MAX_NAME_LINE = 40;

// The marks a transcript opens a turn with: "Q." / "Q:" / "A." / "A:", a label in capitals before a
// period or colon ("THE PRESIDENT.", "MS. LEE:"), "The President." and its like, or up to four
// capitalised words before a colon ("Ana Lima:", "Mr. Ortiz:"); speech follows with a capital or a quote.
const SPEAKER_MARK =
  /^\s*(?:[QA][.:]|\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]*){0,3}[.:]|The (?:Vice )?(?:President|Secretary|Chairman|Prime Minister)\.|\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}:)[ \t]+["“'‘\p{Lu}\d(]/u;

function opensWithSpeakerMark(text: string): boolean {
  const mark = SPEAKER_MARK.exec(text);
  if (!mark) return false;
  // A label in capitals over words in capitals is no mark: a cablegram or a heading is all capitals.
  return !CAPITALS_LABEL.test(mark[0]) || LOWER_CASE.test(text.slice(mark[0].length, mark[0].length + 40));
}

const CAPITALS_LABEL = /^\s*\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]*){0,3}[.:]/u;
const LOWER_CASE = /\p{Ll}/u;

/** The line before a speaker's mark ends a paragraph: a finished sentence, or a line well short of the width and not ending in a comma (a heading). */
function endsParagraphBeforeMark(text: string, width: number): boolean {
  const trimmed = text.trim();
  if (endsSentence(trimmed)) return true;
  const last = trimmed.charCodeAt(trimmed.length - 1);
  return displayWidth(trimmed) < width * 0.75 && last !== 0x2c && last !== 0x2d && last !== 0x3b;
}
// "Operator" alone, and a call's list headings ("Company Participants"): each opens a paragraph wherever it stands.
const ROLE_ALONE_LINE = /^\s*(?:Operator|OPERATOR|Moderator|MODERATOR|(?:Company|Corporate|Conference Call|Call) Participants)\s*$/;
const NAME_ALONE_LINE = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*$/u;

// Wider than any page or screen column: such lines were never wrapped.
const UNWRAPPED_WIDTH = 110;

/**
 * Lines cut at one width (most of them reach it) are wrapped prose even when many happen to end
 * a sentence: a speaker's short turn, then the next speaker's label, in pdftotext output.
 */
function wrappedToOneWidth(block: ParagraphLines): boolean {
  const width = typicalWidth(block);
  if (width > UNWRAPPED_WIDTH) return false;
  let full = 0;
  for (const line of block) if (displayWidth(line.text.trim()) >= width * 0.85) full++;
  return full >= block.length * 0.5;
}

/** A line cut mid-sentence and continued in lower case ("... The" / "harbor fees ..."): wrapped prose. */
function continuesInLowercase(block: ParagraphLines): boolean {
  for (let i = 0; i < block.length - 1; i++) {
    if (!endsSentence(block[i]!.text) && LOWERCASE_START.test(block[i + 1]!.text)) return true;
  }
  return false;
}

const LOWERCASE_START = /^\s*\p{Ll}/u;

/** The width wrapped lines reach: the 80th percentile of line widths. */
function typicalWidth(block: ParagraphLines): number {
  const widths = block.map((l) => displayWidth(l.text.trim())).sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.8)] ?? 0;
}

/** CJK characters take two columns; this keeps mixed text comparable. */
function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += text.charCodeAt(i) >= 0x2e80 ? 2 : 1;
  return w;
}

/** A paragraph cut by a page break (no sentence end before the break) continues on the next page. */
function addParagraph(paragraphs: ParagraphLines[], paragraph: ParagraphLines): void {
  const previous = paragraphs[paragraphs.length - 1];
  if (previous && continuesAcrossPage(previous[previous.length - 1]!, paragraph[0]!)) previous.push(...paragraph);
  else paragraphs.push(paragraph);
}

function continuesAcrossPage(last: SourceLine, next: SourceLine): boolean {
  if (next.page === last.page && !next.pageStart) return false;
  if (HEADING.test(next.text)) return false;
  const text = last.text.trimEnd();
  const end = text.charCodeAt(text.length - 1);
  if (end === 0x2d || end === 0x2c || end === 0x3b || end === 0xad) return true;
  // Only the last character (two code units, for a letter outside the BMP) is looked at.
  return LETTER_AT_END.test(text.slice(-2)) && /^\s*\p{Ll}/u.test(next.text);
}

const LETTER_AT_END = /\p{L}$/u;
