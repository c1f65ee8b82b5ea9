import type { ConferenceRecord, Turn } from './record.ts';

/** A question and the answer(s) that reply to it, as research corpora pair them. */
export interface Exchange {
  question: Turn;
  answers: Turn[];
}

/** Pairs each question with the turns whose replyTo names it, in record order. */
export function exchanges(record: Pick<ConferenceRecord, 'turns'>): Exchange[] {
  const bySeq = new Map<number, Exchange>();
  const result: Exchange[] = [];
  for (const turn of record.turns) {
    if (turn.kind === 'question') {
      const exchange = { question: turn, answers: [] };
      bySeq.set(turn.seq, exchange);
      result.push(exchange);
    } else if (turn.replyTo !== null) {
      bySeq.get(turn.replyTo)?.answers.push(turn);
    }
  }
  return result;
}
