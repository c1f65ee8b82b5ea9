// The record as the live stream changes it. Pure functions over immutable lists, shared by the
// public page and the consoles, and tested without a browser.
import type { PublicTurn } from '../../src/http/pages/page-data.ts';

export type { PublicTurn };
export { attribution, paragraphs } from '../../src/domain/record.ts';

export const TURN_EVENTS = ['turn.opened', 'turn.text', 'turn.finalized', 'turn.corrected'] as const;

function replace(turns: readonly PublicTurn[], turn: PublicTurn): PublicTurn[] {
  const at = turns.findIndex((t) => t.seq === turn.seq);
  if (at >= 0) return turns.map((t, i) => (i === at ? turn : t));
  return [...turns, turn].sort((a, b) => a.seq - b.seq);
}

/** The turns after one event; the same list when the event is not about turns or names no known turn. */
export function applyTurnEvent(turns: readonly PublicTurn[], type: string, data: any): readonly PublicTurn[] {
  switch (type) {
    case 'turn.opened':
      return replace(turns, data as PublicTurn);
    case 'turn.corrected':
      return replace(turns, (data as { turn: PublicTurn }).turn);
    case 'turn.text': {
      const { seq, lang, append } = data as { seq: number; lang: string; append: string };
      const turn = turns.find((t) => t.seq === seq);
      return turn ? replace(turns, { ...turn, text: { ...turn.text, [lang]: (turn.text[lang] ?? '') + append } }) : turns;
    }
    case 'turn.finalized': {
      const turn = turns.find((t) => t.seq === (data as { seq: number }).seq);
      // The server trims a turn's text when it finalizes it; so do we.
      const text = turn ? Object.fromEntries(Object.entries(turn.text).map(([l, v]) => [l, v.trim()])) : {};
      return turn ? replace(turns, { ...turn, text, state: 'final' }) : turns;
    }
    default:
      return turns;
  }
}

/** The languages a turn is shown in, as the server's TurnView chooses them: the conference's that it has, else whatever it has. */
export function shownLanguages(turn: PublicTurn, languages: readonly string[]): string[] {
  const langs = languages.filter((l) => turn.text[l]);
  return langs.length > 0 ? langs : Object.keys(turn.text);
}

/** The turn being written: the last one still open. */
export function currentTurn(turns: readonly PublicTurn[]): PublicTurn | null {
  for (let i = turns.length - 1; i >= 0; i--) if (turns[i]!.state === 'open') return turns[i]!;
  return null;
}
