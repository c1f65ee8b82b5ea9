// A stenographer's direction set apart after the words of a turn — "(The witness withdrew)",
// "*(A short break)*", "[Recess]", "(3.07 pm)" — tells what happened, nobody says it: it is
// narration. Only where it closes a turn: "(Laughter.)" between two paragraphs of an answer stays
// in the answer, which is still one turn.
import type { CleanTurn } from './assemble.ts';

const DIRECTION = /^\s*(?:\*{1,2}|_{1,2})?\s*[([]([^()[\]\n]{2,80})[)\]]\s*(?:\*{1,2}|_{1,2})?\s*$/;

function isDirection(paragraph: string): boolean {
  return paragraph.length <= 90 && DIRECTION.test(paragraph);
}

/** The turns with the directions that close them taken out as narration turns after them. */
export function withClosingDirectionsApart(turns: readonly CleanTurn[]): CleanTurn[] {
  if (!turns.some((t) => t.paragraphs.length > 1 && isDirection(t.paragraphs[t.paragraphs.length - 1]!))) return [...turns];
  const out: CleanTurn[] = [];
  for (const turn of turns) {
    let end = turn.paragraphs.length;
    while (end > 1 && isDirection(turn.paragraphs[end - 1]!)) end--;
    if (turn.narration || end === turn.paragraphs.length || turn.byLanguage) {
      out.push(turn);
      continue;
    }
    out.push({ ...turn, paragraphs: turn.paragraphs.slice(0, end) });
    out.push({ label: '', paragraphs: turn.paragraphs.slice(end), startsAt: null, narration: true });
  }
  return out;
}
