// One JavaScript engine (minisearch or flexsearch) in its own process: build over the corpus,
// then answer every benchmark query like presser does (top 20 by the engine's score, the total,
// facet counts over all matches). Prints one JSON line with the figures.
//   node --expose-gc --max-old-space-size=16384 --import tsx bench/search/engine-js.ts ENGINE TURNS QUERIES.json
import { readFileSync } from 'node:fs';
import { Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import { Corpus } from './corpus.ts';
import { TurnTable, tokenQuery, tokens, type TokenQuery } from './js-index.ts';
import type { BenchQuery } from './queries.ts';
import { memory, ms } from './stats.ts';

const [engine = 'minisearch', turnsArg = '1000000', queriesPath = ''] = process.argv.slice(2);
const corpus = new Corpus(Number(turnsArg));
const queries = JSON.parse(readFileSync(queriesPath, 'utf8')) as BenchQuery[];
const PAGE = 20;

interface Engine {
  add(id: number, text: string): void;
  /** Ids matching the query, best first, with the engine's own scoring. */
  find(query: TokenQuery, keep: (id: number) => boolean): number[];
}

/** Tokens reach both engines already cut and folded: a leading \u0001 marks a pre-tokenized query. */
const PRE = '\u0001';
const encode = (text: string) => (text.startsWith(PRE) ? text.slice(1).split(' ') : tokens(text));

function miniSearch(): Engine {
  const index = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    tokenize: encode,
    processTerm: (t) => t,
    searchOptions: { tokenize: (t) => [t], processTerm: (t) => t },
  });
  return {
    add: (id, text) => index.add({ id, text }),
    find(query, keep) {
      const tree = {
        combineWith: 'AND',
        queries: query.map((alternatives) => ({ combineWith: 'OR', queries: alternatives.map((and) => ({ combineWith: 'AND', queries: and })) })),
      };
      return index.search(tree as never, { filter: (r) => keep(r.id as number) }).map((r) => r.id as number);
    },
  };
}

function flexSearch(): Engine {
  const index = new Index({ tokenize: 'strict', encode });
  return {
    add: (id, text) => index.add(id, text),
    find(query, keep) {
      // FlexSearch ANDs the words of one search; OR is the union of searches, AND their intersection.
      let result: number[] | null = null;
      for (const alternatives of query) {
        const union = new Set<number>();
        for (const and of alternatives) for (const id of index.search(PRE + and.join(' '), { limit: 10_000_000 }) as number[]) union.add(id);
        result = result === null ? [...union] : result.filter((id) => union.has(id));
      }
      return (result ?? []).filter(keep);
    },
  };
}

const before = memory();
const table = new TurnTable(corpus.turns);
const index = engine === 'flexsearch' ? flexSearch() : miniSearch();
const started = process.hrtime.bigint();
for (const turn of corpus.flat()) {
  table.add(turn);
  index.add(turn.id, turn.text);
}
const buildMs = ms(started);
const after = memory();

const times: Record<string, number[]> = {};
const cpu: Record<string, number[]> = {};
const totals: Record<string, number[]> = {};
for (let round = 0; round < 3; round++) {
  for (const q of queries) {
    const start = process.hrtime.bigint();
    const startCpu = process.cpuUsage();
    const ids = index.find(tokenQuery(q.q), table.predicate(q.filters));
    const page = ids.slice(0, PAGE); // the page a caller would show, as presser builds one
    if (page.length > PAGE) throw new Error('page too long');
    const facets = table.facets(ids);
    const elapsed = ms(start);
    const used = process.cpuUsage(startCpu);
    if (round > 0) (times[q.class] ??= []).push(elapsed);
    if (round > 0) (cpu[q.class] ??= []).push((used.user + used.system) / 1000);
    if (round === 1) (totals[q.class] ??= []).push(facets.total);
  }
}
process.stdout.write(
  `${JSON.stringify({ engine, turns: corpus.turns, buildMs, heapMB: after.heapMB - before.heapMB, rssMB: after.rssMB, times, cpu, totals })}\n`,
);
