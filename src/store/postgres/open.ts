// The PostgreSQL connection: a pg pool under Kysely's PostgresDialect. The queries are the shared
// Kysely store's (src/store/kysely/); only search has PostgreSQL-specific SQL (src/store/kysely/search-pg.ts).
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema.ts';
import { createStore, migrateToLatest } from '../kysely/store.ts';
import type { Store } from '../store.ts';

const INT8 = 20;
const NUMERIC = 1700;

/** count(*) and sums come back as int8; presser's numbers all fit in a double. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 || oid === NUMERIC ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  /** Connections in the pool (default 10). */
  max?: number;
  /** Apply migrations on open (default true). */
  migrate?: boolean;
}

export function postgresPool(url: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, types, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 });
  // An idle connection that the server drops (a restart, pg_terminate_backend) is reported here;
  // without a listener the process would exit. The pool replaces it on the next query.
  pool.on('error', (error) => console.error(`presser: PostgreSQL connection lost: ${error.message}`));
  // A connection the server drops while it is checked out (between a transaction's statements)
  // reports on the client itself, where no listener would make it the process's uncaught error;
  // the statement that uses it next fails, and the pool discards it when it is released.
  pool.on('connect', (client) => client.on('error', (error) => console.error(`presser: PostgreSQL connection lost while in use: ${error.message}`)));
  return pool;
}

export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: postgresPool(url, options.max) }) });
  try {
    if (options.migrate ?? true) await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createStore(db, 'postgres');
}
