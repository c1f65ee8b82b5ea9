import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { searchTextPart } from '../../search/index-text.ts';
import { attachSearchMemory } from './search-memory/engine.ts';
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
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 64 MB of page cache (the default is 2 MB): a search reads one search_docs row per match.
  sqlite.pragma('cache_size = -65536');
  // The search index triggers (migration 0003_search) segment Chinese through this function;
  // searches gather their results in one pass with the aggregate (src/store/kysely/search.ts).
  sqlite.function('presser_search_text', { deterministic: true }, searchTextPart);
  // @types/better-sqlite3 types step() with one argument; SQLite passes one per SQL argument.
  sqlite.aggregate('presser_search_collect', searchCollectAggregate as unknown as Parameters<typeof sqlite.aggregate>[1]);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  // Searches of this process keep the index's documents in memory once loaded (src/search/memory/).
  attachSearchMemory(db, sqlite);
  await migrateToLatest(db);
  return createStore(db, 'sqlite');
}
