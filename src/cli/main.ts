import { Command, CommanderError } from 'commander';
import { registerConvert } from './convert.ts';
import { registerExportCorpus } from './export-corpus.ts';
import { registerImport } from './import.ts';
import { registerMigrate } from './migrate.ts';
import { registerCopy } from './copy.ts';
import { CliError, err, errRaw, outRaw, useStreams, type Streams } from './io.ts';
import { registerRecordCommands } from './records.ts';
import { registerSearch } from './search.ts';
import { registerServe } from './serve.ts';
import { registerStats } from './stats.ts';
import { registerUsers } from './users.ts';
import { DatabaseLocationError } from '../store/open.ts';

export function buildProgram(): Command {
  const program = new Command('presser')
    .description('press conferences: run them live, keep the record, search the archive')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeErr: errRaw, writeOut: outRaw });
  registerConvert(program);
  registerImport(program);
  registerRecordCommands(program);
  registerSearch(program);
  registerServe(program);
  registerStats(program);
  registerExportCorpus(program);
  registerUsers(program);
  registerMigrate(program);
  registerCopy(program);
  const override = (c: Command): void => {
    c.exitOverride();
    c.commands.forEach(override);
  };
  override(program);
  return program;
}

/** Runs the CLI; resolves to the exit status: 0 done, 2 bad input or usage, 1 internal failure. */
export async function main(argv: string[], streams?: Streams): Promise<number> {
  const restore = streams ? useStreams(streams) : () => {};
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof DatabaseLocationError) {
      err(`presser: ${error.message}`);
      return 2;
    }
    if (error instanceof CliError) {
      if (error.message) err(`presser: ${error.message}`);
      return error.exitCode;
    }
    err(`presser: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  } finally {
    restore();
  }
}
