import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SearchCollector, type Collected } from './search-collect.ts';

function collect(rows: [number, number, string | null, string | null, string | null][], keep: number, facetSize = 25): Collected {
  const c = new SearchCollector();
  for (const [rank, id, speaker, outlet, date] of rows) c.add(rank, id, speaker, outlet, date, keep, facetSize);
  return JSON.parse(c.result()) as Collected;
}

test('keeps the best ranks (lowest bm25, then lowest id) however many matches pass', () => {
  const rows = Array.from({ length: 5000 }, (_, i) => [((i * 7919) % 1000) / 10, i + 1, null, null, null] as [number, number, null, null, null]);
  const { top, total } = collect(rows, 10);
  assert.equal(total, 5000);
  const expected = rows
    .map(([rank, id]) => [rank, id])
    .sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!)
    .slice(0, 10);
  assert.deepEqual(top, expected);
});

test('counts speakers, outlets and years, most frequent first, cut to the facet size', () => {
  const out = collect(
    [
      [-1, 1, 'Mei Lin', 'North Wire', '2024-03-07'],
      [-2, 2, 'Mei Lin', null, '2023-11-02'],
      [-3, 3, 'Ada Holt', 'Harbour Daily', '2024-01-01'],
      [-4, 4, 'Ivo Brandt', 'North Wire', null],
    ],
    2,
    2,
  );
  assert.deepEqual(out.speakers, [
    ['Mei Lin', 2],
    ['Ada Holt', 1],
  ]);
  assert.deepEqual(out.outlets, [
    ['North Wire', 2],
    ['Harbour Daily', 1],
  ]);
  assert.deepEqual(out.years, [
    ['2024', 2],
    ['2023', 1],
  ]);
  assert.deepEqual(out.top, [
    [-4, 4],
    [-3, 3],
  ]);
});

test('no matches: nothing kept, zero total', () => {
  assert.deepEqual(JSON.parse(new SearchCollector().result()), { total: 0, top: [], speakers: [], outlets: [], years: [] });
});
