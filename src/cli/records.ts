import type { Command } from 'commander';
import { CONFERENCE_STATUSES, type ConferenceStatus } from '../domain/record.ts';
import { databasePath, openStore } from '../store/open.ts';
import type { Store } from '../store/store.ts';
import type { ExportFormat } from '../transcript/export/formats.ts';
import { formatOption } from './convert.ts';
import { CliError, out } from './io.ts';

async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(databasePath(db));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

async function requireRecord(store: Store, slug: string) {
  const record = await store.conferences.getRecord(slug);
  if (!record) throw new CliError(`no conference with slug "${slug}" (presser list shows them)`);
  return record;
}

export function registerRecordCommands(program: Command): void {
  program
    .command('list')
    .description('list the conferences in the database, newest first')
    .option('--db <path|url>', 'SQLite file or postgres:// URL')
    .option('--status <status>', `only this status (${CONFERENCE_STATUSES.join(', ')})`)
    .option('--json', 'print JSON')
    .action(async (opts: { db?: string; status?: string; json?: boolean }) => {
      if (opts.status && !CONFERENCE_STATUSES.includes(opts.status as ConferenceStatus)) {
        throw new CliError(`unknown status "${opts.status}": use one of ${CONFERENCE_STATUSES.join(', ')}`);
      }
      const list = await withStore(opts.db, (s) => s.conferences.list(opts.status ? { status: [opts.status as ConferenceStatus] } : {}));
      if (opts.json) return out(JSON.stringify(list, null, 2));
      if (list.length === 0) return out('no conferences yet: presser import FILE adds one');
      for (const c of list) out([c.date ?? '----------', c.status.padEnd(9), String(c.turnCount).padStart(4), c.slug, c.title].join('  '));
    });

  program
    .command('show')
    .description('print one conference: its facts and its record as text')
    .argument('<slug>')
    .option('--db <path|url>', 'SQLite file or postgres:// URL')
    .action(async (slug: string, opts: { db?: string }) => {
      const record = await withStore(opts.db, (s) => requireRecord(s, slug));
      const { exportRecord } = await import('../transcript/export/index.ts');
      out(await exportRecord(record, 'txt'));
    });

  program
    .command('export')
    .description('print one conference in an export format')
    .argument('<slug>')
    .addOption(formatOption())
    .option('--db <path|url>', 'SQLite file or postgres:// URL')
    .action(async (slug: string, opts: { db?: string; to: ExportFormat }) => {
      const record = await withStore(opts.db, (s) => requireRecord(s, slug));
      const { exportProblem, exportRecord } = await import('../transcript/export/index.ts');
      const problem = exportProblem(record, opts.to);
      if (problem) throw new CliError(`${slug}: ${problem}`);
      out(await exportRecord(record, opts.to));
    });

  program
    .command('delete')
    .description('delete one conference and its record')
    .argument('<slug>')
    .option('--db <path|url>', 'SQLite file or postgres:// URL')
    .action(async (slug: string, opts: { db?: string }) => {
      const deleted = await withStore(opts.db, (s) => s.conferences.delete(slug));
      if (!deleted) throw new CliError(`no conference with slug "${slug}"`);
      out(`deleted ${slug}`);
    });
}
