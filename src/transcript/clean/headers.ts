// Running headers and footers: page numbers alone on a line, "Page 3 of 12" (also glued into
// a line), and short lines that repeat at page edges — a book's title, a chapter name.
// Pages are known from form feeds; without them a head must repeat three times, once inside a
// paragraph's flow, to count.
import { isLetterChar } from '../chars.ts';
import { isBlankText, isPageMarker } from '../lines.ts';
import type { CleanupChange, SourceLine } from '../types.ts';
import { mapped } from '../arrays.ts';
import { findDate } from '../dates.ts';
import { isNameAlone } from '../names-over-roles.ts';

// Also a typescript's continuation marks: "/2. . ." at the foot of a page, "2." at the head of the next.
const PAGE_NUMBER_LINE = /^\s*[-–—/]?\s*(?:(?:page|p\.)\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?\s*(?:[-–—]|(?:\.\s*){1,3})?\s*$/i;
const ROMAN_PAGE_LINE = /^\s*[ivxlc]{1,6}\s*$/i;
const PAGE_OF = /\s*\bPage\s+\d{1,4}\s+of\s+\d{1,4}\b\s*/gi;
const PAGE_MENTION = /page\s+\d/i;
const DIGIT = /\d/;
const HEAD_MAX = 80;
const HAS_LETTER = /\p{L}/u;
// A page may open with three lines of furniture: a running title, a copyright line, the site and page number.
const EDGE_LINES = 3;

/**
 * `documentText`, the text the lines were split from, lets one search rule out glued page
 * numbers ("... Page 3 of 12 ...") for every line at once.
 */
const RUNNING_HEAD = 'running head';
const RUNNING_HEAD_DATE_CHARS = 40;

/** The day a running head removed from every page prints ("February 11, 2025"): the event's, as a transcript heads its pages. */
export function runningHeadDate(changes: readonly CleanupChange[]): string | undefined {
  for (const change of changes) {
    if (change.rule !== 'header-footer' || change.before.length > RUNNING_HEAD_DATE_CHARS || !change.reason.startsWith(RUNNING_HEAD)) continue;
    const date = findDate(change.before);
    if (date) return date.iso;
  }
  return undefined;
}

export function removeRunningHeads(lines: readonly SourceLine[], changes: CleanupChange[], documentText?: string): SourceLine[] {
  const pages = (lines[lines.length - 1]?.page ?? 0) + 1;
  const texts = mapped(lines, (line) => line.text.trim());
  const edges = pages > 1 ? pageEdgeLines(lines) : null;
  // Keys are worked out only where a head could be: at page edges, or where three lines may share one.
  const keys = edges ? mapped(edges, (edge, i) => (edge ? headKey(texts[i]!, true) : null)) : recurringKeys(texts, 3);
  const heads = edges ? headsAtPageEdges(lines, texts, keys, edges, pages) : repeatedHeads(lines, texts, keys);
  const pagesMentioned = documentText === undefined || PAGE_MENTION.test(documentText);
  const firstText = lines.findIndex((l) => !isBlankText(l.text));
  const kept: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = texts[i]!;
    if (text === '' && isBlankText(line.text)) {
      kept.push(line);
      continue;
    }
    if (isPageNumberLine(text) || (edges?.[i] && ROMAN_PAGE_LINE.test(text)) || isPageMarker(text)) {
      changes.push({ rule: 'page-number', line: line.no, before: text, after: '', reason: 'a page number on a line of its own' });
      continue;
    }
    const key = keys[i];
    const head = key && heads.size > 0 ? heads.get(key) : undefined;
    // Without page breaks the first line may be the title that later runs as a head: keep it.
    if (head && (edges ? edges[i] : i !== firstText || head.datedBesidePageNumbers)) {
      changes.push({ rule: 'header-footer', line: line.no, before: text, after: '', reason: head.reason });
      continue;
    }
    // Glued page numbers need "page" and a digit, glued heads a head: most lines have neither.
    const mentionsPage = pagesMentioned && PAGE_MENTION.test(line.text);
    const unglued = mentionsPage || heads.size > 0 ? removeGluedHeads(line, mentionsPage, heads, changes) : line;
    if (unglued !== null) kept.push(unglued);
  }
  return kept;
}

/** "12", "- 12 -", "Page 12", "12 / 40", "Page 12 of 40" alone on a line (`text` trimmed). */
function isPageNumberLine(text: string): boolean {
  return text.length <= 24 && opensPageNumber(text.charCodeAt(0)) && DIGIT.test(text) && PAGE_NUMBER_LINE.test(text);
}

/**
 * Whether a trimmed line's first character can open PAGE_NUMBER_LINE: a dash or slash, the "p"
 * of "page" or "p.", or a digit. Settles most short lines (a "Q: Why?") without the two regexes.
 */
function opensPageNumber(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2f || c === 0x2013 || c === 0x2014 || c === 0x70 || c === 0x50;
}

interface Head {
  pattern: RegExp | null;
  reason: string;
  /** Printed beside page numbers and dated: a running head even on the first line. */
  datedBesidePageNumbers?: boolean;
}

/** Comparison key of a candidate head: case and page numbers ignored; null when it cannot be a head. */
function headKey(text: string, atPageEdge = false): string | null {
  if (!mayBeHead(text, atPageEdge)) return null;
  // Case is kept: running heads repeat exactly, and lowercasing every line costs.
  let key = DIGIT.test(text) ? text.replace(/\d+/g, '#').replace(/^[#\s.|·•–—-]+|[#\s.|·•–—-]+$/g, '') : text;
  if (key.includes('  ') || key.includes('\t')) key = key.replace(/\s+/g, ' ');
  return key.length >= 3 ? key : null;
}

/** Sentences, labels ("MS. SMITH:") and stage directions ("(Laughter.)") are not heads, nor long lines. */
function mayBeHead(text: string, atPageEdge = false): boolean {
  if (text.length < 3) return false;
  // A footer set in two columns ("Minister’s Office: 02 …      Department: 02 …") is long only by its gap.
  // So is a browser's print footer, the date and the page's address ("18/03/2013 http://…").
  // At a page's edge a copyright line may run long too.
  if (text.length > HEAD_MAX && (text.length > 2 * HEAD_MAX || !(atPageEdge || text.includes(COLUMN_GAP) || text.includes('://')))) return false;
  // At a page's edge a sentence may run as a head ("… All rights reserved."), repeated page after page.
  const end = text.charCodeAt(text.length - 1);
  return (!HEAD_END_EXCLUDED.has(end) || (atPageEdge && end === 0x2e)) && !HEAD_START_EXCLUDED.has(text.charCodeAt(0));
}

const COLUMN_GAP = '      ';
const HEAD_END_EXCLUDED = new Set([...'.?!:;,。？！：-'].map((c) => c.charCodeAt(0)));
const HEAD_START_EXCLUDED = new Set([...'([（'].map((c) => c.charCodeAt(0)));

/** By line index: whether the line is among the first or last lines with text on its page. */
function pageEdgeLines(lines: readonly SourceLine[]): boolean[] {
  const byPage = new Map<number, number[]>();
  lines.forEach((line, i) => {
    if (isBlankText(line.text) || isPageMarker(line.text)) return;
    const list = byPage.get(line.page) ?? [];
    list.push(i);
    byPage.set(line.page, list);
  });
  const edges = new Array<boolean>(lines.length).fill(false);
  for (const list of byPage.values()) {
    for (const i of list.slice(0, EDGE_LINES)) edges[i] = true;
    for (const i of list.slice(-EDGE_LINES)) edges[i] = true;
  }
  return edges;
}

type Keys = readonly (string | null)[];

function headsAtPageEdges(lines: readonly SourceLine[], texts: readonly string[], keys: Keys, edges: readonly boolean[], pages: number): Map<string, Head> {
  const seen = new Map<string, { pages: Set<number>; text: string }>();
  lines.forEach((line, i) => {
    const key = keys[i];
    if (!key || !edges[i]) return;
    const entry = seen.get(key) ?? { pages: new Set<number>(), text: texts[i]! };
    entry.pages.add(line.page);
    seen.set(key, entry);
  });
  const candidates = [...seen].filter(([key, { pages: on }]) => on.size >= 2 && on.size >= pages * 0.25 && HAS_LETTER.test(key));
  // A line the text prints as often inside its pages as at their edges is its own (a speaker's name over
  // the words, that a page happened to open with twice), not a head.
  const inside = new Map<string, number>();
  if (candidates.length > 0) {
    const wanted = new Set(candidates.map(([, { text }]) => text));
    texts.forEach((text, i) => {
      if (!edges[i] && wanted.has(text)) inside.set(text, (inside.get(text) ?? 0) + 1);
    });
  }
  const heads = new Map<string, Head>();
  for (const [key, { pages: on, text }] of candidates) {
    if ((inside.get(text) ?? 0) >= on.size) continue;
    heads.set(key, { pattern: gluedPattern(text), reason: `${RUNNING_HEAD} repeated on ${on.size} pages` });
  }
  return heads;
}

function repeatedHeads(lines: readonly SourceLine[], texts: readonly string[], keys: Keys): Map<string, Head> {
  const seen = new Map<string, { count: number; inFlow: boolean; besidePageNumber: number; underName: number; text: string }>();
  // keys is empty where no line may recur.
  keys.forEach((key, i) => {
    if (!key) return;
    let entry = seen.get(key);
    if (!entry) seen.set(key, (entry = { count: 0, inFlow: false, besidePageNumber: 0, underName: 0, text: texts[i]! }));
    entry.count++;
    const before = lines[i - 1];
    const after = lines[i + 1];
    if (before && after && !isBlankText(before.text) && !isBlankText(after.text)) entry.inFlow = true;
    if (besidePageNumber(texts, i)) entry.besidePageNumber++;
    if (i > 0 && isNameAlone(texts[i - 1]!)) entry.underName++;
  });
  const heads = new Map<string, Head>();
  for (const [key, { count, inFlow, besidePageNumber: beside, underName, text }] of seen) {
    // "Farmland Partners Inc. - CFO" under "James Gilligan" each time: the speaker's post over their words, no head.
    if (!HAS_LETTER.test(key) || underName * 2 > count) continue;
    // Text without form feeds: a head repeats three times, once in a paragraph's flow, or twice beside page numbers.
    if (count >= 3 && inFlow) heads.set(key, { pattern: gluedPattern(text), reason: `${RUNNING_HEAD} repeated ${count} times` });
    else if (count >= 2 && beside >= 2) {
      heads.set(key, {
        pattern: gluedPattern(text),
        reason: `${RUNNING_HEAD} repeated ${count} times beside page numbers`,
        datedBesidePageNumbers: DIGIT.test(text),
      });
    }
  }
  // People's names each recurring on a line of its own, three of them, or two with a role's
  // ("Operator"): speakers' labels over their words (a call printed without blank lines), not a page's head.
  const names = [...heads.keys()].filter((key) => (NAME_LINE.test(key) || isNameAlone(key)) && !heads.get(key)!.datedBesidePageNumbers);
  if (names.length >= 3 || (names.length >= 2 && names.some((key) => ROLE_LINE.test(key)))) for (const key of names) heads.delete(key);
  // "Operator" alone is the operator's label wherever it recurs, never a page's head.
  for (const key of names) if (ROLE_LINE.test(key)) heads.delete(key);
  return heads;
}

const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;
const ROLE_LINE = /^(?:operator|moderator|host|interviewer|question|answer|q|a)$/i;

const PAGE_NUMBER_REACH = 3;

/**
 * Whether a page number stands within a few lines of line i: on a line of its own, or printed
 * with the head ("Page 2 of 6 Transcript of Joint Press Conference | Prime Minister of Australia").
 */
function besidePageNumber(texts: readonly string[], i: number): boolean {
  for (let j = Math.max(0, i - PAGE_NUMBER_REACH); j <= Math.min(texts.length - 1, i + PAGE_NUMBER_REACH); j++) {
    const text = texts[j]!;
    if (j !== i && isPageNumberLine(text)) return true;
    if (text.length <= HEAD_MAX * 2 && PAGE_N_OF_M.test(text)) return true;
  }
  return false;
}

const PAGE_N_OF_M = /\bPage\s+\d{1,4}\s+of\s+\d{1,4}\b/i;

/**
 * By line index: the key of each line that could be a head whose key occurs `times` times or
 * more (null for the others), or no keys at all when no line could. Such lines are told by a
 * fingerprint the key shares with its line: the first and last letters (making the key changes
 * digits, spaces and punctuation, never letters). Lines that share one are keyed and counted
 * exactly; the rest, nearly every line of prose, are not keyed at all.
 */
function recurringKeys(texts: readonly string[], times: number): Keys {
  const slots = mapped(texts, (text) => (mayBeHead(text) ? fingerprint(text) : -1));
  let recurring = false;
  for (const slot of slots) {
    if (slot < 0) continue;
    if (fingerprintCounts[slot]! < 255) fingerprintCounts[slot]!++;
    if (fingerprintCounts[slot]! >= times) recurring = true;
  }
  const keys = recurring ? mapped(slots, (slot, i) => (slot >= 0 && fingerprintCounts[slot]! >= times ? headKey(texts[i]!) : null)) : NO_KEYS;
  for (const slot of slots) if (slot >= 0) fingerprintCounts[slot] = 0;
  return keys;
}

const NO_KEYS: Keys = [];

/** recurringKeys' counts, all zero between calls (it clears what it used). */
const fingerprintCounts = new Uint8Array(4096);

function fingerprint(text: string): number {
  let first = 0;
  while (first < text.length && !isLetterChar(text.charCodeAt(first))) first++;
  let last = text.length - 1;
  while (last > first && !isLetterChar(text.charCodeAt(last))) last--;
  // No letter at all: such lines share one fingerprint.
  if (first === text.length) return 0;
  return (Math.imul(text.charCodeAt(first), 0x9e3779b1) ^ Math.imul(text.charCodeAt(last), 0x85ebca6b)) >>> 20;
}

/** A head long enough to be recognised when glued to the start or end of a text line. */
function gluedPattern(text: string): RegExp | null {
  const words = text.replace(/\d+/g, ' ').trim();
  if (words.length < 12) return null;
  const body = words
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  return new RegExp(`^\\s*(?:\\d{1,4}\\s+)?${body}(?:\\s+\\d{1,4})?\\s+|\\s+(?:\\d{1,4}\\s+)?${body}(?:\\s+\\d{1,4})?\\s*$`, 'i');
}

/** Strips "Page 3 of 12" anywhere in the line (if it says "page" and a number) and known heads glued to its start or end. */
function removeGluedHeads(line: SourceLine, mentionsPage: boolean, heads: Map<string, Head>, changes: CleanupChange[]): SourceLine | null {
  let text = line.text;
  if (mentionsPage) {
    text = text.replace(PAGE_OF, (m, offset: number) => {
      changes.push({ rule: 'page-number', line: line.no, before: m.trim(), after: '', reason: 'page number glued into the text' });
      return offset === 0 || offset + m.length === line.text.length ? '' : ' ';
    });
  }
  for (const head of heads.values()) {
    if (!head.pattern) continue;
    const m = head.pattern.exec(text);
    if (!m) continue;
    changes.push({ rule: 'header-footer', line: line.no, before: m[0].trim(), after: '', reason: `${head.reason}, glued into the text` });
    text = text.slice(0, m.index) + (m.index === 0 ? '' : ' ') + text.slice(m.index + m[0].length);
  }
  if (text === line.text) return line;
  return text.trim() === '' ? null : { ...line, text: text.replace(/\s+$/, '') };
}
