// A broadcast interview plays recordings of others: "(BEGIN VIDEO CLIP)", a politician's words
// under their label, "(END VIDEO CLIP)". Whoever speaks only inside such clips neither asks nor
// answers at this event: their turns are kept, as someone else's, never the press's or the principal's.
import type { CastTurn } from './participants.ts';

const BEGIN_CLIP = /^\s*[([]?\s*(?:begin|start of)\s+(?:video|audio|sound|news)?\s*(?:clip|tape|footage|recording)\s*[)\]]?\s*$/i;
const END_CLIP = /^\s*[([]?\s*(?:end|end of)\s+(?:video|audio|sound|news)?\s*(?:clip|tape|footage|recording)\s*[)\]]?\s*$/i;

/** The cast with the speakers heard only inside clips made "other". */
export function withClipSpeakers(cast: CastTurn[], narration: readonly boolean[], texts: readonly string[]): void {
  if (!texts.some((text, i) => narration[i] && BEGIN_CLIP.test(text))) return;
  let inClip = false;
  const outside = new Set<string>();
  const inside = new Set<string>();
  for (let i = 0; i < cast.length; i++) {
    if (narration[i]) {
      if (BEGIN_CLIP.test(texts[i]!)) inClip = true;
      else if (END_CLIP.test(texts[i]!)) inClip = false;
      continue;
    }
    const name = cast[i]!.speaker?.name;
    if (name) (inClip ? inside : outside).add(name);
  }
  for (let i = 0; i < cast.length; i++) {
    const speaker = cast[i]!.speaker;
    if (!speaker || !inside.has(speaker.name) || outside.has(speaker.name)) continue;
    cast[i] = { part: 'other', speaker: { ...speaker, role: 'other' }, outlet: null, rule: 'other: heard only in a recording the programme plays' };
  }
}
