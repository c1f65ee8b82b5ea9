// The reporter's "Thank you, Mr. President." that closes a news conference, printed with no label
// under the principal's last answer (as some archives keep the Public Papers): the press's own last
// turn, not the principal thanking himself.
import { identityType } from './identity.ts';
import { label } from './labels/types.ts';
import type { DraftTurn } from './segment.ts';
import { UNPRINTED_QUESTION } from './unlabelled-questions.ts';

const CLOSING_THANKS =
  /^\s*Thank you(?: very much)?,?\s+(?:Mr\.?|Madam|Madame|Mrs\.?|Ms\.?)\s+(?:Vice\s+)?(?:President|Prime Minister|Secretary|Chairman|Chairwoman|Chair|Governor|Premier)[.!]?\s*$/;

/** The turns with a closing thanks under the last answer made the press's turn, or null where there is none. */
export function withClosingThanks(turns: readonly DraftTurn[]): DraftTurn[] | null {
  const last = turns[turns.length - 1];
  if (!last || last.paragraphs.length < 2) return null;
  const paragraph = last.paragraphs[last.paragraphs.length - 1]!;
  if (paragraph.length !== 1 || !CLOSING_THANKS.test(paragraph[0]!.text)) return null;
  // A reporter's own turn that ends in thanks stays theirs.
  const type = identityType(last.parsed.label);
  if (type !== 'person' && type !== 'answerer') return null;
  const line = paragraph[0]!;
  const thanks: DraftTurn = { parsed: label(UNPRINTED_QUESTION, line.text.trim()), line: line.no, startsAt: line.at ?? null, paragraphs: [[line]] };
  return [...turns.slice(0, -1), { ...last, paragraphs: last.paragraphs.slice(0, -1) }, thanks];
}
