// A post that quotes two stand-ups introduces the second with a line of its own in the middle of
// the transcript: "5月16日行政長官梁振英於行政會議前會見傳媒談話（前段部分省略）". That line tells of
// the event (narration), and what follows it, unlabelled, is said at the new event: it is a turn
// of its own, not the rest of the answer before the line.
import type { CleanTurn } from '../assemble.ts';

const DATED = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日/u;
const TELLS_OF_EVENT = /会见传媒|会见记者|记者会|发布会|吹风会|谈话|采访|答问|讲话|致辞/u;
// A sentence of speech ends in a full stop; a line that tells of the event ends without one, or in a note.
const ENDS_SPEECH = /[。！？!?][”」』]?$/u;
const MAX_LINE = 120;

function isSectionDateline(paragraph: string): boolean {
  const text = paragraph.trim();
  return text.length <= MAX_LINE && DATED.test(text) && TELLS_OF_EVENT.test(text) && !ENDS_SPEECH.test(text);
}

/** The turns with each section dateline inside one taken out as narration, the paragraphs after it a turn of their own. */
export function splitAtSectionDatelines(turns: readonly CleanTurn[]): CleanTurn[] {
  if (!turns.some((t) => t.paragraphs.some((p, i) => i > 0 && isSectionDateline(p)))) return [...turns];
  const out: CleanTurn[] = [];
  for (const turn of turns) {
    let from = 0;
    for (let i = 1; i < turn.paragraphs.length; i++) {
      if (!isSectionDateline(turn.paragraphs[i]!)) continue;
      out.push({ ...turn, paragraphs: turn.paragraphs.slice(from, i) });
      out.push({ label: '', paragraphs: [turn.paragraphs[i]!], startsAt: null, narration: true });
      from = i + 1;
    }
    const rest = turn.paragraphs.slice(from);
    if (from === 0) out.push(turn);
    else if (rest.length > 0) out.push({ ...turn, paragraphs: rest, startsAt: null });
  }
  return out;
}
