// The selection flags `presser stats` and `presser export-corpus` share, and their errors: a bad value
// is one line on standard error and exit status 2, like every bad input.
import type { Command } from 'commander';
import type { RawSelection } from '../app/selection.ts';
import { ORIGINS } from '../domain/record.ts';
import { databasePath, openStore } from '../store/open.ts';
import type { Store } from '../store/store.ts';
import { CliError } from './io.ts';

export interface SelectionFlags {
  conference: string[];
  from?: string;
  to?: string;
  outlet?: string;
  origin?: string;
  speaker?: string;
  lang?: string;
  db?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function addSelectionFlags(command: Command): Command {
  return command
    .option('--conference <slug>', 'only this conference (repeat, or separate slugs with commas)', collect, [])
    .option('--from <date>', 'conferences on or after YYYY-MM-DD')
    .option('--to <date>', 'conferences on or before YYYY-MM-DD')
    .option('--outlet <name>', "only this outlet's questions, with their answers")
    .option('--origin <origin>', `only questions from outlets of this origin (${ORIGINS.join(', ')}), with their answers`)
    .option('--speaker <name>', 'only turns by this speaker, and the questions they answered')
    .option('--lang <tag>', 'only text in this language (en, zh, …)')
    .option('--db <path|url>', 'SQLite file or postgres:// URL');
}

export function rawSelection(flags: SelectionFlags): RawSelection {
  const { conference, from, to, outlet, origin, speaker, lang } = flags;
  return { conference, ...Object.fromEntries(Object.entries({ from, to, outlet, origin, speaker, lang }).filter(([, v]) => v !== undefined)) };
}

/** Runs fn over the database (every conference, whatever its status: the operator holds the file); AppErrors become exit status 2. */
export async function withSelectionStore<T>(flags: SelectionFlags, fn: (store: Store) => Promise<T>): Promise<T> {
  const { AppError } = await import('../app/errors.ts');
  const store = await openStore(databasePath(flags.db));
  try {
    return await fn(store);
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  } finally {
    await store.close();
  }
}
