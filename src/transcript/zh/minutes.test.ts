// A company's minutes of a talk with its staff (zh-minutes-keyed-questions.md, our own words): bold
// questions opened by their key ("**问题2：……**"), one of them long, answered under a label; the
// document's distribution fields and its date of issue after the last answer.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from '../fixtures/read.ts';
import { importTranscript } from '../import.ts';

describe('minutes with keyed bold questions', () => {
  const { record } = importTranscript(fixture('zh-minutes-keyed-questions.md'));

  it('reads every keyed question as a question, however long', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', '林总'],
        ['question', null],
        ['answer', '林总'],
        ['question', null],
        ['answer', '林总'],
        ['question', null],
        ['answer', '林总'],
      ],
    );
  });

  it('keeps the distribution fields and the date of issue out of the last answer and off the cast', () => {
    assert.equal(record.turns.filter((t) => t.kind === 'answer').at(-1)?.text.zh, '今年不涨。');
    assert.deepEqual(
      record.people.map((p) => p.name),
      ['林总'],
    );
  });
});
