// Cleans one paragraph at a time, in this order: glyphs inside lines, line-end hyphens, OCR
// letter confusions, empty brackets and lone quotes, then reflow. Every change is reported
// with the input line it came from. With cleaning off, lines are only reflowed.
import type { CleanupChange, ParagraphLines, SourceLine } from '../types.ts';
import { isLetterChar } from '../chars.ts';
import { DocumentWords, endsWithSplit } from './evidence.ts';
import { loneOpeningQuotes, normalizeGlyphs, removeEmptyBrackets } from './glyphs.ts';
import { decideLineEndHyphen } from './hyphenation.ts';
import { applyRepairs, findOcrRepairs, repairFor, type OcrRepair } from './ocr.ts';
import { reflow } from './reflow.ts';

export { removeRunningHeads } from './headers.ts';

interface Piece {
  no: number;
  text: string;
  page: number;
  pageStart: boolean;
}

const LEADING_WORD = /^(\p{L}+)\S*/u;

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
    const pieces: Piece[] = lines.map((l) => ({ no: l.no, text: l.text.trim(), page: l.page, pageStart: l.pageStart }));
    if (!this.clean) return reflow(pieces.map((p) => p.text), { collapseSpaces: false });
    for (const piece of pieces) this.fixGlyphs(piece);
    this.joinLineEndHyphens(pieces);
    for (const piece of pieces) this.repairOcr(piece);
    for (const piece of pieces) this.dropEmptyBrackets(piece);
    this.dropLoneQuotes(pieces);
    return reflow(pieces.map((p) => p.text), { collapseSpaces: true });
  }

  private evidence(): DocumentWords {
    this.words ??= DocumentWords.fromLines(this.documentLines);
    return this.words;
  }

  private report(rule: CleanupChange['rule'], line: number, before: string, after: string, reason: string): void {
    this.changes.push({ rule, line, before, after, reason });
  }

  private fixGlyphs(piece: Piece): void {
    const { text, changes } = normalizeGlyphs(piece.text);
    piece.text = text;
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
      current.text = decision.join ? stem + start[0] : `${stem}-${start[0]}`;
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
    if (!pieces.some((p) => p.text.includes('‘') || p.text.includes('“'))) return;
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
        const word = /^\S*/u.exec(piece.text.slice(offset, offset + 40))![0];
        this.report('glyph', piece.no, word, word.slice(1), 'an opening quote that never closes in the paragraph: OCR debris');
        kept.push(piece.text.slice(from, offset));
        from = offset + 1;
      }
      kept.push(piece.text.slice(from));
      piece.text = kept.join('');
    }
  }
}
