import { resolve } from 'node:path';
import type { Store } from './store.ts';

export const DEFAULT_DB_PATH = 'data/presser.db';

/** postgres://… or postgresql://…: a PostgreSQL server, never a file name. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * The database the user asked for: --db, then PRESSER_DB, then ./data/presser.db. A PostgreSQL URL
 * is kept as it is; any other URL is refused rather than taken for a path (it would create a
 * folder named after the scheme).
 */
export function databasePath(flag?: string): string {
  const location = flag ?? process.env.PRESSER_DB ?? DEFAULT_DB_PATH;
  if (isPostgresUrl(location)) return location;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location))
    throw new DatabaseLocationError(`unsupported database URL "${redactUrl(location)}": use a file path or postgres://USER@HOST/DB`);
  return resolve(location);
}

export class DatabaseLocationError extends Error {}

/** The location fit to print: a URL without its password. */
export function redactUrl(location: string): string {
  return location.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

/** Loads the database driver on first use, so commands without a database (convert, help) start fast. */
export async function openStore(location: string): Promise<Store> {
  if (isPostgresUrl(location)) {
    const { openPostgresStore } = await import('./postgres/open.ts');
    return openPostgresStore(location);
  }
  const { openSqliteStore } = await import('./sqlite/open.ts');
  return openSqliteStore(location);
}

/** Copies a SQLite file into an empty PostgreSQL database, then compares (src/store/copy.ts). */
export async function copySqliteToPostgres(fromPath: string, toUrl: string, progress?: (message: string) => void) {
  const copy = await import('./copy.ts');
  return copy.copySqliteToPostgres(fromPath, toUrl, progress);
}

export { CopyRefused } from './copy-refused.ts';

/** Rate-limit counts shared by every node on a PostgreSQL database (src/store/postgres/rate-limits.ts). */
export async function postgresLimits(url: string) {
  const { postgresLimits } = await import('./postgres/rate-limits.ts');
  return postgresLimits(url);
}
