// Cleans one paragraph at a time, in this order: glyphs inside lines, line-end hyphens, OCR
// letter confusions, empty brackets and lone quotes, then reflow. Every change is reported
// with the input line it came from. With cleaning off, lines are only reflowed.
import type { CleanupChange, ParagraphLines, SourceLine } from '../types.ts';
import { isLetterChar } from '../chars.ts';
import { DocumentWords, endsWithSplit } from './evidence.ts';
import { loneOpeningQuotes, normalizeGlyphs, removeEmptyBrackets } from './glyphs.ts';
import { decideLineEndHyphen } from './hyphenation.ts';
import { applyRepairs, findOcrRepairs, repairFor, type OcrRepair } from './ocr.ts';
import { collapseSpaces, reflow } from './reflow.ts';
import { BRACKET, GLYPH, QUOTE, screen, SPACING } from './screen.ts';
import { mapped } from '../arrays.ts';
import { leadingWhitespace } from '../labels/types.ts';

export { removeRunningHeads, runningHeadDate } from './headers.ts';

interface Piece {
  no: number;
  text: string;
  page: number;
  pageStart: boolean;
  /** Which steps may have anything to do (screen.ts); may say more than the text needs, never less. */
  flags: number;
}

// "[…]", "(...)", "<…>": the editor's mark of words left out.
const ELISION = /^\s*[[(<‹]\s*(?:…|\.{3})\s*[\])>›]\s*$/;
const BRACKETED_HEADING = /^\s*【[^【】]{1,16}】\s*$/;
const QUOTE_MARK = /^\s*>[ \t]?/;

/** ">" after the line's leading spaces, read by character code (this runs for every paragraph). */
function opensQuotation(text: string): boolean {
  return text.charCodeAt(leadingWhitespace(text)) === 0x3e;
}
const QUOTED_DIRECTION = /^\s*>\s*[（(][^（）()]{1,40}[）)]\s*$/;
const LEADING_WORD = /^(\p{L}+)\S*/u;
const FIRST_WORD = /^\S*/u;

/**
 * LEADING_WORD.exec(text) as [match, letters]: the letters that open the line and whatever
 * follows them up to a space ("dia." of "dia. Then ..."). Read by hand when the line starts in
 * ASCII, as nearly all do; anything else goes to the regex.
 */
function leadingWord(text: string): [string, string] | null {
  let letters = 0;
  while (letters < text.length && isAsciiLetter(text.charCodeAt(letters))) letters++;
  let end = letters;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (c >= 0x80) return regexLeadingWord(text);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) break;
  }
  if (letters === 0) return text.length > 0 && text.charCodeAt(0) >= 0x80 ? regexLeadingWord(text) : null;
  return [text.slice(0, end), text.slice(0, letters)];
}

function regexLeadingWord(text: string): [string, string] | null {
  const m = LEADING_WORD.exec(text);
  return m ? [m[0], m[1]!] : null;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** The letters that end the text ("... reju" → "reju"), at most 60 of them. */
function lastLetters(text: string): string {
  let i = text.length;
  while (i > 0 && text.length - i < 60 && isLetterChar(text.charCodeAt(i - 1))) i--;
  return text.slice(i);
}

export class ParagraphCleaner {
  private words: DocumentWords | null = null;
  private ocrRepairs: Map<number, OcrRepair[]> | null = null;

  constructor(
    private readonly documentLines: readonly SourceLine[],
    private readonly clean: boolean,
    readonly changes: CleanupChange[],
  ) {}

  /** The paragraph as one line of text. */
  text(lines: ParagraphLines): string {
    if (!this.clean)
      return reflow(
        mapped(lines, (l) => l.text),
        { collapseSpaces: false },
      );
    const words = this.evidence();
    // "[…]" on a line of its own: the editor's mark of words left out, not anyone's words.
    if (lines.length === 1 && ELISION.test(lines[0]!.text)) {
      const only = lines[0]!;
      this.report('header-footer', only.no, only.text.trim(), '', 'an editor’s mark of words left out, not speech');
      return '';
    }
    // "> （播放影片）", "> (Video plays)": a stage direction the transcript sets apart as a quotation;
    // "【答記者問環節】": a Chinese page's section heading.
    if (lines.length === 1 && (QUOTED_DIRECTION.test(lines[0]!.text) || BRACKETED_HEADING.test(lines[0]!.text))) {
      const only = lines[0]!;
      this.report('header-footer', only.no, only.text.trim(), '', 'a stage direction set apart, not speech');
      return '';
    }
    // "> Yes, I think …": words set as a Markdown quotation, the quotation mark no part of them.
    if (opensQuotation(lines[0]!.text) && lines.every((l) => QUOTE_MARK.test(l.text)))
      lines = mapped(lines, (l) => ({ ...l, text: l.text.replace(QUOTE_MARK, '') }));
    // One line that needs no step (most one-line turns): the line itself, trimmed, with nothing built.
    if (lines.length === 1) {
      const only = lines[0]!;
      this.ocrRepairs ??= findOcrRepairs(words);
      if (words.lineFlags(only.no) === 0 && !this.ocrRepairs.has(only.no)) return only.text.trim();
    }
    const pieces: Piece[] = mapped(lines, (l) => {
      const text = l.text.trim();
      // A piece is its line or part of it (a label's words): the line's flags cover it.
      return { no: l.no, text, page: l.page, pageStart: l.pageStart, flags: words.lineFlags(l.no) ?? screen(text) };
    });
    let flags = 0;
    for (const piece of pieces) if (piece.flags & GLYPH) this.fixGlyphs(piece);
    this.joinLineEndHyphens(pieces);
    for (const piece of pieces) this.repairOcr(piece);
    for (const piece of pieces) if (piece.flags & BRACKET) this.dropEmptyBrackets(piece);
    for (const piece of pieces) flags |= piece.flags;
    if (flags & QUOTE) this.dropLoneQuotes(pieces);
    // Runs of spaces are collapsed here, only in the lines that have them.
    return reflow(
      mapped(pieces, (p) => (p.flags & SPACING ? collapseSpaces(p.text) : p.text)),
      { collapseSpaces: false },
    );
  }

  /** Once every paragraph is cleaned: the index's memory goes to the next document (a later text() builds it again). */
  release(): void {
    this.words?.release();
    this.words = null;
    this.ocrRepairs = null;
  }

  private evidence(): DocumentWords {
    this.words ??= DocumentWords.fromLines(this.documentLines);
    return this.words;
  }

  private report(rule: CleanupChange['rule'], line: number, before: string, after: string, reason: string): void {
    this.changes.push({ rule, line, before, after, reason });
  }

  /**
   * A step that may leave a run of spaces behind (dropping a character between two) screens the
   * line again; steps that only take text out, or put letters in for letters, keep its flags.
   */
  private rescreen(piece: Piece, text: string): void {
    if (text === piece.text) return;
    piece.text = text;
    piece.flags = screen(text);
  }

  private fixGlyphs(piece: Piece): void {
    const { text, changes } = normalizeGlyphs(piece.text);
    this.rescreen(piece, text);
    for (const c of changes) this.report('glyph', piece.no, c.before, c.after, c.reason);
  }

  private joinLineEndHyphens(pieces: Piece[]): void {
    for (let k = 0; k < pieces.length - 1; k++) {
      const current = pieces[k]!;
      if (!endsWithSplit(current.text) || current.text.endsWith('--')) continue;
      const next = pieces[k + 1]!;
      const start = leadingWord(next.text);
      const stem = current.text.slice(0, -1);
      const head = lastLetters(stem);
      if (!start || head === '') continue;
      const tail = start[1];
      const soft = current.text.endsWith('\u00ad');
      const decision = decideLineEndHyphen(head, tail, this.evidence(), soft);
      // The whole first word of the next line moves up, with any punctuation that follows it.
      current.text = decision.join ? stem + start[0] : `${stem}-${start[0]}`;
      current.flags |= screen(start[0]);
      next.text = next.text.slice(start[0].length).trimStart();
      const after = decision.join ? head + tail : `${head}-${tail}`;
      const reason = next.pageStart || next.page !== current.page ? `${decision.reason}; split across a page break` : decision.reason;
      this.report(decision.join ? 'hyphen-join' : 'hyphen-keep', current.no, `${head}-/${tail}`, after, reason);
      if (decision.join) this.repairJoinedWord(current, after);
    }
  }

  /** A word made whole by a join was never in the document's index: check it for OCR slips here. */
  private repairJoinedWord(piece: Piece, word: string): void {
    const repair = repairFor(word, this.evidence());
    if (repair) this.applyOcr(piece, [repair]);
  }

  private repairOcr(piece: Piece): void {
    this.ocrRepairs ??= findOcrRepairs(this.evidence());
    const repairs = this.ocrRepairs.get(piece.no);
    if (repairs) this.applyOcr(piece, repairs);
  }

  private applyOcr(piece: Piece, repairs: readonly OcrRepair[]): void {
    const { text, applied } = applyRepairs(piece.text, repairs);
    piece.text = text;
    for (const r of applied) this.report('ocr-confusion', piece.no, r.before, r.after, r.reason);
  }

  private dropEmptyBrackets(piece: Piece): void {
    const { text, changes } = removeEmptyBrackets(piece.text);
    piece.text = text;
    for (const c of changes) this.report('glyph', piece.no, c.before, c.after, c.reason);
  }

  private dropLoneQuotes(pieces: Piece[]): void {
    const lone = loneOpeningQuotes(mapped(pieces, (piece) => piece.text));
    // The quotes come in reading order: each line is rebuilt once, however many it loses.
    for (let k = 0; k < lone.length; ) {
      const p = lone[k]![0];
      const piece = pieces[p]!;
      let kept = '';
      let from = 0;
      for (; k < lone.length && lone[k]![0] === p; k++) {
        const offset = lone[k]![1];
        const word = FIRST_WORD.exec(piece.text.slice(offset, offset + 40))![0];
        this.report('glyph', piece.no, word, word.slice(1), 'an opening quote that never closes in the paragraph: OCR debris');
        kept += piece.text.slice(from, offset);
        from = offset + 1;
      }
      this.rescreen(piece, kept + piece.text.slice(from));
    }
  }
}
