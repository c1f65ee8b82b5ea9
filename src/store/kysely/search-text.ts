// On PostgreSQL the application cuts a turn's text into index words (jieba runs in JavaScript) and
// writes them with the text, in the same statement; SQLite's triggers call JavaScript themselves.
import { PostgresAdapter } from 'kysely';
import { postgresSearchText } from '../../search/plain-words.ts';
import type { Db } from './db.ts';

export function isPostgresDb(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** The search_text column to write beside a turn's text: only on PostgreSQL. */
export function searchTextColumn(db: Db, text: Record<string, unknown>): { search_text?: string } {
  return isPostgresDb(db) ? { search_text: postgresSearchText(text) } : {};
}
