// Text to numbered lines. Form feeds (pdftotext puts one between pages) start a new page, and so
// does a page marker a text extractor prints instead ("=== PAGE 3 ===", "-- 3 of 18 --", "[Page 3]");
// a line split by a form feed keeps its number on both halves so reports point at the input.
import type { SourceLine } from './types.ts';

const LINE_BREAK = /\r\n|\r|\n/;

export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let page = 0;
  let pendingPageStart = false;
  // Splitting at one character is much cheaper than at a pattern; most text has only "\n".
  const rawLines = text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n');
  const formFeeds = text.includes('\f');
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i]!;
    const no = i + 1;
    if (!formFeeds || !raw.includes('\f')) {
      // The marker opens its page; the running-head cleaner takes it out.
      if (!formFeeds && isPageMarker(raw) && lines.length > 0) {
        page++;
        pendingPageStart = true;
      }
      lines.push(makeLine(no, raw, page, pendingPageStart));
      pendingPageStart = false;
      continue;
    }
    const pieces = raw.split('\f');
    pieces.forEach((piece, k) => {
      if (k > 0) {
        page++;
        pendingPageStart = true;
      }
      // The empty sides of a form feed ("\fHeader", "text\f") are not lines of their own.
      if (piece === '') return;
      lines.push(makeLine(no, piece, page, pendingPageStart));
      pendingPageStart = false;
    });
  }
  while (lines.length > 0 && isBlankText(lines[lines.length - 1]!.text)) lines.pop();
  return lines;
}

const PAGE_MARKER =
  /^\s*(?:(?:={2,}|-{2,}|\*{2,}|#{1,6}|\[|<)\s*page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?\s*(?:={2,}|-{2,}|\*{2,}|\]|>)?|-{2}\s*\d{1,4}\s+of\s+\d{1,4}\s*-{2})\s*$/i;

/** A text extractor's line between pages: "=== PAGE 3 ===", "--- Page 3 ---", "[Page 3]", "## Page 3", "-- 3 of 18 --". */
export function isPageMarker(text: string): boolean {
  if (text.length > 40) return false;
  const c = text.trimStart().charCodeAt(0);
  return (c === 0x3d || c === 0x2d || c === 0x2a || c === 0x23 || c === 0x5b || c === 0x3c) && PAGE_MARKER.test(text);
}

function makeLine(no: number, text: string, page: number, afterFormFeed: boolean): SourceLine {
  return { no, text, page, pageStart: afterFormFeed || hasPageStartSpace(text) };
}

/** Some OCR marks the first line of a page with a single leading space. */
export function hasPageStartSpace(text: string): boolean {
  return text.length > 1 && text.charCodeAt(0) === 0x20 && text.charCodeAt(1) !== 0x20 && text.charCodeAt(1) !== 0x09;
}

export function isBlank(line: SourceLine): boolean {
  return isBlankText(line.text);
}

export function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0b && c !== 0xa0 && c !== 0x3000 && c !== 0xfeff) return false;
  }
  return true;
}
