// A stenographer's direction set apart after the words of a turn — "(The witness withdrew)",
// "*(A short break)*", "[Recess]", "(3.07 pm)" — tells what happened, nobody says it: it is
// narration. Only where it closes a turn: "(Laughter.)" between two paragraphs of an answer stays
// in the answer, which is still one turn.
import type { CleanTurn } from './assemble.ts';
import { UNHEARD } from './kinds.ts';

const DIRECTION = /^\s*(?:\*{1,2}|_{1,2})?\s*[([]([^()[\]\n]{2,80})[)\]]\s*(?:\*{1,2}|_{1,2})?\s*$/;

/** A label is only directions where it gives nine directions for every turn of words, or more. */
const DIRECTED_SHARE = 9;

function isDirection(paragraph: string): boolean {
  return paragraph.length <= 90 && DIRECTION.test(paragraph);
}

/**
 * The turns with the directions that close them taken out as narration turns after them; the turns
 * of a label that only ever gives directions are narration whole.
 */
export function withClosingDirectionsApart(turns: readonly CleanTurn[]): CleanTurn[] {
  if (!turns.some((t) => isDirection(t.paragraphs[t.paragraphs.length - 1] ?? ''))) return [...turns];
  const directionOnly = (t: CleanTurn) => t.paragraphs.length > 0 && !t.narration && !t.byLanguage && t.paragraphs.every((p) => isDirection(p));
  // A label that never says a word, only directions ("SYSTEM: [Applause]", and so its "[Crosstalk]" too), is nobody's;
  // a speaker's "(Laughs.)" between their words, or a reporter's one "[Inaudible]" question, is still their turn.
  // (Nearly never: one garbled row, "LaughterCrosstalk]", is no word said.)
  const said = new Map<string, number>();
  const directed = new Map<string, number>();
  for (const t of turns) {
    if (t.narration) continue;
    const tally = directionOnly(t) ? directed : said;
    tally.set(t.label, (tally.get(t.label) ?? 0) + 1);
  }
  const directing = new Set(turns.filter((t) => directionOnly(t) && !t.paragraphs.every((p) => UNHEARD.test(p))).map((t) => t.label));
  const nobodys = (t: CleanTurn) => directionOnly(t) && directing.has(t.label) && (said.get(t.label) ?? 0) * DIRECTED_SHARE <= (directed.get(t.label) ?? 0);
  const out: CleanTurn[] = [];
  for (const turn of turns) {
    if (nobodys(turn)) {
      out.push({ label: '', paragraphs: turn.paragraphs, startsAt: turn.startsAt, narration: true });
      continue;
    }
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
