// presser's search in its own process: store the corpus's turns in a SQLite file without the
// search index (migrations up to 0002), then open it as presser does, which runs 0003_search and
// builds the index from the stored turns: that is the build time. Then the in-memory table is
// loaded and the same queries go through search(), the function behind GET /api/search: a first
// round (each phrase's postings read from FTS5), two measured rounds, the SQL path for comparison
// (repositories bound to a transaction search with SQL only), and a round with a write before
// each search. Prints one JSON line with the figures.
//   node --expose-gc --import tsx bench/search/engine-presser.ts TURNS QUERIES.json DB_PATH
import { readFileSync, rmSync, statSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { search, type SearchResponse } from '../../src/app/search.ts';
import { ConferenceRepo } from '../../src/store/kysely/conferences.ts';
import { migrationProvider } from '../../src/store/migrations.ts';
import type { Database } from '../../src/store/schema.ts';
import type { Store } from '../../src/store/store.ts';
import { openSqliteStore } from '../../src/store/sqlite/open.ts';
import { Corpus } from './corpus.ts';
import type { BenchQuery } from './queries.ts';
import { memory, ms } from './stats.ts';
import { newConference } from '../../test/support/new-conference.ts';

const [turnsArg = '1000000', queriesPath = '', dbPath = 'bench-search.db', reuse] = process.argv.slice(2);
const corpus = new Corpus(Number(turnsArg));
const queries = JSON.parse(readFileSync(queriesPath, 'utf8')) as BenchQuery[];

const baseline = memory();

// With `reuse`, the file of an earlier run is searched as it is (no build figures).
if (!reuse) for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });

// 1. The turns, stored as the importer stores them, before search existed.
let started = process.hrtime.bigint();
if (!reuse) {
  const sqlite = new SQLite(dbPath);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = OFF');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  await new Migrator({ db, provider: migrationProvider }).migrateTo('0002_live');
  const conferences = new ConferenceRepo(db);
  let n = 0;
  for (const record of corpus.records()) await conferences.saveRecord(record, { contentHash: `bench-${n++}` }, new Date().toISOString());
  await db.destroy();
}
const storeMs = reuse ? NaN : ms(started);
const turnsBytes = statSync(dbPath).size;

// 2. Opening runs 0003_search: the index is built from the stored turns.
started = process.hrtime.bigint();
const store = await openSqliteStore(dbPath);
const indexMs = reuse ? NaN : ms(started);

// 3. The in-memory table, as the first search of a server starts loading it.
started = process.hrtime.bigint();
const startCpu = process.cpuUsage();
await store.search.warm();
const loadMs = ms(started);
const loadCpuMs = cpuMs(startCpu);

// 4. Live writes: a conference of 50 turns saved and deleted with the index following.
const extra = new Corpus(1000, 99);
started = process.hrtime.bigint();
let n = 0;
for (const record of extra.records())
  await store.conferences.saveRecord(
    { ...record, conference: { ...record.conference, slug: `extra-${n}` } },
    { contentHash: `extra-${n++}` },
    new Date().toISOString(),
  );
const insertPerTurnMs = ms(started) / extra.turns;
started = process.hrtime.bigint();
for (let i = 0; i < n; i++) await store.conferences.delete(`extra-${i}`);
const deletePerTurnMs = ms(started) / extra.turns;

const sizes = tableSizes(dbPath);

type Timings = { times: Record<string, number[]>; cpu: Record<string, number[]> };
const timings = (): Timings => ({ times: {}, cpu: {} });
const cold = timings();
const warm = timings();
const viaSql = timings();
const writing = timings();
const totals: Record<string, number[]> = {};
const sqlStore = { ...store, search: undefined } as unknown as Store;

/** One search, its wall-clock and CPU time filed under the query's class. */
async function timed(into: Timings, klass: string, run: () => Promise<SearchResponse>): Promise<SearchResponse> {
  const start = process.hrtime.bigint();
  const startCpu = process.cpuUsage();
  const response = await run();
  (into.times[klass] ??= []).push(ms(start));
  (into.cpu[klass] ??= []).push(cpuMs(startCpu));
  return response;
}

// 5. The first search of each query reads its phrases from FTS5; the next two find them in memory.
const first: SearchResponse[] = [];
for (const q of queries) first.push(await timed(cold, q.class, () => search(store, q.q, q.filters, { limit: 20 })));
for (let round = 1; round <= 2; round++) {
  for (const q of queries) {
    const response = await timed(warm, q.class, () => search(store, q.q, q.filters, { limit: 20 }));
    if (round === 1) (totals[q.class] ??= []).push(response.total);
  }
}
const memoryUse = store.search.memoryUse();
const mem = memory();

// 6. The SQL path (bm25 over every match in FTS5): the same searches as before the in-memory search.
const top20 = { queries: 0, sameOrder: 0, sameTotalsAndFacets: 0, overlap: 0, hits: 0 };
for (const [i, q] of queries.entries()) {
  const sql = await timed(viaSql, q.class, () => store.transaction((tx) => search({ ...sqlStore, search: tx.search }, q.q, q.filters, { limit: 20 })));
  const mine = first[i]!;
  const key = (h: SearchResponse['results'][number]) => `${h.url}/${h.lang}`;
  const theirs = new Set(sql.results.map(key));
  top20.queries++;
  top20.hits += sql.results.length;
  top20.overlap += mine.results.filter((h) => theirs.has(key(h))).length;
  if (JSON.stringify(mine.results) === JSON.stringify(sql.results)) top20.sameOrder++;
  if (mine.total === sql.total && JSON.stringify(mine.facets) === JSON.stringify(sql.facets)) top20.sameTotalsAndFacets++;
}

// 7. Live turns written piece by piece (the corpus's turns as pieces; a new turn every ten), a piece
// before each search: the search first takes in the write (the turn's documents are replaced).
const live = await store.conferences.create(newConference({ slug: 'bench-live', title: 'Live', date: '2025-06-01' }), new Date().toISOString());
await store.conferences.setStatus(live.id, 'live', new Date().toISOString());
const sentences = new Corpus(queries.length, 7).flat();
let turn = 0;
let text = '';
for (const [i, q] of queries.entries()) {
  if (i % 10 === 0) {
    turn = (
      await store.turns.open(
        live.id,
        { kind: 'answer', speaker: null, outlet: null, outletId: null, replyTo: null, label: null, startsAt: null, handId: null },
        new Date().toISOString(),
      )
    ).seq;
    text = '';
  }
  text = `${text} ${sentences.next().value?.text ?? ''}`.trim();
  await store.turns.setText(live.id, turn, { en: text }, new Date().toISOString());
  await timed(writing, q.class, () => search(store, q.q, q.filters, { limit: 20 }));
}
await store.close();
process.stdout.write(
  `${JSON.stringify({ engine: 'presser', turns: corpus.turns, storeMs, indexMs, loadMs, loadCpuMs, insertPerTurnMs, deletePerTurnMs, turnsBytes, sizes, heapMB: mem.heapMB - baseline.heapMB, rssMB: mem.rssMB, memoryUse, times: warm.times, cpu: warm.cpu, totals, cold, viaSql, writing, top20 })}\n`,
);

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** Bytes on disk per part: the FTS5 index, search_docs with its index, and the rest. */
function tableSizes(path: string): Record<string, number> {
  const db = new SQLite(path);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const rows = db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name').all() as { name: string; bytes: number }[];
  db.close();
  const sum = (test: (name: string) => boolean) => rows.filter((r) => test(r.name)).reduce((a, r) => a + r.bytes, 0);
  return {
    file: statSync(path).size,
    fts: sum((name) => name.startsWith('search_fts')),
    docs: sum((name) => name.startsWith('search_docs') || name === 'sqlite_autoindex_search_docs_1'),
    turns: sum((name) => name.startsWith('turns') || name.startsWith('sqlite_autoindex_turns')),
  };
}
