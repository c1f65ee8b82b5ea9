// A Chinese interview whose key to its marks stands on one line ("**問：記者 　　林：林海**"), the
// answerer's mark the first character of his name, and whose lead says which medium he told
// ("林海向北岸新聞表示"): zh-one-line-key.md, our own words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from '../fixtures/read.ts';
import { importTranscript } from '../import.ts';

describe('an interview with its marks’ key on one line', () => {
  const { record } = importTranscript(fixture('zh-one-line-key.md'));

  it('takes the key out, names the answerer, and gives the questions the medium the lead names', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['question', null, '北岸新聞'],
        ['answer', '林海', null],
        ['question', null, '北岸新聞'],
        ['answer', '林海', null],
        ['question', null, '北岸新聞'],
        ['answer', '林海', null],
      ],
    );
  });
});
