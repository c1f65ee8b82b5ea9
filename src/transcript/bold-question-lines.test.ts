// A question set wholly in bold with the answer's label on the very next line, no blank line between
// ("**1、海港电台记者林一：…？**" over "王港长：…"), as minutes kept in Markdown print them (our own words).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const turnsOf = (text: string) =>
  importTranscript(Buffer.from(text))
    .record.turns.filter((t) => t.kind !== 'narration')
    .map((t) => [t.kind, t.speaker?.name ?? null, Object.values(t.text)[0]]);

describe('a bold question over the answer’s label on the next line', () => {
  it('parts the two in Chinese minutes', () => {
    const text = [
      '**港务访谈纪要**\n2031年4月2日',
      '**1、海港电台记者林一：新码头什么时候启用？**\n王港长：明年春天启用。',
      '**2、林一：会延误吗？**\n王港长：不会。',
    ].join('\n\n');
    assert.deepEqual(turnsOf(text), [
      ['question', '海港电台记者林一', '新码头什么时候启用？'],
      ['answer', '王港长', '明年春天启用。'],
      ['question', '林一', '会延误吗？'],
      ['answer', '王港长', '不会。'],
    ]);
  });

  it('parts the two in English', () => {
    const text = ['Harbour Talk', '**Q: When does the new quay open?**\nMayor Quill: Next spring.', '**Q: Will it be late?**\nMayor Quill: No.'].join('\n\n');
    assert.deepEqual(
      turnsOf(text).map(([kind, , said]) => [kind, said]),
      [
        ['question', 'When does the new quay open?'],
        ['answer', 'Next spring.'],
        ['question', 'Will it be late?'],
        ['answer', 'No.'],
      ],
    );
  });
});
