// Running headers and footers: page numbers alone on a line, "Page 3 of 12" (also glued into
// a line), and short lines that repeat at page edges — a book's title, a chapter name.
// Pages are known from form feeds; without them a head must repeat three times, once inside a
// paragraph's flow, to count.
import { isBlankText } from '../lines.ts';
import type { CleanupChange, SourceLine } from '../types.ts';

const PAGE_NUMBER_LINE = /^\s*[-–—]?\s*(?:(?:page|p\.)\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?\s*[-–—]?\s*$/i;
const ROMAN_PAGE_LINE = /^\s*[ivxlc]{1,6}\s*$/i;
const PAGE_OF = /\s*\bPage\s+\d{1,4}\s+of\s+\d{1,4}\b\s*/gi;
const HEAD_MAX = 80;
const HAS_LETTER = /\p{L}/u;
const EDGE_LINES = 2;

export function removeRunningHeads(lines: readonly SourceLine[], changes: CleanupChange[]): SourceLine[] {
  const pages = (lines[lines.length - 1]?.page ?? 0) + 1;
  const keys = lines.map((line) => headKey(line.text.trim()));
  const edges = pages > 1 ? pageEdgeLines(lines) : new Set<SourceLine>();
  const heads = pages > 1 ? headsAtPageEdges(lines, keys, edges, pages) : repeatedHeads(lines, keys);
  const firstText = lines.find((l) => !isBlankText(l.text));
  const kept: SourceLine[] = [];
  lines.forEach((line, i) => {
    if (isBlankText(line.text)) {
      kept.push(line);
      return;
    }
    const text = line.text.trim();
    if (isPageNumberLine(text) || (edges.has(line) && ROMAN_PAGE_LINE.test(text))) {
      changes.push({ rule: 'page-number', line: line.no, before: text, after: '', reason: 'a page number on a line of its own' });
      return;
    }
    const key = keys[i];
    const head = key ? heads.get(key) : undefined;
    // Without page breaks the first line may be the title that later runs as a head: keep it.
    if (head && (pages > 1 ? edges.has(line) : line !== firstText)) {
      changes.push({ rule: 'header-footer', line: line.no, before: text, after: '', reason: head.reason });
      return;
    }
    const unglued = removeGluedHeads(line, heads, changes);
    if (unglued !== null) kept.push(unglued);
  });
  return kept;
}

/** "12", "- 12 -", "Page 12", "12 / 40", "Page 12 of 40" alone on a line. */
function isPageNumberLine(text: string): boolean {
  return text.length <= 24 && /\d/.test(text) && PAGE_NUMBER_LINE.test(text);
}

interface Head {
  pattern: RegExp | null;
  reason: string;
}

/** Comparison key of a candidate head: case and page numbers ignored; null when it cannot be a head. */
function headKey(text: string): string | null {
  if (text.length < 3 || text.length > HEAD_MAX) return null;
  // Sentences, labels ("MS. SMITH:") and stage directions ("(Laughter.)") are not heads.
  if (HEAD_END_EXCLUDED.has(text.charCodeAt(text.length - 1)) || HEAD_START_EXCLUDED.has(text.charCodeAt(0))) return null;
  // Case is kept: running heads repeat exactly, and lowercasing every line costs.
  let key = /\d/.test(text) ? text.replace(/\d+/g, '#').replace(/^[#\s.|·•–—-]+|[#\s.|·•–—-]+$/g, '') : text;
  if (key.includes('  ') || key.includes('\t')) key = key.replace(/\s+/g, ' ');
  return key.length >= 3 ? key : null;
}

const HEAD_END_EXCLUDED = new Set([...'.?!:;,。？！：-'].map((c) => c.charCodeAt(0)));
const HEAD_START_EXCLUDED = new Set([...'([（'].map((c) => c.charCodeAt(0)));

function pageEdgeLines(lines: readonly SourceLine[]): Set<SourceLine> {
  const byPage = new Map<number, SourceLine[]>();
  for (const line of lines) {
    if (isBlankText(line.text)) continue;
    const list = byPage.get(line.page) ?? [];
    list.push(line);
    byPage.set(line.page, list);
  }
  const edges = new Set<SourceLine>();
  for (const list of byPage.values()) {
    for (const line of list.slice(0, EDGE_LINES)) edges.add(line);
    for (const line of list.slice(-EDGE_LINES)) edges.add(line);
  }
  return edges;
}

function headsAtPageEdges(lines: readonly SourceLine[], keys: readonly (string | null)[], edges: Set<SourceLine>, pages: number): Map<string, Head> {
  const seen = new Map<string, { pages: Set<number>; text: string }>();
  for (const [i, line] of lines.entries()) {
    const key = keys[i];
    if (!key || !edges.has(line)) continue;
    const entry = seen.get(key) ?? { pages: new Set<number>(), text: line.text.trim() };
    entry.pages.add(line.page);
    seen.set(key, entry);
  }
  const heads = new Map<string, Head>();
  for (const [key, { pages: on, text }] of seen) {
    if (on.size >= 2 && on.size >= pages * 0.25 && HAS_LETTER.test(key)) heads.set(key, { pattern: gluedPattern(text), reason: `running head repeated on ${on.size} pages` });
  }
  return heads;
}

function repeatedHeads(lines: readonly SourceLine[], keys: readonly (string | null)[]): Map<string, Head> {
  const seen = new Map<string, { count: number; inFlow: boolean; text: string }>();
  lines.forEach((line, i) => {
    const key = keys[i];
    if (!key) return;
    let entry = seen.get(key);
    if (!entry) seen.set(key, (entry = { count: 0, inFlow: false, text: line.text.trim() }));
    entry.count++;
    const before = lines[i - 1];
    const after = lines[i + 1];
    if (before && after && !isBlankText(before.text) && !isBlankText(after.text)) entry.inFlow = true;
  });
  const heads = new Map<string, Head>();
  for (const [key, { count, inFlow, text }] of seen) {
    if (count >= 3 && inFlow && HAS_LETTER.test(key)) heads.set(key, { pattern: gluedPattern(text), reason: `running head repeated ${count} times` });
  }
  return heads;
}

/** A head long enough to be recognised when glued to the start or end of a text line. */
function gluedPattern(text: string): RegExp | null {
  const words = text.replace(/\d+/g, ' ').trim();
  if (words.length < 12) return null;
  const body = words.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  return new RegExp(`^\\s*(?:\\d{1,4}\\s+)?${body}(?:\\s+\\d{1,4})?\\s+|\\s+(?:\\d{1,4}\\s+)?${body}(?:\\s+\\d{1,4})?\\s*$`, 'i');
}

/** Strips "Page 3 of 12" anywhere in the line and known heads glued to its start or end. */
function removeGluedHeads(line: SourceLine, heads: Map<string, Head>, changes: CleanupChange[]): SourceLine | null {
  let text = line.text;
  if (/page\s+\d/i.test(text)) {
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
