// An interview translated into Chinese and reposted (our own words): the column's name and a bar before the
// headline that opens with the interviewee's name, the translator's note "按：…" above the exchange, and
// bare "问："/"答：" labels.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from '../import.ts';

const PAGE = [
  '---',
  'title: 访谈译文| 林海生：港口的未来在于准时',
  '---',
  '> 按：本文为海港大学林海生教授接受采访的译文，略有删节。',
  '',
  '问：新码头启用以后，港口会有什么变化？',
  '',
  '答：船会更准时，货也会更快离港。',
  '',
  '问：您最担心什么？',
  '',
  '答：我最担心的是人手不够。',
].join('\n');

describe('a translated interview under a column’s name, with the translator’s note', () => {
  const { record } = importTranscript(Buffer.from(PAGE));
  const spoken = record.turns.filter((t) => t.kind !== 'narration');

  it('keeps the note out of the turns and gives the answers to the one the headline names', () => {
    assert.deepEqual(
      spoken.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', null],
        ['answer', '林海生'],
        ['question', null],
        ['answer', '林海生'],
      ],
    );
    assert.ok(!record.people.some((p) => p.name === '按'));
  });
});

describe('an outlet whose name opens with an ordinal, as the asking label', () => {
  const text = [
    '专访港务局长：新码头明年启用',
    '**第一财经：**新码头什么时候启用？',
    '**王海：**明年春天启用。',
    '**第一财经：**会延误吗？',
    '**王海：**不会。',
  ].join('\n\n');
  const spoken = importTranscript(Buffer.from(text)).record.turns.filter((t) => t.kind !== 'narration');

  it('reads "第一财经：" as the outlet asking, not as "第一，…"', () => {
    assert.deepEqual(
      spoken.map((t) => [t.kind, t.speaker?.name ?? t.outlet?.name ?? null, t.text.zh]),
      [
        ['question', '第一财经', '新码头什么时候启用？'],
        ['answer', '王海', '明年春天启用。'],
        ['question', '第一财经', '会延误吗？'],
        ['answer', '王海', '不会。'],
      ],
    );
  });
});

describe('a programme’s dialogue of two guests the title names, the programme asking, each bold name over its colon', () => {
  const text = [
    '# 林海对话王川：港口的明天',
    '对谈｜林海x王川',
    '**海港之声**',
    '：今天的话题是港口的明天。两位怎么看？',
    '**王川**',
    '：我先说。人手够吗？这是我们要想的事情。',
    '**林海**',
    '：港口要更准时。船来了就要能靠岸，货来了就要能装船，人来了就要能上船。',
    '这几年我们一直在做这件事，做得还不够好，但是方向是对的。',
    '**海港之声**',
    '：那年轻人该怎么做？',
    '**王川**',
    '：多读书，也多交朋友。林老师怎么看？我很想听听。',
    '**林海**',
    '：多出海，多看看。年轻人要走出去，看看别的港口是怎么做的，再回来做自己的事情。',
  ].join('\n');
  const spoken = importTranscript(Buffer.from(text)).record.turns.filter((t) => t.kind !== 'narration');

  it('joins each name to its colon, and makes both guests answer', () => {
    assert.deepEqual(
      spoken.map((t) => [t.kind, t.speaker?.name ?? t.outlet?.name ?? null]),
      [
        ['question', '海港之声'],
        ['answer', '王川'],
        ['answer', '林海'],
        ['question', '海港之声'],
        ['answer', '王川'],
        ['answer', '林海'],
      ],
    );
    assert.equal(spoken[2]!.text.zh?.startsWith('港口要更准时。'), true);
  });
});
