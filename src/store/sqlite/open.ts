import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import { searchTextPart } from '../../search/index-text.ts';
import { attachSearchMemory } from './search-memory/engine.ts';
import { SqliteBulkSave } from './bulk-save.ts';
import { searchCollectAggregate } from './search-collect.ts';
import type { Database } from '../schema.ts';
import type { Store } from '../store.ts';
import { createStore, migrateToLatest } from '../kysely/store.ts';

/**
 * Opens (creating if needed) the embedded database: WAL so readers never wait for the writer,
 * synchronous=FULL so an acknowledged write survives a crash, foreign keys on.
 */
export async function openSqliteStore(path: string): Promise<Store> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  // The migrations' commits are not synced one by one (a fresh database took five fsyncs, half a
  // second on a busy disk): in WAL, the first commit with synchronous=FULL below syncs the log
  // with every frame before it, so nothing acknowledged is less durable; a crash before it loses
  // only migrations, which run again on the next open.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 64 MB of page cache (the default is 2 MB): a search reads one search_docs row per match.
  sqlite.pragma('cache_size = -65536');
  // The search index triggers (migration 0003_search) segment Chinese through this function;
  // searches gather their results in one pass with the aggregate (src/store/kysely/search.ts).
  sqlite.function('presser_search_text', { deterministic: true }, searchTextPart);
  // @types/better-sqlite3 types step() with one argument; SQLite passes one per SQL argument.
  sqlite.aggregate('presser_search_collect', searchCollectAggregate as unknown as Parameters<typeof sqlite.aggregate>[1]);
  // Batches of imported records are stored through the connection itself (bulk-save.ts).
  const bulk = new SqliteBulkSave(sqlite);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  // Searches of this process keep the index's documents in memory once loaded (src/search/memory/).
  attachSearchMemory(db, sqlite);
  await migrateToLatest(db);
  sqlite.pragma('synchronous = FULL');
  // Holding Kysely's one connection keeps its queries (and transactions) out while a batch runs.
  return createStore(db, 'sqlite', (items, at) => db.connection().execute(async () => bulk.save(items, at)));
}

/** Prepared statements kept per SQL text; Kysely's driver would otherwise prepare every query anew. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The database as Kysely's SQLite dialect sees it, with prepare() answered from a cache: parsing and
 * planning the same SQL again was a twentieth of the server's CPU under the mixed load
 * (bench/mixed-load). Kysely runs one statement at a time on its one connection and never streams
 * here, so a cached statement is never busy when it is used again; SQLite re-prepares a statement
 * itself when the schema changes under it.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        // Most recently used last, so the first key is the one to drop.
        cache.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}
