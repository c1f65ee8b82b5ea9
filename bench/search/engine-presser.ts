// presser's search in its own process: store the corpus's turns in a SQLite file without the
// search index (migrations up to 0002), then open it as presser does, which runs 0003_search and
// builds the index from the stored turns: that is the build time. Then the same queries through
// search(), the function behind GET /api/search. Prints one JSON line with the figures.
//   node --expose-gc --import tsx bench/search/engine-presser.ts TURNS QUERIES.json DB_PATH
import { readFileSync, rmSync, statSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { search } from '../../src/search/search.ts';
import { ConferenceRepo } from '../../src/store/kysely/conferences.ts';
import { migrationProvider } from '../../src/store/migrations.ts';
import type { Database } from '../../src/store/schema.ts';
import { openSqliteStore } from '../../src/store/sqlite/open.ts';
import { Corpus } from './corpus.ts';
import type { BenchQuery } from './queries.ts';
import { memory, ms } from './stats.ts';

const [turnsArg = '1000000', queriesPath = '', dbPath = 'bench-search.db'] = process.argv.slice(2);
const corpus = new Corpus(Number(turnsArg));
const queries = JSON.parse(readFileSync(queriesPath, 'utf8')) as BenchQuery[];

for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });

// 1. The turns, stored as the importer stores them, before search existed.
let started = process.hrtime.bigint();
{
  const sqlite = new SQLite(dbPath);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = OFF');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  await new Migrator({ db, provider: migrationProvider }).migrateTo('0002_live');
  const conferences = new ConferenceRepo(db);
  let n = 0;
  for (const record of corpus.records()) await conferences.saveRecord(record, { contentHash: `bench-${n++}` });
  await db.destroy();
}
const storeMs = ms(started);
const turnsBytes = statSync(dbPath).size;

// 2. Opening runs 0003_search: the index is built from the stored turns.
started = process.hrtime.bigint();
const store = await openSqliteStore(dbPath);
const indexMs = ms(started);

// 3. Live writes: a conference of 50 turns saved and deleted with the index following.
const extra = new Corpus(1000, 99);
started = process.hrtime.bigint();
let n = 0;
for (const record of extra.records()) await store.conferences.saveRecord({ ...record, conference: { ...record.conference, slug: `extra-${n}` } }, { contentHash: `extra-${n++}` });
const insertPerTurnMs = ms(started) / extra.turns;
started = process.hrtime.bigint();
for (let i = 0; i < n; i++) await store.conferences.delete(`extra-${i}`);
const deletePerTurnMs = ms(started) / extra.turns;

const sizes = tableSizes(dbPath);

const times: Record<string, number[]> = {};
const cpu: Record<string, number[]> = {};
const totals: Record<string, number[]> = {};
for (let round = 0; round < 3; round++) {
  for (const q of queries) {
    const start = process.hrtime.bigint();
    const startCpu = process.cpuUsage();
    const response = await search(store, q.q, q.filters, { limit: 20 });
    const elapsed = ms(start);
    const used = process.cpuUsage(startCpu);
    if (round > 0) (times[q.class] ??= []).push(elapsed);
    if (round > 0) (cpu[q.class] ??= []).push((used.user + used.system) / 1000);
    if (round === 1) (totals[q.class] ??= []).push(response.total);
  }
}
const mem = memory();
await store.close();
process.stdout.write(`${JSON.stringify({ engine: 'presser', turns: corpus.turns, storeMs, indexMs, insertPerTurnMs, deletePerTurnMs, turnsBytes, sizes, heapMB: mem.heapMB, rssMB: mem.rssMB, times, cpu, totals })}\n`);

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
