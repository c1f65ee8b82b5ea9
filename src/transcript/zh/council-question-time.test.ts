// A legislature's question time in Chinese (zh-council-question-time.txt, our own words): the chair
// calls each question, members ("…議員") question the official, and the record closes on the time the
// council adjourned.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from '../fixtures/read.ts';
import { importTranscript } from '../import.ts';

describe('a council’s question time', () => {
  const { record } = importTranscript(fixture('zh-council-question-time.txt'));

  it('has every member question the official, a follow-up on the answer included', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['moderation', '主席'],
        ['question', '林海議員'],
        ['answer', '港務局局長'],
        ['question', '安娜議員'],
        ['answer', '港務局局長'],
        ['moderation', '主席'],
        ['question', '高山議員'],
        ['answer', '港務局局長'],
      ],
    );
  });

  it('keeps the adjournment out of the last answer', () => {
    assert.equal(record.turns.filter((t) => t.kind === 'answer').at(-1)?.text.zh, '主席，我們正在研究，明年會有結果。');
  });
});
