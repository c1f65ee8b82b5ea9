// How live objects are shown to the outside: what each audience may read.
import type { LiveTurn } from '../store/store.ts';

export function publicTurn(turn: LiveTurn) {
  return {
    seq: turn.seq,
    kind: turn.kind,
    speaker: turn.speaker,
    outlet: turn.outlet,
    replyTo: turn.replyTo,
    label: turn.label,
    text: turn.text,
    state: turn.state,
    revision: turn.revision,
    startsAt: turn.startsAt ?? null,
    endsAt: turn.endsAt ?? null,
  };
}

export type PublicTurn = ReturnType<typeof publicTurn>;
