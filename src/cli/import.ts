import type { Command } from 'commander';
import type { ImportFileResult } from '../app/import-file.ts';
import { databasePath, openStore } from '../store/open.ts';
import { CliError, err, out } from './io.ts';
import { loadProfile, profileOption } from './convert.ts';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import transcripts into the database, many per transaction, each all or nothing; duplicates are recognised by content')
    .argument('<paths...>', 'transcript files, folders (searched for .txt .text .md .markdown .html .htm) or glob patterns')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default: $PRESSER_DB or ./data/presser.db)')
    .option('--no-clean', 'keep the text as printed')
    .option('--as-statement', 'keep a text without speaker labels as one statement')
    .addOption(profileOption())
    .option('--draft', 'keep the records for review (staff see them; publish from the admin page) instead of publishing them at once')
    .action(async (paths: string[], opts: { db?: string; clean: boolean; asStatement?: boolean; profile?: string; draft?: boolean }) => {
      const profile = await loadProfile(opts.profile);
      const [{ SingleBar, Presets }, { findTranscripts }, { systemClock }, { importFiles }] = await Promise.all([
        import('cli-progress'),
        import('../app/find-transcripts.ts'),
        import('../app/context.ts'),
        import('../app/import-file.ts'),
      ]);
      const { files, missing } = await findTranscripts(paths);
      for (const m of missing) err(`presser: ${m.argument}: ${m.reason}`);
      if (files.length === 0) throw new CliError('nothing to import');
      // Opened while the workers start and parse the first files (importFiles takes the promise).
      const opening = openStore(databasePath(opts.db));
      opening.catch(() => {}); // its failure is reported where it is awaited, not as an unhandled rejection
      const bar =
        files.length > 1
          ? new SingleBar(
              {
                format: 'importing [{bar}] {value}/{total} files | {rate} files/s | {mbps} MB/s | {eta_formatted} left',
                stream: process.stderr,
                noTTYOutput: false,
                etaBuffer: 20,
              },
              Presets.shades_classic,
            )
          : null;
      const started = performance.now();
      bar?.start(files.length, 0, { rate: '0', mbps: '0.0' });
      let results: ImportFileResult[];
      try {
        results = await importFiles(
          { store: opening, clock: systemClock },
          files,
          { clean: opts.clean, asStatement: opts.asStatement ?? false, draft: opts.draft ?? false, ...(profile ? { profile } : {}) },
          ({ files: done, bytes }) => {
            const seconds = Math.max((performance.now() - started) / 1000, 1e-3);
            bar?.update(done, { rate: Math.round(done / seconds).toLocaleString('en'), mbps: (bytes / 1048576 / seconds).toFixed(1) });
          },
        );
      } finally {
        bar?.stop();
        await (await opening).close();
      }
      for (const r of results) {
        if (r.status === 'failed') err(`presser: ${r.file}: ${r.reason}`);
        else out(`${r.status === 'created' ? (opts.draft ? 'imported for review' : 'imported') : 'duplicate'}\t${r.slug}\t${r.turns} turns\t${r.file}`);
      }
      const count = (s: ImportFileResult['status']) => results.filter((r) => r.status === s).length;
      err(`${count('created')} imported, ${count('duplicate')} skipped as duplicate, ${count('failed')} failed`);
      if (count('failed') > 0 || missing.length > 0) throw new CliError('', 2);
    });
}
