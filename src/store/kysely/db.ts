import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export type Db = Kysely<Database>;

/** Runs fn in a transaction, joining the caller's when there is one (Kysely cannot nest them). */
export function atomic<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

export function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
