// A reporter's question printed with no label under an official's answer, where that official's label
// comes again next ("Mr. President, would you give us your appraisal …?" then "THE PRESIDENT. Yes, …"):
// it addresses the official by office and asks, so it is a question of its own, not the answer's end.
// The same label twice in a row is the evidence that someone spoke between.
import { ADDRESS, QUESTION_END } from './addressed.ts';
import { identityType } from './identity.ts';
import { label } from './labels/types.ts';
import type { DraftTurn } from './segment.ts';
import { UNPRINTED_QUESTION } from './unlabelled-questions.ts';
import { hasAtMostWords } from './word-count.ts';

const MAX_QUESTION_WORDS = 120;
// The office addressed, then a comma: "Mr. President, …", "Madam Secretary, …" (not "President Smith said …").
const ADDRESSED = new RegExp(`${ADDRESS.source},`, ADDRESS.flags);

/** The turns with each such closing question made a turn of its own, or null when there is none. */
export function withAddressedQuestions(turns: readonly DraftTurn[]): DraftTurn[] | null {
  let changed = false;
  const out: DraftTurn[] = [];
  for (let t = 0; t < turns.length; t++) {
    const turn = turns[t]!;
    const last = turn.paragraphs[turn.paragraphs.length - 1];
    if (turn.paragraphs.length < 2 || !last || turns[t + 1]?.parsed.label !== turn.parsed.label || identityType(turn.parsed.label) === 'questioner') {
      out.push(turn);
      continue;
    }
    const text = last.map((line) => line.text.trim()).join(' ');
    if (!ADDRESSED.test(text) || !QUESTION_END.test(text) || !hasAtMostWords(text, MAX_QUESTION_WORDS)) {
      out.push(turn);
      continue;
    }
    const first = last[0]!;
    out.push({ ...turn, paragraphs: turn.paragraphs.slice(0, -1) });
    out.push({ parsed: label(UNPRINTED_QUESTION, first.text), line: first.no, startsAt: first.at ?? null, paragraphs: [last] });
    changed = true;
  }
  return changed ? out : null;
}
