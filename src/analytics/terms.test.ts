import assert from 'node:assert/strict';
import { test } from 'node:test';
import { archive, harbourDaily, makeRecord, q } from '../../test/support/research-records.ts';
import { keyness, logLikelihood } from './keyness.ts';
import { halfwayDate, risingAndFallingTerms } from './terms.ts';

test('keyness: positive for a word more frequent in B, zero when both use it alike', () => {
  const up = keyness(2, 1000, 20, 1000);
  assert.ok(up.logOdds > 0 && up.z > 1.96 && up.g2 > 0);
  const down = keyness(20, 1000, 2, 1000);
  assert.ok(Math.abs(down.z + up.z) < 1e-9, 'symmetric');
  const same = keyness(10, 1000, 20, 2000);
  assert.ok(Math.abs(same.z) < 1e-9 && Math.abs(same.g2) < 1e-9);
  // G² by hand: E = 11 each; 2·(2 ln(2/11) + 20 ln(20/11)).
  assert.ok(Math.abs(logLikelihood(2, 1000, 20, 1000) - 2 * (2 * Math.log(2 / 11) + 20 * Math.log(20 / 11))) < 1e-9);
});

test('the halfway date splits the conferences as evenly as the dates allow', () => {
  assert.equal(halfwayDate(['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01']), '2024-03-01');
  assert.equal(halfwayDate(['2024-01-01', '2024-01-01', '2024-01-01', '2024-05-01']), '2024-05-01');
  assert.equal(halfwayDate(['2024-01-01', '2024-01-01']), null);
});

test('terms: ferries fall and tariffs rise after the split, per language, stop words left out', () => {
  const chart = risingAndFallingTerms(archive(), { splitAt: '2024-03-01', minCount: 3 });
  assert.equal(chart.splitAt, '2024-03-01');
  assert.deepEqual([chart.before.conferences, chart.after.conferences, chart.before.from, chart.after.to], [2, 1, '2024-01-10', '2024-03-05']);
  const rising = chart.rows.filter((r) => r.direction === 'rising');
  const falling = chart.rows.filter((r) => r.direction === 'falling');
  assert.equal(rising[0]!.term, 'tariffs');
  assert.deepEqual([rising[0]!.before, rising[0]!.after, rising[0]!.lang], [0, 8, 'en']);
  assert.equal(falling[0]!.term, 'ferries');
  assert.ok(
    falling.every((r, i) => i === 0 || falling[i - 1]!.z <= r.z),
    'falling: most negative first',
  );
  assert.ok(!chart.rows.some((r) => ['the', 'and', 'on'].includes(r.term)), 'stop words are left out');
  assert.equal(risingAndFallingTerms(archive(), { top: 1 }).rows.length, 2);
});

test('terms: a notice instead of rows when the periods cannot be compared', () => {
  const one = [makeRecord('x', '2024-01-01', [q(harbourDaily, 'Ferries ferries ferries?')])];
  assert.match(risingAndFallingTerms(one).notice!, /two dates/);
  assert.match(risingAndFallingTerms(archive(), { splitAt: '2030-01-01' }).notice!, /no conferences from 2030-01-01/);
});
