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

export { removeRunningHeads } from './headers.ts';

interface Piece {
  no: number;
  text: string;
  page: number;
  pageStart: boolean;
  /** What screen() found in `text`: which steps have anything to do. */
  flags: number;
}

const LEADING_WORD = /^(\p{L}+)\S*/u;
const FIRST_WORD = /^\S*/u;

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
    if (!this.clean) return reflow(lines.map((l) => l.text), { collapseSpaces: false });
    const pieces: Piece[] = lines.map((l) => {
      const text = l.text.trim();
      return { no: l.no, text, page: l.page, pageStart: l.pageStart, flags: screen(text) };
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
      pieces.map((p) => (p.flags & SPACING ? collapseSpaces(p.text) : p.text)),
      { collapseSpaces: false },
    );
  }

  private evidence(): DocumentWords {
    this.words ??= DocumentWords.fromLines(this.documentLines);
    return this.words;
  }

  private report(rule: CleanupChange['rule'], line: number, before: string, after: string, reason: string): void {
    this.changes.push({ rule, line, before, after, reason });
  }

  /** Every step that changes a line's text calls this, so the flags stay true to the text. */
  private setText(piece: Piece, text: string): void {
    if (text === piece.text) return;
    piece.text = text;
    piece.flags = screen(text);
  }

  private fixGlyphs(piece: Piece): void {
    const { text, changes } = normalizeGlyphs(piece.text);
    this.setText(piece, text);
    for (const c of changes) this.report('glyph', piece.no, c.before, c.after, c.reason);
  }

  private joinLineEndHyphens(pieces: Piece[]): void {
    for (let k = 0; k < pieces.length - 1; k++) {
      const current = pieces[k]!;
      if (!endsWithSplit(current.text) || current.text.endsWith('--')) continue;
      const next = pieces[k + 1]!;
      const start = LEADING_WORD.exec(next.text);
      const stem = current.text.slice(0, -1);
      const head = lastLetters(stem);
      if (!start || head === '') continue;
      const tail = start[1]!;
      const soft = current.text.endsWith('\u00ad');
      const decision = decideLineEndHyphen(head, tail, this.evidence(), soft);
      // The whole first word of the next line moves up, with any punctuation that follows it.
      this.setText(current, decision.join ? stem + start[0] : `${stem}-${start[0]}`);
      this.setText(next, next.text.slice(start[0].length).trimStart());
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
    this.setText(piece, text);
    for (const r of applied) this.report('ocr-confusion', piece.no, r.before, r.after, r.reason);
  }

  private dropEmptyBrackets(piece: Piece): void {
    const { text, changes } = removeEmptyBrackets(piece.text);
    this.setText(piece, text);
    for (const c of changes) this.report('glyph', piece.no, c.before, c.after, c.reason);
  }

  private dropLoneQuotes(pieces: Piece[]): void {
    const offsetsByPiece = new Map<number, number[]>();
    for (const [p, offset] of loneOpeningQuotes(pieces.map((piece) => piece.text))) {
      const offsets = offsetsByPiece.get(p) ?? [];
      offsets.push(offset);
      offsetsByPiece.set(p, offsets);
    }
    // Each line is rebuilt once, however many quotes it loses.
    for (const [p, offsets] of offsetsByPiece) {
      const piece = pieces[p]!;
      const kept: string[] = [];
      let from = 0;
      for (const offset of offsets) {
        const word = FIRST_WORD.exec(piece.text.slice(offset, offset + 40))![0];
        this.report('glyph', piece.no, word, word.slice(1), 'an opening quote that never closes in the paragraph: OCR debris');
        kept.push(piece.text.slice(from, offset));
        from = offset + 1;
      }
      kept.push(piece.text.slice(from));
      this.setText(piece, kept.join(''));
    }
  }
}
