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
