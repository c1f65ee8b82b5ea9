// Paragraphs and labels to turns: a label starts a turn (even mid-paragraph, where a page
// started mid-flow); unlabelled paragraphs belong to the turn before them; what comes before
// the first label is the preamble (title block, dateline, narration).
import type { LabelHit, ParsedLabel } from './labels/index.ts';
import type { ParagraphLines, SourceLine } from './types.ts';
import { takeClosingFurniture } from './closing.ts';

export interface DraftTurn {
  parsed: ParsedLabel;
  /** Line number of the label. */
  line: number;
  /** Seconds from the start, when the label's line was stamped. */
  startsAt: number | null;
  paragraphs: ParagraphLines[];
}

export interface Segments {
  preamble: ParagraphLines[];
  turns: DraftTurn[];
  /** Markdown section headings between turns ("## Questions and answers"), taken out of them. */
  headings: SourceLine[];
  /** A closing mark and footers after the last words (closing.ts), taken out of the last turn. */
  closing: SourceLine[];
}

export function segment(paragraphs: readonly ParagraphLines[], hits: readonly LabelHit[]): Segments {
  // Hits come in reading order: one cursor walks them with the lines, no lookup per line.
  let next = 0;
  const preamble: ParagraphLines[] = [];
  const turns: DraftTurn[] = [];
  let owner: ParagraphLines[] = preamble;
  for (let p = 0; p < paragraphs.length; p++) {
    const lines = paragraphs[p]!;
    let open: SourceLine[] | null = null;
    for (let l = 0; l < lines.length; l++) {
      const line = lines[l]!;
      const hit = hits[next];
      if (hit !== undefined && hit.paragraph === p && hit.line === l) {
        next++;
        const turn: DraftTurn = { parsed: hit.parsed, line: line.no, startsAt: line.at ?? null, paragraphs: [] };
        turns.push(turn);
        owner = turn.paragraphs;
        open = [];
        owner.push(open);
        if (hit.parsed.body !== '') open.push(bodyOf(line, hit.parsed.body));
        continue;
      }
      if (open === null) {
        open = [];
        owner.push(open);
      }
      open.push(line);
    }
  }
  const headings: SourceLine[] = [];
  for (const turn of turns) {
    const spoken: ParagraphLines[] = [];
    if (turn.paragraphs.length === 1 && turn.paragraphs[0]!.length > 0 && !isSectionHeading(turn.paragraphs[0]!)) continue;
    for (const para of turn.paragraphs) {
      if (isSectionHeading(para)) headings.push(para[0]!);
      else if (para.length > 0) spoken.push(para);
    }
    turn.paragraphs = spoken;
  }
  const last = turns[turns.length - 1];
  const closing = last ? takeClosingFurniture(last.paragraphs) : [];
  dropClosingTimestamp(last);
  return { preamble: preamble.filter((para) => para.length > 0), turns, headings, closing };
}

/** The line with only the words after its label; it no longer opens a page. */
function bodyOf(line: SourceLine, body: string): SourceLine {
  const piece: SourceLine = { no: line.no, text: body, page: line.page, pageStart: false };
  if (line.at !== undefined) piece.at = line.at;
  return piece;
}

const MARKDOWN_HEADING = /^#{1,6}\s+\S/;
// "**QUESTIONS FROM THE FLOOR**": a bold line in capitals, a heading set in bold.
const BOLD_CAPITALS_HEADING = /^\s*(?:\*\*|__)[^*_\p{Ll}]*\p{Lu}{2}[^*_\p{Ll}]*(?:\*\*|__)\s*$/u;

/** A Markdown heading inside the record structures it; it is not anyone's words. */
function isSectionHeading(paragraph: ParagraphLines): boolean {
  return paragraph.length === 1 && (MARKDOWN_HEADING.test(paragraph[0]!.text) || BOLD_CAPITALS_HEADING.test(paragraph[0]!.text));
}

// US government transcripts end with "END 2:14 P.M. EST" (or the time alone): a timestamp, not
// the last speaker's words.
const CLOSING_TIMESTAMP = /^\s*(?:END\s+)?\d{1,2}:\d{2}\s*[AaPp]\.?\s?[Mm]\.?(?:\s+[A-Z]{2,4})?\s*$/;

function dropClosingTimestamp(last: DraftTurn | undefined): void {
  const paragraph = last?.paragraphs[last.paragraphs.length - 1];
  if (paragraph?.length === 1 && CLOSING_TIMESTAMP.test(paragraph[0]!.text)) last!.paragraphs.pop();
}
