// presser export-corpus: a research export of a selection, written to --out. ConvoKit, WebVTT and
// SRT make a folder (or a .zip when PATH ends in .zip); TEI and the Q&A CSV make one file ("-" for
// standard output). Nothing is written when the command fails.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Option, type Command } from 'commander';
import { CONFERENCE_STATUSES } from '../domain/record.ts';
import type { ExportFile } from '../transcript/export/research/files.ts';
import { CORPUS_FORMATS, type CorpusFormat } from '../transcript/export/formats.ts';
import { CliError, out } from './io.ts';
import { addSelectionFlags, rawSelection, withSelectionStore, type SelectionFlags } from './selection-flags.ts';

interface ExportFlags extends SelectionFlags {
  format: CorpusFormat;
  out: string;
}

export function registerExportCorpus(program: Command): void {
  addSelectionFlags(
    program
      .command('export-corpus')
      .description('export a selection for research: a ConvoKit corpus folder, TEI XML (ParlaMint manner), a Q&A CSV, or WebVTT/SRT subtitles per conference')
      .addOption(new Option('--format <format>', 'convokit, tei, qa-csv, vtt or srt').choices(CORPUS_FORMATS).makeOptionMandatory())
      .requiredOption('--out <path>', 'a folder (convokit, vtt, srt; or FILE.zip) or a file (tei, qa-csv; "-" for standard output)'),
  ).action(async (flags: ExportFlags) => {
    const [{ corpusExport }, { zipFolder }] = await Promise.all([import('../app/exports.ts'), import('../transcript/export/research/zip.ts')]);
    const { output, conferences } = await withSelectionStore(flags, (store) => corpusExport(store, rawSelection(flags), flags.format, CONFERENCE_STATUSES));
    if (output.kind === 'file') {
      if (flags.out === '-') return out(output.file.content);
      await mkdir(dirname(flags.out), { recursive: true });
      await writeFile(flags.out, output.file.content);
      return out(`wrote ${flags.out} (${conferences} conference${conferences === 1 ? '' : 's'})`);
    }
    if (flags.out === '-') throw new CliError(`--format ${flags.format} makes a folder: give --out a folder or a .zip file`);
    if (output.files.length === 0)
      throw new CliError(
        `no selected conference has timed turns, so there are no subtitles (${conferences} conference${conferences === 1 ? '' : 's'} selected)`,
      );
    if (flags.out.endsWith('.zip')) {
      await mkdir(dirname(flags.out), { recursive: true });
      await writeFile(flags.out, zipFolder(basename(flags.out, '.zip'), output.files));
    } else await writeFolder(flags.out, output.files);
    out(`wrote ${output.files.length} files to ${flags.out} (${conferences} conference${conferences === 1 ? '' : 's'})`);
  });
}

/** Into a new or empty folder only, so files of an earlier export never mix with these. */
async function writeFolder(folder: string, files: readonly ExportFile[]): Promise<void> {
  const existing = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw new CliError(`${folder}: ${error.code === 'ENOTDIR' ? 'is a file, not a folder' : error.message}`);
  });
  if (existing.length > 0) throw new CliError(`${folder}: the folder is not empty; choose a new one or empty it first`);
  await mkdir(folder, { recursive: true });
  for (const file of files) await writeFile(join(folder, file.path), file.content);
}
