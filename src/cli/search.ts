// presser search QUERY: the archive's full-text search from the command line. The operator holds
// the database file, so every conference is searched, whatever its status.
import type { Command } from 'commander';
import { CONFERENCE_STATUSES, ORIGINS, TURN_KINDS } from '../domain/record.ts';
import type { FILTER_NAMES } from '../app/search-filters.ts';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../app/limits.ts';
import type { SearchResponse } from '../app/search.ts';
import { databasePath, openStore } from '../store/open.ts';
import { CliError, out } from './io.ts';

interface SearchFlags extends Partial<Record<(typeof FILTER_NAMES)[number], string>> {
  db?: string;
  json?: boolean;
  limit?: string;
  offset?: string;
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('search the turns of every conference, in English and Chinese')
    .argument('<query...>', 'words, "a phrase", prefix*, a OR b, -left-out')
    .option('--speaker <name>', 'only this speaker (case-insensitive)')
    .option('--outlet <name>', 'only this outlet (case-insensitive)')
    .option('--origin <origin>', `only outlets of this origin (${ORIGINS.join(', ')})`)
    .option('--kind <kind>', `only this kind of turn (${TURN_KINDS.join(', ')})`)
    .option('--from <date>', 'conferences on or after YYYY-MM-DD')
    .option('--to <date>', 'conferences on or before YYYY-MM-DD')
    .option('--conference <slug>', 'only this conference')
    .option('--lang <tag>', 'only text in this language (en, zh, …)')
    .option('--limit <n>', `results to show (1-${MAX_LIMIT}, default ${DEFAULT_LIMIT})`)
    .option('--offset <n>', 'results to skip')
    .option('--json', 'print the JSON the API answers with')
    .option('--db <path|url>', 'SQLite file or postgres:// URL')
    .action(async (words: string[], flags: SearchFlags) => {
      const { db, json, limit, offset, ...filters } = flags;
      const [{ search }, { AppError }] = await Promise.all([import('../app/search.ts'), import('../app/errors.ts')]);
      const store = await openStore(databasePath(db));
      try {
        const response = await search(store, words.join(' '), filters, {
          limit: whole('limit', limit),
          offset: whole('offset', offset),
          statuses: CONFERENCE_STATUSES,
        });
        out(json ? JSON.stringify(response, null, 2) : readable(response));
      } catch (error) {
        if (error instanceof AppError) throw new CliError(error.message);
        throw error;
      } finally {
        await store.close();
      }
    });
}

function whole(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`${name}: "${value}" is not a whole number`);
  return Number(value);
}

/** One line per hit (date, anchor, who) with its snippet below, then the facet counts. */
export function readable(response: SearchResponse): string {
  const lines: string[] = [];
  if (response.notice) lines.push(`note: ${response.notice}`);
  const { total, offset, results } = response;
  if (total === 0) {
    lines.push(`no turns match "${response.query}"`);
    return lines.join('\n');
  }
  lines.push(
    `${total} turn${total === 1 ? '' : 's'} match "${response.query}"${results.length < total ? `, showing ${offset + 1}-${offset + results.length}` : ''}`,
    '',
  );
  for (const hit of results) {
    const who = [hit.speaker, hit.outlet].filter(Boolean).join(', ') || hit.kind;
    lines.push(`${hit.conference.date ?? '----------'}  ${hit.conference.slug}#t${hit.seq}  ${who}  [${hit.lang}]`, `    ${hit.snippet}`);
  }
  const facet = (name: string, counts: { value: string; count: number }[]) => {
    if (counts.length > 0) lines.push(`${name}: ${counts.map((c) => `${c.value} (${c.count})`).join(', ')}`);
  };
  lines.push('');
  facet('speakers', response.facets.speakers);
  facet('outlets', response.facets.outlets);
  facet('years', response.facets.years);
  return lines.join('\n');
}
