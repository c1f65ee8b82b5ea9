import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import SQLite from 'better-sqlite3';
import { averageLength, idfOf, idfRatio, occurrencesFromScore, phraseScore } from './bm25.ts';
import { NumberColumn, StringColumn } from './columns.ts';
import { averagesRecord, hexVarintSum, readVarints } from './fts5-records.ts';
import { intersect, seek, subtract, union } from './sorted-ids.ts';

describe('FTS5 records', () => {
  test('varints of one to nine bytes', () => {
    const db = new SQLite(':memory:');
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(body, extra, content='', contentless_delete=1)`);
    const long = Array.from({ length: 300 }, (_, i) => `w${i}`).join(' ');
    db.prepare('INSERT INTO t (rowid, body, extra) VALUES (?, ?, ?)').run(1, long, 'a b');
    db.prepare('INSERT INTO t (rowid, body, extra) VALUES (?, ?, ?)').run(2, 'x', '');
    const sizes = db.prepare('SELECT hex(sz) FROM t_docsize ORDER BY id').pluck().all() as string[];
    assert.deepEqual(sizes.map(hexVarintSum), [302, 1]);
    db.prepare('DELETE FROM t WHERE rowid = 2').run();
    // contentless_delete: the averages keep the deleted row, as bm25 then sees them.
    assert.deepEqual(averagesRecord(db.prepare('SELECT block FROM t_data WHERE id = 1').pluck().get() as Buffer), { rows: 2, tokens: 303 });
    assert.deepEqual(readVarints(Uint8Array.from([0x81, 0x00, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])), [128, 127, 2 ** 64 - 1]);
  });
});

describe('bm25', () => {
  test('the occurrences come back out of a one-phrase score', () => {
    const totals = { rows: 1000, tokens: 60_000 };
    const idf = idfOf(Math.log(idfRatio(totals, 37)));
    for (const f2 of [1, 2, 3, 4, 7, 40, 2001]) {
      for (const length of [1, 5, 60, 900]) {
        assert.equal(occurrencesFromScore(phraseScore(idf, f2, length, averageLength(totals)), idf, length, averageLength(totals)), f2);
      }
    }
    assert.equal(idfOf(Math.log(idfRatio(totals, 900))), 1e-6, 'a phrase in most rows');
  });
});

describe('sorted ids', () => {
  const a = Uint32Array.from([1, 3, 5, 7, 9, 200, 201, 5000]);
  const b = Uint32Array.from([2, 3, 4, 9, 201, 4999, 5000, 6000]);
  const set = (x: Uint32Array) => [...x];
  test('intersect, union, subtract, seek', () => {
    assert.deepEqual(set(intersect(a, b)), [3, 9, 201, 5000]);
    assert.deepEqual(set(union(a, b)), [1, 2, 3, 4, 5, 7, 9, 200, 201, 4999, 5000, 6000]);
    assert.deepEqual(set(subtract(a, b)), [1, 5, 7, 200]);
    assert.equal(seek(b, 10, 0), 4);
    assert.equal(seek(b, 7000, 2), 8);
    assert.equal(seek(b, 3, 1), 1);
  });
});

describe('columns', () => {
  test('numbers widen, strings share codes, null is 0', () => {
    const n = new NumberColumn(4);
    n.set(0, 3);
    n.set(1, 70_000);
    assert.ok(n.values instanceof Uint32Array);
    assert.deepEqual([...n.values], [3, 70_000, 0, 0]);
    const s = new StringColumn(4);
    s.set(0, 'Mei Lin');
    s.set(1, null);
    s.set(2, 'Mei Lin');
    assert.deepEqual(
      [0, 1, 2].map((slot) => s.get(slot)),
      ['Mei Lin', null, 'Mei Lin'],
    );
    assert.equal(s.codes.values[0], s.codes.values[2]);
    assert.equal(s.codes.values[1], 0);
  });
});
