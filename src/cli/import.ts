import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { findTranscripts } from '../app/find-transcripts.ts';
import { systemClock } from '../app/context.ts';
import { importFile, type ImportFileResult } from '../app/import-file.ts';
import { databasePath, openStore } from '../store/open.ts';
import { CliError, err, out } from './io.ts';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import transcripts into the database, one transaction per file; duplicates are recognised by content')
    .argument('<paths...>', 'transcript files, folders (searched for .txt .text .md .markdown .html .htm) or glob patterns')
    .option('--db <path>', 'database file (default: $PRESSER_DB or ./data/presser.db)')
    .option('--no-clean', 'keep the text as printed')
    .option('--as-statement', 'keep a text without speaker labels as one statement')
    .option('--draft', 'keep the records for review (staff see them; publish from the admin page) instead of publishing them at once')
    .action(async (paths: string[], opts: { db?: string; clean: boolean; asStatement?: boolean; draft?: boolean }) => {
      const { files, missing } = await findTranscripts(paths);
      for (const m of missing) err(`presser: ${m.argument}: ${m.reason}`);
      if (files.length === 0) throw new CliError('nothing to import');
      const store = await openStore(databasePath(opts.db));
      const bar = files.length > 1 ? new SingleBar({ format: 'importing [{bar}] {value}/{total} {file}', stream: process.stderr, noTTYOutput: false }, Presets.shades_classic) : null;
      bar?.start(files.length, 0, { file: '' });
      const results: ImportFileResult[] = [];
      try {
        for (const file of files) {
          bar?.update({ file });
          results.push(await importFile({ store, clock: systemClock }, file, { clean: opts.clean, asStatement: opts.asStatement ?? false, draft: opts.draft ?? false }));
          bar?.increment();
        }
      } finally {
        bar?.stop();
        await store.close();
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
