import { resolve } from 'node:path';
import type { Store } from './store.ts';

export const DEFAULT_DB_PATH = 'data/presser.db';

/** The database the user asked for: --db, then PRESSER_DB, then ./data/presser.db. */
export function databasePath(flag?: string): string {
  return resolve(flag ?? process.env.PRESSER_DB ?? DEFAULT_DB_PATH);
}

/** Loads the database driver on first use, so commands without a database (convert, help) start fast. */
export async function openStore(path: string): Promise<Store> {
  const { openSqliteStore } = await import('./sqlite/open.ts');
  return openSqliteStore(path);
}
