// One pass over a query's matching documents, in memory: the filters, the total, the counts per
// speaker, outlet and year, and the best `keep` by bm25, as presser_search_collect gathers them
// from SQL (src/store/sqlite/search-collect.ts), to the same result.
import { latestFirst, mostFrequent, TopRanks, type Collected } from '../search-collect.ts';
import type { MatchNode } from '../../../search/match.ts';
import { phraseScore } from './bm25.ts';
import type { StringColumn } from './columns.ts';
import type { DocTable } from './doc-table.ts';
import type { Postings } from './postings.ts';
import { intersect, seek, subtract, union } from './sorted-ids.ts';

export interface MemoryFilters {
  /** Conference statuses to search in. */
  statuses: readonly string[];
  speaker?: string;
  outlets?: readonly string[];
  origin?: string;
  kind?: string;
  from?: string;
  to?: string;
  lang?: string;
}

/** The slots of the documents matching the query, as FTS5's AND, OR and NOT give them (some may be deleted since). */
export function matching(node: MatchNode, postings: Postings[]): Uint32Array {
  switch (node.op) {
    case 'phrase':
      return postings[node.index]!.slots;
    case 'any':
      return node.of.map((n) => matching(n, postings)).reduce(union);
    case 'all':
      return node.of
        .map((n) => matching(n, postings))
        .sort((a, b) => a.length - b.length)
        .reduce(intersect);
    case 'not':
      return subtract(matching(node.but, postings), matching(node.not, postings));
  }
}

export interface Scoring {
  postings: Postings[];
  idf: number[];
  avgdl: number;
}

export function collect(table: DocTable, candidates: Uint32Array, scoring: Scoring, filters: MemoryFilters, keep: number, facetSize: number): Collected {
  const status = table.status.codes.values;
  const statusOk = table.status.dictionary.flags((s) => filters.statuses.includes(s));
  const passes = allOf([
    equalTo(table.kind, filters.kind),
    equalTo(table.origin, filters.origin),
    equalTo(table.lang, filters.lang),
    nameIn(table.speaker, filters.speaker === undefined ? undefined : [filters.speaker]),
    nameIn(table.outlet, filters.outlets),
    dateIn(table.date, filters.from, filters.to),
  ]);
  const speaker = table.speaker.codes.values;
  const outlet = table.outlet.codes.values;
  const date = table.date.codes.values;
  const speakers = new Int32Array(table.speaker.dictionary.size);
  const outlets = new Int32Array(table.outlet.dictionary.size);
  const dates = new Int32Array(table.date.dictionary.size);
  const scores = scoresOf(candidates, scoring, table.length.values);
  const ids = table.ids;
  const top = new TopRanks(keep, true);
  let total = 0;
  for (let i = 0; i < candidates.length; i++) {
    const slot = candidates[i]!;
    if (statusOk[status[slot]!] !== 1 || (passes !== null && !passes(slot))) continue;
    total++;
    speakers[speaker[slot]!]!++;
    outlets[outlet[slot]!]!++;
    dates[date[slot]!]!++;
    top.add(-scores[i]!, ids[slot]!);
  }
  return {
    total,
    top: top.result(),
    speakers: mostFrequent(counted(table.speaker, speakers), facetSize),
    outlets: mostFrequent(counted(table.outlet, outlets), facetSize),
    years: latestFirst(byYear(table.years(), dates)),
  };
}

/**
 * Each candidate's bm25, phrase after phrase in FTS5's order (the same sum of the same doubles);
 * a phrase a document lacks adds nothing, as in FTS5.
 */
function scoresOf(candidates: Uint32Array, { postings, idf, avgdl }: Scoring, length: ArrayLike<number>): Float64Array {
  const scores = scratch(candidates.length);
  postings.forEach(({ slots, f2 }, p) => {
    const share = phraseShare(idf[p]!, avgdl);
    if (slots === candidates) {
      for (let i = 0; i < slots.length; i++) scores[i] = scores[i]! + share(f2[i]!, length[slots[i]!]!);
      return;
    }
    let at = 0;
    for (let i = 0; i < candidates.length && at < slots.length; i++) {
      const slot = candidates[i]!;
      // Mostly the phrase's next document is this one or close after; far ones are sought.
      if (slots[at]! < slot && slots[++at]! < slot) at = seek(slots, slot, at);
      if (slots[at] === slot) scores[i] = scores[i]! + share(f2[at]!, length[slot]!);
    }
  });
  return scores;
}

let scores = new Float64Array(1024);

/** Zeros for `n` scores; one buffer for every search (searches never overlap), not garbage each time. */
function scratch(n: number): Float64Array {
  if (scores.length < n) scores = new Float64Array(Math.max(n, 2 * scores.length));
  scores.fill(0, 0, n);
  return scores;
}

/**
 * A phrase's share of a document's score, remembered for the common few occurrences and short
 * lengths: most documents have the phrase once or twice, and many have the same length.
 */
function phraseShare(idf: number, avgdl: number): (f2: number, length: number) => number {
  const LENGTHS = 2048;
  const known = new Float64Array(4 * LENGTHS);
  return (f2, length) => {
    if (f2 > 4 || length >= LENGTHS) return phraseScore(idf, f2, length, avgdl);
    const at = (f2 - 1) * LENGTHS + length;
    let share = known[at]!;
    if (share === 0) share = known[at] = phraseScore(idf, f2, length, avgdl);
    return share;
  };
}

type SlotTest = (slot: number) => boolean;

function equalTo(column: StringColumn, value: string | undefined): SlotTest | null {
  if (value === undefined) return null;
  const code = column.dictionary.find(value) ?? -1;
  const codes = column.codes.values;
  return (slot) => codes[slot] === code;
}

/** As SQL's `IN (…)` under COLLATE NOCASE: any of the names, ASCII letters in either case. */
function nameIn(column: StringColumn, names: readonly string[] | undefined): SlotTest | null {
  if (names === undefined) return null;
  const folded = new Set(names.map(asciiLower));
  const ok = column.dictionary.flags((value) => folded.has(asciiLower(value)));
  const codes = column.codes.values;
  return (slot) => ok[codes[slot]!] === 1;
}

/** Dates are YYYY-MM-DD, so comparing strings compares dates (as SQL does). */
function dateIn(column: StringColumn, from: string | undefined, to: string | undefined): SlotTest | null {
  if (from === undefined && to === undefined) return null;
  const ok = column.dictionary.flags((d) => (from === undefined || d >= from) && (to === undefined || d <= to));
  const codes = column.codes.values;
  return (slot) => ok[codes[slot]!] === 1;
}

function allOf(tests: (SlotTest | null)[]): SlotTest | null {
  const used = tests.filter((t) => t !== null);
  if (used.length === 0) return null;
  if (used.length === 1) return used[0]!;
  return (slot) => used.every((t) => t(slot));
}

function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

function counted(column: StringColumn, counts: Int32Array): [string, number][] {
  const out: [string, number][] = [];
  for (let code = 1; code < counts.length; code++) if (counts[code]! > 0) out.push([column.dictionary.values[code]!, counts[code]!]);
  return out;
}

function byYear({ names, ofDate }: { names: string[]; ofDate: Uint32Array }, counts: Int32Array): [string, number][] {
  const years = new Int32Array(names.length);
  for (let code = 1; code < counts.length; code++) years[ofDate[code]!]! += counts[code]!;
  const out: [string, number][] = [];
  years.forEach((count, year) => {
    if (count > 0) out.push([names[year]!, count]);
  });
  return out;
}
