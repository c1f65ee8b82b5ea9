// The kind of each turn, and which question an answer replies to.
//   narration     unlabelled opening prose
//   statement     the principal (or another official) speaking with no question open
//   question      a journalist's turn, follow-ups included
//   answer        a turn after a question by someone who is not a journalist or moderator
//   moderation    a moderator's turn; it closes the open question
//   interjection  a short remark by someone else in the middle of an answer
import type { TurnKind } from '../domain/record.ts';
import { hasAtMostWords, type Part } from './participants.ts';

export interface KindInput {
  part: Part | 'narrator';
  text: string;
}

export interface KindResult {
  kind: TurnKind;
  replyTo: number | null;
}

const SHORT_REMARK_WORDS = 12;
const SHORT_OFFICIAL_WORDS = 25;

export function assignKinds(turns: readonly KindInput[]): KindResult[] {
  const results: KindResult[] = [];
  let openQuestion: number | null = null;
  turns.forEach((turn, i) => {
    const seq = i + 1;
    if (turn.part === 'narrator') {
      results.push({ kind: 'narration', replyTo: null });
    } else if (turn.part === 'moderator') {
      openQuestion = null;
      results.push({ kind: 'moderation', replyTo: null });
    } else if (isInterjection(turns, i)) {
      results.push({ kind: 'interjection', replyTo: null });
    } else if (turn.part === 'journalist') {
      openQuestion = seq;
      results.push({ kind: 'question', replyTo: null });
    } else if (openQuestion !== null) {
      results.push({ kind: 'answer', replyTo: openQuestion });
    } else {
      results.push({ kind: 'statement', replyTo: null });
    }
  });
  return results;
}

/** A short remark between two turns of the principal, by a journalist (not asking) or anyone else. */
function isInterjection(turns: readonly KindInput[], i: number): boolean {
  const turn = turns[i]!;
  if (turn.part === 'principal') return false;
  if (turn.part === 'interpreter') return true;
  if (turns[i - 1]?.part !== 'principal' || turns[i + 1]?.part !== 'principal') return false;
  if (turn.part === 'journalist') return hasAtMostWords(turn.text, SHORT_REMARK_WORDS) && !/[?？]/.test(turn.text);
  return hasAtMostWords(turn.text, SHORT_OFFICIAL_WORDS);
}
