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

describe('an interview report in numbered sections, each heading a topic and its subtitle over a question', () => {
  const text = [
    '只对准一个码头冲锋',
    '1、成功密码：坚持只做一件事',
    '记者：港务局成功的秘诀是什么？',
    '',
    '林海：只做码头这一件事。',
    '',
    '2、坚守码头：中心是有理想',
    '记者：您动摇过吗？',
    '',
    '林海：没有。',
    '',
    '三、不要大拆大建，要一步一步来',
    '',
    '港务局调度中心 安娜：改革怎么推进？',
    '',
    '林海：分步走。',
  ].join('\n');
  const { record } = importTranscript(Buffer.from(text));

  it('sets each heading apart, no one’s label, and keeps every question its reporter’s', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.label, t.text.zh]),
      [
        ['question', '记者', '港务局成功的秘诀是什么？'],
        ['answer', '林海', '只做码头这一件事。'],
        ['question', '记者', '您动摇过吗？'],
        ['answer', '林海', '没有。'],
        ['question', '港务局调度中心 安娜', '改革怎么推进？'],
        ['answer', '林海', '分步走。'],
      ],
    );
    assert.equal(record.conference.title, '只对准一个码头冲锋');
  });
});
