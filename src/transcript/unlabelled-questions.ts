// Questions printed without a label where only the answers carry one ("Corrin: …" under a plain
// "Will the ferry run on Sunday?", or a bold "**What motivated you?**" over "__Shazia__: …"). The
// labels are all the officials'; a paragraph that closes a turn and asks, right before the same
// official's label again, is someone else asking, and so is a wholly bold paragraph there. A
// question inside an answer is followed by more of the answer, so it is never the turn's last.
import { ENDS_ASKING } from './cast-evidence.ts';
import { identityType } from './identity.ts';
import { label, type ParsedLabel } from './labels/types.ts';
import type { DraftTurn, Segments } from './segment.ts';
import type { ParagraphLines } from './types.ts';
import { hasAtMostWords } from './word-count.ts';

/** The placeholder label of a question that had none; the record prints no label for it. */
export const UNPRINTED_QUESTION = 'Q';
const MIN_QUESTIONS = 2;
const MAX_OFFICIALS = 3;
const MAX_QUESTION_WORDS = 120;
// "**What motivated you?**", "__WONA- What motivated you?__": wholly bold, perhaps with the asker's name first.
const WHOLLY_BOLD = /^\s*(\*\*|__)(?:([\p{Lu}][\p{L}\d!.&'’ ]{0,30}?)\s*[-–—:]\s+)?(\S[\s\S]*?)\1\s*$/u;

interface Question {
  parsed: ParsedLabel;
  paragraph: ParagraphLines;
}

/** The segments with the unlabelled questions made turns of their own, or null when the document is not printed that way. */
export function withUnlabelledQuestions(segments: Segments): Pick<Segments, 'preamble' | 'turns'> | null {
  const { turns, preamble } = segments;
  const labels = new Set(turns.map((t) => t.parsed.label));
  if (turns.length < MIN_QUESTIONS || labels.size > MAX_OFFICIALS) return null;
  for (const printed of labels) {
    const type = identityType(printed);
    if (type !== 'person' && type !== 'answerer') return null;
  }
  // The question closing each turn (and the preamble), when the same official speaks next.
  const closing = turns.map((turn, k) => {
    const next = turns[k + 1];
    const last = turn.paragraphs[turn.paragraphs.length - 1];
    if (!next || !last || turn.paragraphs.length < 2) return null;
    return questionIn(last, next.parsed.label === turn.parsed.label);
  });
  const lastOfPreamble = preamble[preamble.length - 1];
  const opening = lastOfPreamble && turns[0] ? questionIn(lastOfPreamble, true) : null;
  const found = closing.filter((q) => q !== null).length + (opening ? 1 : 0);
  // Most answers follow a question: two at least, and one for every three turns.
  if (found < MIN_QUESTIONS || found * 3 < turns.length) return null;
  const out: DraftTurn[] = [];
  if (opening) out.push(questionTurn(opening));
  turns.forEach((turn, k) => {
    const question = closing[k];
    if (!question) {
      out.push(turn);
      return;
    }
    out.push({ ...turn, paragraphs: turn.paragraphs.slice(0, -1) });
    out.push(questionTurn(question));
  });
  return { preamble: opening ? preamble.slice(0, -1) : preamble, turns: out };
}

/** The paragraph as a question: wholly bold (perhaps after the asker's name), or, before the same label again, ending on a question mark. */
function questionIn(paragraph: ParagraphLines, sameLabelNext: boolean): Question | null {
  const text = paragraph.map((line) => line.text).join('\n');
  if (!hasAtMostWords(text, MAX_QUESTION_WORDS)) return null;
  const bold = text.includes('**') || text.includes('__') ? WHOLLY_BOLD.exec(text) : null;
  if (bold) return { parsed: label(askerLabel(bold[2]?.trim()), bold[3]!), paragraph };
  if (sameLabelNext && ENDS_ASKING.test(text)) return { parsed: label(UNPRINTED_QUESTION, text), paragraph };
  return null;
}

/** The asker printed before the question: "WONA" (a publication's initials) asks for it, as "Q (WONA)" does; a name is that person. */
function askerLabel(printed: string | undefined): string {
  if (!printed) return UNPRINTED_QUESTION;
  return /^[\p{Lu}\d!&]{2,8}$/u.test(printed) ? `${UNPRINTED_QUESTION} (${printed})` : printed;
}

function questionTurn({ parsed, paragraph }: Question): DraftTurn {
  const first = paragraph[0]!;
  return { parsed, line: first.no, startsAt: first.at ?? null, paragraphs: [[{ ...first, text: parsed.body }]] };
}
