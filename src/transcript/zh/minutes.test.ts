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

describe('staff who name themselves and their department as they ask', () => {
  const text = [
    '港务局长与员工座谈纪要',
    '员工问：局长好，我是调度中心的林海，我想问新码头什么时候启用？',
    '局长：明年一季度。',
    '员工问：局长好，我是港务财务部安娜。票价会涨吗？',
    '局长：今年不涨。',
    '员工问：我是新华社记者，想问渡轮会增加吗？',
    '局长：会的。',
  ].join('\n\n');
  const { record } = importTranscript(Buffer.from(text));

  it('names each asker as they introduce themself, never the outlet of a reporter', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => t.speaker?.name ?? null),
      ['林海', '安娜', null],
    );
  });
});
