// A reporter who takes the floor unlabelled and names themself first ("Larry Elliott of the
// Harbour Gazette, there's quite an emphasis …", "Faisal Islam, BBC. Governor, …"), a paragraph
// printed on under the official's last answer: a question of their own, not more of the answer.
// The introduction is the evidence: a name at the paragraph's very start, then an outlet.
import { selfIntroduction } from './handoffs.ts';
import { identityType } from './identity.ts';
import { label } from './labels/types.ts';
import { looksLikeOutlet } from './outlets.ts';
import type { DraftTurn } from './segment.ts';
import type { ParagraphLines } from './types.ts';

/** The turns with each self-introduced reporter's paragraphs made a turn of their own, or null when there is none. */
export function withIntroducedAskers(turns: readonly DraftTurn[]): DraftTurn[] | null {
  let changed = false;
  const out: DraftTurn[] = [];
  for (let t = 0; t < turns.length; t++) {
    let current = turns[t]!;
    for (let p = 1; p < current.paragraphs.length; p++) {
      const asker = introducedAsker(current.paragraphs[p]!, current.parsed.label);
      if (!asker) continue;
      // Last in the turn, before a question under its own "Q:" ("Darlene Superville, Associated Press.", "Carol Lee
      // of Politico. Where is Carol?"): the official calling on the reporter, whose question is labelled.
      if (p === current.paragraphs.length - 1 && identityType(turns[t + 1]?.parsed.label ?? '') === 'questioner') continue;
      const paragraphs = current.paragraphs.slice(p);
      const first = paragraphs[0]![0]!;
      out.push({ ...current, paragraphs: current.paragraphs.slice(0, p) });
      current = { parsed: label(asker, first.text), line: first.no, startsAt: first.at ?? null, paragraphs };
      p = 0;
      changed = true;
    }
    out.push(current);
  }
  return changed ? out : null;
}

const OPENS_WITH_TWO_CAPITALISED = /^\s*\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}/u;

/** The name a paragraph opens with when it goes on to name an outlet, unless it is the turn's own speaker. */
function introducedAsker(paragraph: ParagraphLines, speaker: string): string | null {
  // Two capitalised words open it, or it introduces nobody (most paragraphs of an answer): settled without the reader.
  if (!OPENS_WITH_TWO_CAPITALISED.test(paragraph[0]?.text ?? '')) return null;
  const text = paragraph.map((line) => line.text).join(' ');
  const introduction = selfIntroduction(text);
  if (!introduction || !text.trimStart().startsWith(introduction.name)) return null;
  if (!looksLikeOutlet(introduction.outlet) || introduction.name.split(' ').length < 2) return null;
  const surname = introduction.name.split(' ').pop()!;
  return speaker.includes(surname) ? null : introduction.name;
}
