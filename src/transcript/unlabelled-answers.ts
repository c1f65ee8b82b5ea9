// Answers printed without a label under questions set in bold ("**Reporter: Minister, will …?**"
// then the minister's words in plain paragraphs), in capitals or numbered, the one who answers named only in the title. The
// plain paragraphs after a bold question are not the reporter's: they are the answer, given here
// the answerer's placeholder ("A") so the principal the document names takes them.
import { isNumberedQuestion, isQuestionInCapitals, LIST_MARKER } from './bold-questions.ts';
import { identityType } from './identity.ts';
import { label } from './labels/types.ts';
import type { DraftTurn } from './segment.ts';
import { ENDS_ASKING, type SourceLine } from './types.ts';

/** The placeholder label of an answer that had none; the record prints no label for it. */
export const UNPRINTED_ANSWER = 'A';
const MIN_QUESTIONS = 2;
const BOLD_END = /(?:\*\*|__)\s*$/;
const BOLD_START = /^\s*(?:\*\*|__)/;
const TRAILING_EMPHASIS = /[*_]{1,2}\s*$/;

/**
 * The turns with each bold question's plain paragraphs made an answer of their own, or null when
 * the document is not printed that way: every label from the first question on a questioner's, at least MIN_QUESTIONS of
 * them bold questions with plain words after them.
 */
export function withUnlabelledAnswers(turns: readonly DraftTurn[], lines: readonly SourceLine[]): DraftTurn[] | null {
  // Every label from the first question on a questioner's (an opening statement under its own label may come first).
  const first = turns.findIndex((t) => identityType(t.parsed.label) === 'questioner');
  if (first < 0 || turns.length - first < MIN_QUESTIONS || !turns.slice(first).every((t) => identityType(t.parsed.label) === 'questioner')) return null;
  // The label's line as printed: the parsed question has its closing emphasis taken off.
  const printed = new Map<number, string>();
  for (const t of turns) printed.set(t.line, '');
  for (const line of lines) if (printed.has(line.no)) printed.set(line.no, line.text.replace(LIST_MARKER, ''));
  const starts = turns.map((t) => answerStart(t, printed.get(t.line) ?? ''));
  if (starts.filter((at) => at > 0).length < MIN_QUESTIONS) return null;
  return withAnswersSplitOff(turns, starts);
}

/** The index of the first plain paragraph after the bold question that opens the turn, or -1. */
function answerStart(turn: DraftTurn, labelLine: string): number {
  const paragraphs = turn.paragraphs;
  const first = paragraphs[0];
  const last = first?.[first.length - 1];
  const bold =
    (BOLD_START.test(labelLine) && (BOLD_END.test(labelLine) || (last !== undefined && BOLD_END.test(last.text)) || first?.length === 1)) ||
    // "Q: HOW DO YOU FEEL …?": a question set in capitals stands apart as a bold one does.
    (first?.length === 1 && isQuestionInCapitals(labelLine.replace(/^\s*Q:\s+/, ''))) ||
    // "1. When will …?": a numbered question, a paragraph of its own.
    (first !== undefined && last !== undefined && isNumberedQuestion(labelLine, last.text)) ||
    // "Q: Will the old quay close?" alone in its paragraph (an italic question so labelled): what follows answers it.
    (first?.length === 1 && ENDS_ASKING.test(labelLine.replace(TRAILING_EMPHASIS, '')));
  if (!bold || paragraphs.length < 2) return -1;
  const next = paragraphs.findIndex((p, i) => i > 0 && p.some((line) => line.text.trim() !== ''));
  return next > 0 && !BOLD_START.test(paragraphs[next]![0]!.text) ? next : -1;
}

/**
 * A reporter's question left unanswered where every other is answered under the answerer's label
 * ("澎湃新闻记者：…？" then the spokesperson's words with no "孟玮：" before them, then the next
 * reporter): the plain paragraphs after the asking one are the answer. Read only where askers'
 * labels (questioners and outlets) alternate with one answerer's label, used twice at least.
 */
export function withRunOnAnswers(turns: readonly DraftTurn[]): DraftTurn[] | null {
  const kinds = turns.map((t) => identityType(t.parsed.label));
  const asker = (k: number) => kinds[k] === 'questioner' || kinds[k] === 'outlet';
  const answerers = new Set<string>();
  let answered = 0;
  for (let k = 0; k + 1 < turns.length; k++) {
    if (!asker(k) || asker(k + 1)) continue;
    answerers.add(turns[k + 1]!.parsed.label);
    answered++;
  }
  if (answerers.size !== 1 || answered < MIN_QUESTIONS) return null;
  const starts = turns.map((turn, k) => (asker(k) && (k + 1 === turns.length || asker(k + 1)) ? runOnAnswerStart(turn) : -1));
  if (!starts.some((at) => at > 0)) return null;
  return withAnswersSplitOff(turns, starts);
}

/** The first paragraph after the question's asking ones, when none after it asks; or -1. */
function runOnAnswerStart(turn: DraftTurn): number {
  const texts = turn.paragraphs.map((p) => p.map((line) => line.text.trim()).join(' '));
  const asked = texts.findIndex((text, i) => (i === 0 ? ENDS_ASKING.test(turn.parsed.body || text) || ENDS_ASKING.test(text) : ENDS_ASKING.test(text)));
  if (asked < 0 || asked + 1 >= texts.length) return -1;
  let length = 0;
  for (let i = asked + 1; i < texts.length; i++) {
    if (ENDS_ASKING.test(texts[i]!)) return -1;
    length += texts[i]!.length;
  }
  // ("冇答", "(No answer.)": the reporter's note that none came, too short for an answer.)
  return length >= MIN_RUN_ON_ANSWER ? asked + 1 : -1;
}

const MIN_RUN_ON_ANSWER = 30;

/** Each turn with a start (> 0) cut there: the paragraphs from it on an answer of their own, under the placeholder label. */
function withAnswersSplitOff(turns: readonly DraftTurn[], starts: readonly number[]): DraftTurn[] {
  const out: DraftTurn[] = [];
  turns.forEach((turn, k) => {
    const at = starts[k]!;
    if (at <= 0) {
      out.push(turn);
      return;
    }
    const answer = turn.paragraphs.slice(at);
    out.push({ ...turn, paragraphs: turn.paragraphs.slice(0, at) });
    out.push({ parsed: label(UNPRINTED_ANSWER, ''), line: answer[0]![0]!.no, startsAt: null, paragraphs: answer });
  });
  return out;
}
