// The bulk path (bulk-save.ts) must leave the database as saving the records one by one does, with
// the turn trigger writing the search index: the same rows, the same search documents, the same
// words in the full-text index at the same places.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import SQLite from 'better-sqlite3';
import type { ConferenceRecord } from '../../domain/record.ts';
import { bilingualRecord, harbourDaily, sampleRecord } from '../../../test/support/records.ts';
import { tempDir } from '../../../test/support/tmp.ts';
import type { Store } from '../store.ts';
import { searchTextPart } from '../../search/index-text.ts';
import { openSqliteStore } from './open.ts';

const dir = tempDir();
const AT = '2026-01-02T03:04:05.000Z';

function records(): ConferenceRecord[] {
  const renamed = sampleRecord({ title: 'Second briefing' }); // the same slug: gets a suffix
  renamed.turns[2]!.outlet = { ...harbourDaily, name: 'HARBOUR DAILY' }; // the registry's outlet, named otherwise
  renamed.turns[2]!.text.en = 'Prefixes: harbourmaster, harbours, harbouring.';
  const newOutlet = bilingualRecord();
  newOutlet.turns[4]!.outlet = { name: 'Lantern Radio', aliases: ['LR'], country: null, origin: 'foreign' };
  newOutlet.turns[5]!.text.zh = ''; // a blank language is not indexed
  return [sampleRecord(), renamed, newOutlet];
}

/** A record stored first and marked as the demo: its outlets are demo outlets until a real record names one. */
async function demoFirst(store: Store): Promise<void> {
  const demo = sampleRecord({ slug: 'before' });
  demo.turns[2]!.outlet = { name: 'Quiet Gazette', aliases: [], country: null, origin: 'domestic' };
  const { id } = await store.conferences.saveRecord(demo, { contentHash: 'before' }, AT);
  await store.conferences.markDemo(id);
}

/** Everything the two paths must agree on, with random ids replaced by slugs. */
function contents(path: string) {
  const db = new SQLite(path);
  try {
    db.exec(`CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, search_fts, instance)`);
    const all = (sql: string) => db.prepare(sql).all();
    return {
      conferences: all(`SELECT slug, title, status, content_hash, principals, created_at FROM conferences ORDER BY slug`),
      turns: all(`SELECT c.slug, t.seq, t.kind, t.speaker, t.speaker_name, t.outlet, o.name AS registry_outlet, t.outlet_name, t.text, t.updated_at, t.state
                  FROM turns t JOIN conferences c ON c.id = t.conference_id LEFT JOIN outlets o ON o.id = t.outlet_id ORDER BY c.slug, t.seq`),
      outlets: all(`SELECT name, name_key, aliases, country, origin, demo FROM outlets ORDER BY name`),
      docs: all(`SELECT c.slug, d.seq, d.lang, d.kind, d.speaker, d.outlet, d.origin, d.date, d.status
                 FROM search_docs d JOIN conferences c ON c.id = d.conference_id ORDER BY c.slug, d.seq, d.lang`),
      words: all(`SELECT c.slug, d.seq, d.lang, w.term, w.col, w.offset FROM temp.words w JOIN search_docs d ON d.id = w.doc
                  JOIN conferences c ON c.id = d.conference_id ORDER BY c.slug, d.seq, d.lang, w.col, w.offset, w.term`),
      deferred: db.prepare(`SELECT count(*) FROM search_deferred`).pluck().get(),
      docIdsInOrder:
        (db
          .prepare(
            `SELECT count(*) FROM search_docs a JOIN search_docs b ON b.id > a.id WHERE (b.conference_id, b.seq) < (a.conference_id, a.seq) AND b.conference_id = a.conference_id`,
          )
          .pluck()
          .get() as number) === 0,
    };
  } finally {
    db.close();
  }
}

test('a batch stored in bulk reads back, and is indexed, exactly as records saved one by one', async () => {
  const one = join(dir, 'one-by-one.db');
  const bulk = join(dir, 'bulk.db');
  const [first, second, third] = records();
  const byOne = await openSqliteStore(one);
  await demoFirst(byOne);
  for (const [i, record] of [first!, second!].entries()) await byOne.conferences.saveRecord(record, { contentHash: `h${i}` }, AT);
  await byOne.conferences.saveRecord(third!, { contentHash: 'after' }, AT);
  await byOne.close();

  const inBulk = await openSqliteStore(bulk);
  await demoFirst(inBulk);
  const bad = bilingualRecord();
  bad.turns[1]!.seq = bad.turns[0]!.seq; // the database refuses it half-way
  const results = await inBulk.conferences.saveRecords(
    [
      { record: first!, options: { contentHash: 'h0' } },
      { record: bad, options: { contentHash: 'bad' } },
      { record: second!, options: { contentHash: 'h1' } },
      { record: first!, options: { contentHash: 'h0' } },
    ],
    AT,
  );
  assert.deepEqual(
    results.map((r) => r.status),
    ['created', 'failed', 'created', 'duplicate'],
  );
  // After the batch the trigger indexes each new turn again.
  await inBulk.conferences.saveRecord(third!, { contentHash: 'after' }, AT);
  await inBulk.close();

  const expected = contents(one);
  const got = contents(bulk);
  assert.ok(expected.words.length > 100);
  assert.equal(got.deferred, 0, 'the trigger is back for every later write');
  assert.ok(expected.docs.some((d) => (d as { lang: string }).lang === 'zh'));
  assert.deepEqual(
    expected.outlets.map((o) => [(o as { name: string }).name, (o as { demo: number }).demo]),
    [
      ['Harbour Daily', 0],
      ['Lantern Radio', 0],
      ['North Wire', 0],
      ['Quiet Gazette', 1],
    ],
  );
  assert.deepEqual(got, expected);
});

test('a search finds what a batch stored, prefixes and Chinese included', async () => {
  const store = await openSqliteStore(join(dir, 'found.db'));
  try {
    await store.conferences.saveRecords(
      records().map((record, i) => ({ record, options: { contentHash: `f${i}` } })),
      AT,
    );
    const raw = new SQLite(join(dir, 'found.db'), { readonly: true });
    const count = (match: string) => raw.prepare(`SELECT count(*) FROM search_fts WHERE search_fts MATCH ?`).pluck().get(match);
    assert.equal(count('harbourmaster'), 1);
    assert.equal(count('har*'), 4); // "Harbours" in each opening, "harbourmaster"
    assert.equal(count('码头'), 2);
    raw.close();
  } finally {
    await store.close();
  }
});

test('a connection that knows nothing of bulk loads (an older presser) still writes turns, indexed by the trigger', async () => {
  const path = join(dir, 'older.db');
  const store = await openSqliteStore(path);
  const [saved] = await store.conferences.saveRecords([{ record: sampleRecord(), options: { contentHash: 'o' } }], AT);
  await store.close();
  const older = new SQLite(path);
  try {
    older.function('presser_search_text', { deterministic: true }, searchTextPart); // what every presser registers
    older
      .prepare(`INSERT INTO turns (conference_id, seq, kind, label, text, updated_at) VALUES (?, 99, 'statement', NULL, ?, ?)`)
      .run((saved as { id: string }).id, JSON.stringify({ en: 'A lighthouse keeper' }), AT);
    assert.equal(older.prepare(`SELECT count(*) FROM search_docs WHERE seq = 99`).pluck().get(), 1);
    assert.equal(older.prepare(`SELECT count(*) FROM search_fts WHERE search_fts MATCH 'lighthouse'`).pluck().get(), 1);
  } finally {
    older.close();
  }
});
