import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { archive } from '../../test/support/research-records.ts';
import { CHARTS, computeCharts, CSV_COLUMNS, csvOfChart } from './charts.ts';

test('every chart computes, and its CSV reads back with one row per JSON row under its documented header', () => {
  const charts = computeCharts(archive(), CHARTS, { splitAt: '2024-03-01' });
  for (const name of CHARTS) {
    const rows: string[][] = parse(csvOfChart(charts, name));
    assert.deepEqual(
      rows[0],
      CSV_COLUMNS[name].map(([header]) => header),
      name,
    );
    assert.equal(rows.length - 1, charts[name]!.rows.length, name);
    assert.ok(rows.length > 1, `${name} has rows`);
  }
  const outlets: string[][] = parse(csvOfChart(charts, 'outlets'));
  assert.deepEqual(outlets[1], ['Harbour Daily', 'domestic', 'XA', '3', '0.5', '3']);
});

test('only the charts asked for are computed', () => {
  assert.deepEqual(Object.keys(computeCharts(archive(), ['origins'])), ['origins']);
  assert.throws(() => csvOfChart({}, 'terms'), /not computed/);
});
