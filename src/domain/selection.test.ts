import assert from 'node:assert/strict';
import { test } from 'node:test';
import { a, archive, harbourDaily, ivo, makeRecord, minister, northWire, q } from '../../test/support/research-records.ts';
import { narrowRecord, narrowsTurns } from './selection.ts';

const first = () => archive()[0]!;

test('without turn filters the record is untouched', () => {
  const record = first();
  assert.equal(narrowsTurns({ conferences: ['x'], from: '2024-01-01' }), false);
  assert.equal(narrowRecord(record, { conferences: [] }), record);
});

test("outlet keeps that outlet's questions with their answers, matched by name or alias in any case", () => {
  for (const outlet of ['harbour daily', 'HARBOUR DAILY']) {
    const narrowed = narrowRecord(first(), { conferences: [], outlet })!;
    assert.deepEqual(
      narrowed.turns.map((t) => t.seq),
      [2, 3],
      outlet,
    );
  }
  assert.deepEqual(
    narrowRecord(first(), { conferences: [], outlet: 'nw' })!.turns.map((t) => t.seq),
    [4, 5],
  );
  assert.equal(narrowRecord(first(), { conferences: [], outlet: 'Nobody Weekly' }), null);
});

test('origin keeps questions from outlets of that origin; speaker keeps their turns and the questions they answered', () => {
  assert.deepEqual(
    narrowRecord(first(), { conferences: [], origin: 'foreign' })!.turns.map((t) => t.seq),
    [4, 5],
  );
  const byMinister = narrowRecord(first(), { conferences: [], speaker: minister.name.toLowerCase() })!;
  assert.deepEqual(
    byMinister.turns.map((t) => t.seq),
    [1, 2, 3, 4, 5],
  );
  assert.deepEqual(
    narrowRecord(first(), { conferences: [], speaker: ivo.name })!.turns.map((t) => t.seq),
    [4, 5],
  );
  assert.ok(
    narrowRecord(first(), { conferences: [], speaker: ivo.name })!.people.some((p) => p.name === minister.name),
    'principals stay listed',
  );
});

test('lang keeps only that language and the turns that have it; the record then speaks that language', () => {
  const record = makeRecord('x', '2024-01-01', [q(harbourDaily, { en: 'Ferries?', zh: '渡轮？' }), a({ en: 'Soon.' }), q(northWire, { zh: '关税？' })], {
    languages: ['en', 'zh'],
  });
  const zh = narrowRecord(record, { conferences: [], lang: 'zh' })!;
  assert.deepEqual(
    zh.turns.map((t) => [t.seq, Object.keys(t.text)]),
    [
      [1, ['zh']],
      [3, ['zh']],
    ],
  );
  assert.deepEqual(zh.conference.languages, ['zh']);
  assert.equal(narrowRecord(record, { conferences: [], lang: 'fr' }), null);
});
