// Who a turn is attributed to, for corpora that need a speaker on every utterance. The record never
// invents a name (a question labelled only by its outlet has no speaker), so such a turn is
// attributed to its outlet, a turn with only a printed label to that label, and narration to the
// narrator.
import { nameKey, type Turn } from '../../../domain/record.ts';

export type SpeakerKind = 'person' | 'outlet' | 'label' | 'narrator';

export interface SpeakerRef {
  /** Identity across conferences: the same person, however their name was printed, has one key. */
  key: string;
  name: string;
  kind: SpeakerKind;
}

export const NARRATOR: SpeakerRef = { key: 'narrator:', name: '(narrator)', kind: 'narrator' };

export function speakerOf(turn: Turn): SpeakerRef {
  if (turn.speaker) return { key: `person:${nameKey(turn.speaker.name)}`, name: turn.speaker.name, kind: 'person' };
  if (turn.outlet) return { key: `outlet:${nameKey(turn.outlet.name)}`, name: turn.outlet.name, kind: 'outlet' };
  if (turn.label) return { key: `label:${nameKey(turn.label)}`, name: turn.label, kind: 'label' };
  return NARRATOR;
}
