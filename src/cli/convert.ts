import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import { EXPORT_FORMATS, type ExportFormat } from '../transcript/export/formats.ts';
import type { Profile } from '../transcript/import.ts';
import { CliError, err, out } from './io.ts';

// The importer and the exporters are loaded when a command runs, not when the CLI starts: --help
// and the commands that do not need them start without reading their modules.
const importer = () => import('../transcript/import.ts');

export const formatOption = () => new Option('--to <format>', 'output format').choices(EXPORT_FORMATS).default('json');
export const profileOption = () => new Option('--profile <file>', 'a publisher profile (YAML) that refines how labels, questions and furniture are read');

/** The profile file a user passed, read and validated; undefined without --profile (shipped profiles are recognised). */
export async function loadProfile(file: string | undefined): Promise<Profile | undefined> {
  if (file === undefined) return undefined;
  const [{ readProfile, TranscriptError }, { readFailure }] = await Promise.all([importer(), import('../app/parse-file.ts')]);
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new CliError(`${file}: ${readFailure(error)}`);
  });
  try {
    return readProfile(text, file);
  } catch (error) {
    if (error instanceof TranscriptError) throw new CliError(error.message);
    throw error;
  }
}

export const reportOption = () => new Option('--report [file]', 'write an audit of every cleanup change to FILE (or standard error)');

export function registerConvert(program: Command): void {
  program
    .command('convert')
    .description('parse and clean a transcript, print it in another format (no database)')
    .argument('<file>', 'transcript: text, Markdown, PDF text layer or OCR output')
    .addOption(formatOption())
    .addOption(reportOption())
    .addOption(profileOption())
    .option('--no-clean', 'keep the text as printed (no hyphen, OCR or header repairs)')
    .option('--as-statement', 'keep a text without speaker labels as one statement')
    .action(async (file: string, opts: { to: ExportFormat; report?: string | true; clean: boolean; asStatement?: boolean; profile?: string }) => {
      const profile = await loadProfile(opts.profile);
      const [{ formatDecisions, formatReport, importTranscript, TranscriptError }, { exportProblem, exportRecord }, { readFailure }] = await Promise.all([
        importer(),
        import('../transcript/export/index.ts'),
        import('../app/parse-file.ts'),
      ]);
      const bytes = await readFile(file).catch((error: unknown) => {
        throw new CliError(`${file}: ${readFailure(error)}`);
      });
      try {
        const result = importTranscript(bytes, {
          clean: opts.clean,
          asStatement: opts.asStatement ?? false,
          fileName: basename(file),
          ...(profile ? { profile } : {}),
        });
        const { record, report } = result;
        const problem = exportProblem(record, opts.to);
        if (problem) throw new CliError(`${file}: ${problem}`);
        const output = await exportRecord(record, opts.to);
        if (opts.report !== undefined) await writeReport(opts.report, formatReport(report) + formatDecisions(result.profile, result.decisions));
        out(output);
      } catch (error) {
        if (error instanceof TranscriptError) throw new CliError(`${file}: ${error.message}`);
        throw error;
      }
    });
}

export async function writeReport(target: string | true, text: string): Promise<void> {
  if (target === true) err(text || 'no changes');
  else await writeFile(target, text);
}
