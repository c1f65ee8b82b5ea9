import type { Command } from 'commander';
import { databasePath, openStore, redactUrl } from '../store/open.ts';
import { err } from './io.ts';

/** Brings a database to the current schema; serve and the other commands do it too, on open. */
export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('create or update the database schema (SQLite file or PostgreSQL)')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default: $PRESSER_DB or ./data/presser.db)')
    .action(async (opts: { db?: string }) => {
      const location = databasePath(opts.db);
      const store = await openStore(location);
      await store.close();
      err(`database ${redactUrl(location)} is up to date`);
    });
}
