import type { Command } from 'commander';
import { copySqliteToPostgres, CopyRefused, isPostgresUrl, redactUrl } from '../store/open.ts';
import { CliError, err, out } from './io.ts';

/** `presser copy --from PATH.db --to postgres://…`: moves a SQLite archive to PostgreSQL, then compares. */
export function registerCopy(program: Command): void {
  program
    .command('copy')
    .description('copy a SQLite database into an empty PostgreSQL database, then compare counts and every record')
    .requiredOption('--from <path>', 'the SQLite file')
    .requiredOption('--to <url>', 'the PostgreSQL database, postgres://USER@HOST/DB (empty)')
    .action(async (opts: { from: string; to: string }) => {
      if (isPostgresUrl(opts.from) || /^[a-z][a-z0-9+.-]*:\/\//i.test(opts.from))
        throw new CliError(`--from takes a SQLite file, not "${redactUrl(opts.from)}"`);
      if (!isPostgresUrl(opts.to)) throw new CliError(`--to takes a postgres:// URL, not "${opts.to}"`);
      const { existsSync } = await import('node:fs');
      if (!existsSync(opts.from)) throw new CliError(`${opts.from}: no such file`);
      try {
        const tables = await copySqliteToPostgres(opts.from, opts.to, (message) => err(`presser: ${message}`));
        for (const t of tables) out(`${t.table}\t${t.rows}`);
        err(`copied ${tables.reduce((n, t) => n + t.rows, 0)} records in ${tables.length} tables to ${redactUrl(opts.to)}; counts and checksums match`);
      } catch (error) {
        if (error instanceof CopyRefused) throw new CliError(error.message);
        throw error;
      }
    });
}
