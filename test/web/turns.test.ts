import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyTurnEvent, currentTurn, shownLanguages, type PublicTurn } from '../../web/lib/turns.ts';

const opened = (seq: number, kind: PublicTurn['kind'] = 'statement'): PublicTurn => ({
  seq,
  kind,
  speaker: null,
  outlet: null,
  replyTo: null,
  label: null,
  text: {},
  state: 'open',
  revision: 0,
  startsAt: null,
  endsAt: null,
});

test('a turn grows piece by piece and is trimmed when finalized', () => {
  let turns = applyTurnEvent([], 'turn.opened', opened(1));
  turns = applyTurnEvent(turns, 'turn.text', { seq: 1, lang: 'en', append: 'Good morning. ' });
  turns = applyTurnEvent(turns, 'turn.text', { seq: 1, lang: 'en', append: 'The quay opens.' });
  turns = applyTurnEvent(turns, 'turn.text', { seq: 1, lang: 'zh', append: '早上好。' });
  assert.deepEqual(turns[0]!.text, { en: 'Good morning. The quay opens.', zh: '早上好。' });
  assert.equal(currentTurn(turns)?.seq, 1);
  turns = applyTurnEvent(applyTurnEvent(turns, 'turn.text', { seq: 1, lang: 'en', append: '  ' }), 'turn.finalized', { seq: 1 });
  assert.equal(turns[0]!.text.en, 'Good morning. The quay opens.');
  assert.equal(currentTurn(turns), null);
});

test('turns stay in seq order; a correction replaces the turn; unknown events change nothing', () => {
  let turns = applyTurnEvent([opened(1)], 'turn.opened', opened(3));
  turns = applyTurnEvent(turns, 'turn.opened', opened(2, 'question'));
  assert.deepEqual(
    turns.map((t) => t.seq),
    [1, 2, 3],
  );
  const corrected = { ...opened(2, 'question'), text: { en: 'Fixed.' }, state: 'final' as const, revision: 1 };
  turns = applyTurnEvent(turns, 'turn.corrected', { turn: corrected, by: 'Tess' });
  assert.deepEqual(turns[1], corrected);
  assert.equal(applyTurnEvent(turns, 'queue.changed', {}), turns);
  assert.equal(applyTurnEvent(turns, 'turn.text', { seq: 9, lang: 'en', append: 'x' }), turns);
});

test('languages shown: the conference order, else what the turn has', () => {
  assert.deepEqual(shownLanguages({ ...opened(1), text: { zh: '好', en: 'Good' } }, ['en', 'zh']), ['en', 'zh']);
  assert.deepEqual(shownLanguages({ ...opened(1), text: { fr: 'Bon' } }, ['en']), ['fr']);
});
