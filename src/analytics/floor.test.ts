import assert from 'node:assert/strict';
import { test } from 'node:test';
import { archive, harbourDaily, makeRecord, q } from '../../test/support/research-records.ts';
import { autoBucket, floorOverTime } from './floor.ts';

test('by month: every month from the first to the last, empty ones too, one count per outlet', () => {
  const chart = floorOverTime(archive());
  assert.equal(chart.by, 'month');
  assert.deepEqual(
    chart.periods.map((p) => p.key),
    ['2024-01', '2024-02', '2024-03'],
  );
  const harbour = chart.series.find((s) => s.outlet === 'Harbour Daily')!;
  assert.deepEqual(harbour.counts, [2, 0, 1]);
  assert.deepEqual(chart.unattributed, [1, 0, 0]);
  assert.deepEqual(
    chart.rows.filter((r) => r.period === '2024-02').map((r) => r.questions),
    [0, 0, 0, 0],
  );
  assert.equal(chart.rows.length, 3 * 4, 'three outlets and the unattributed group per month');
});

test('top folds the other outlets into one group; within one month the periods are the conferences', () => {
  const chart = floorOverTime(archive(), { top: 1 });
  assert.deepEqual(
    chart.series.map((s) => s.outlet),
    ['Harbour Daily'],
  );
  assert.deepEqual(chart.others, [1, 0, 1]);
  assert.ok(chart.rows.some((r) => r.group === 'other' && r.period === '2024-03' && r.questions === 1));
  const january = archive().slice(0, 2);
  assert.equal(autoBucket(january), 'conference');
  assert.deepEqual(
    floorOverTime(january).periods.map((p) => p.key),
    ['2024-01-10-first', '2024-01-24-second'],
  );
  assert.equal(floorOverTime(archive(), { by: 'year' }).periods[0]!.key, '2024');
});

test('years beyond three years of months; undated conferences come last', () => {
  const records = [
    makeRecord('old', '2019-05-01', [q(harbourDaily, 'Old?')]),
    makeRecord('new', '2024-05-01', [q(harbourDaily, 'New?')]),
    makeRecord('none', null, [q(harbourDaily, 'When?')]),
  ];
  const chart = floorOverTime(records);
  assert.equal(chart.by, 'year');
  assert.deepEqual(
    chart.periods.map((p) => p.key),
    ['2019', '2020', '2021', '2022', '2023', '2024', 'undated'],
  );
  assert.deepEqual(chart.series[0]!.counts, [1, 0, 0, 0, 0, 1, 1]);
});
