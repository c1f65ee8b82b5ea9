import { resolve } from 'node:path';
import type { Store } from './store.ts';
import { openSqliteStore } from './sqlite/open.ts';

export const DEFAULT_DB_PATH = 'data/presser.db';

/** The database the user asked for: --db, then PRESSER_DB, then ./data/presser.db. */
export function databasePath(flag?: string): string {
  return resolve(flag ?? process.env.PRESSER_DB ?? DEFAULT_DB_PATH);
}

export function openStore(path: string): Promise<Store> {
  return openSqliteStore(path);
}
