import assert from 'node:assert/strict';
import { test } from 'node:test';
import { archive } from '../../test/support/research-records.ts';
import { questionsPerOrigin } from './origins.ts';
import { questionsPerOutlet } from './outlets.ts';

test('questions per outlet: most first, shares of every question, conferences counted once', () => {
  const chart = questionsPerOutlet(archive());
  assert.equal(chart.questions, 6);
  assert.equal(chart.unattributed, 1);
  assert.deepEqual(
    chart.rows.map((r) => [r.outlet, r.origin, r.questions, r.conferences]),
    [
      ['Harbour Daily', 'domestic', 3, 3],
      ['North Wire', 'foreign', 1, 1],
      ['Rádio Sul', 'foreign', 1, 1],
    ],
  );
  assert.equal(chart.rows[0]!.share, 0.5);
  assert.deepEqual(
    questionsPerOutlet(archive(), 1).rows.map((r) => r.outlet),
    ['Harbour Daily'],
  );
  assert.deepEqual(questionsPerOutlet([]), { rows: [], questions: 0, unattributed: 0 });
});

test('questions per origin: all three origins, a question without an outlet counts as unknown', () => {
  const chart = questionsPerOrigin(archive());
  assert.deepEqual(
    chart.rows.map((r) => [r.origin, r.questions]),
    [
      ['domestic', 3],
      ['foreign', 2],
      ['unknown', 1],
    ],
  );
  assert.equal(chart.rows[1]!.share, 2 / 6);
  assert.deepEqual(
    questionsPerOrigin([]).rows.map((r) => r.share),
    [0, 0, 0],
  );
});
