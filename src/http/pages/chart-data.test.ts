import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LengthsChart } from '../../analytics/lengths.ts';
import { lengthHistogram, shortLabel } from './chart-data.ts';

test('every histogram group has the same bins, up to the longest group', () => {
  const lengths: LengthsChart = {
    binWidth: { words: 5, chars: 10 },
    summary: [],
    rows: [
      { kind: 'question', lang: 'en', unit: 'words', from: 0, to: 5, turns: 2 },
      { kind: 'question', lang: 'en', unit: 'words', from: 5, to: 10, turns: 1 },
      { kind: 'answer', lang: 'en', unit: 'words', from: 0, to: 5, turns: 0 },
      { kind: 'answer', lang: 'en', unit: 'words', from: 5, to: 10, turns: 0 },
      { kind: 'answer', lang: 'en', unit: 'words', from: 10, to: 15, turns: 4 },
      { kind: 'answer', lang: 'en', unit: 'chars', from: 0, to: 10, turns: 9 },
    ],
  };
  assert.deepEqual(lengthHistogram(lengths, 'words'), {
    bins: ['0–4', '5–9', '10–14'],
    groups: [
      { kind: 'question', lang: 'en', counts: [2, 1, 0] },
      { kind: 'answer', lang: 'en', counts: [0, 0, 4] },
    ],
  });
});

test('long labels are cut by characters, not code units', () => {
  assert.equal(shortLabel('International Maritime and Coastal Affairs', 10), 'Internati…');
  assert.equal(shortLabel('中华人民共和国外交部新闻司', 5), '中华人民…');
  assert.equal(shortLabel('Harbour Daily'), 'Harbour Daily');
});
