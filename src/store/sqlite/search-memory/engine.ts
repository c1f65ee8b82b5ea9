// Search from memory. The SQL path (src/store/kysely/search.ts) costs ~1.5 µs per matching turn:
// bm25 for every match (FTS5 reads each row's docsize record), the turn's search_docs row, a call
// of the collecting aggregate. This process keeps instead
//   - the document table (doc-table.ts): per indexed turn, what filters, facets and bm25 need,
//     ~17 bytes, loaded in the background after the first search;
//   - the postings of searched phrases (postings.ts): every document with the phrase and its
//     occurrences, read from FTS5 once, then only the documents added since;
// and a search combines the phrases' postings (AND, OR, NOT), scores every match with FTS5's own
// bm25 formula (bm25.ts) and counts the facets: a few nanoseconds per match. The answer is the SQL
// path's: the same total, facets, order and scores. Both follow writes within the same snapshot.
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';
import type { Collected } from '../search-collect.ts';
import { phraseExpression, type MatchPlan, type Phrase } from '../../../search/match.ts';
import { averageLength, idfOf, idfRatio } from './bm25.ts';
import { collect, matching, type MemoryFilters } from './collect.ts';
import { DocTable } from './doc-table.ts';
import { averagesRecord, type IndexTotals } from './fts5-records.ts';
import { PostingsCache } from './postings-cache.ts';
import { PostingsSource, type Postings } from './postings.ts';

export interface MemoryQuery extends MemoryFilters {
  plan: MatchPlan;
  /** How many of the best to return (offset + limit). */
  keep: number;
  facetSize: number;
}

/** Phrase postings kept between searches: about 6 bytes per document of each phrase. */
export const POSTINGS_BUDGET = 64 * 1024 * 1024;
/** Documents read per step while loading (some 25 ms), between which other work may run. */
const LOAD_STEP = 10_000;

/** What a loaded engine holds. */
interface Loaded {
  table: DocTable;
  source: PostingsSource;
  statements: ReturnType<typeof prepare>;
}

export class SearchMemory {
  private loaded: Loaded | null = null;
  private loading: Promise<void> | null = null;
  private readonly cache: PostingsCache;
  /** The table epoch the cached postings' slots belong to. */
  private cacheEpoch = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly sqlite: BetterSqlite3.Database,
    budget = POSTINGS_BUDGET,
  ) {
    this.cache = new PostingsCache(budget);
  }

  /**
   * The query's total, facets and best documents, or null while the table is not loaded yet (the
   * first search starts loading it in the background; SQL answers meanwhile).
   */
  async find(query: MemoryQuery): Promise<Collected | null> {
    if (!this.loaded) {
      // A failed load (the store closed meanwhile) leaves SQL answering.
      void this.load().catch(() => {});
      return null;
    }
    // Holding Kysely's connection: no transaction of another caller is open on it meanwhile.
    return this.db.connection().execute(async () => this.findInSnapshot(query));
  }

  /** Loads the table now, unless loaded (tests and benchmarks; a server lets the first search start it). */
  async warm(): Promise<void> {
    if (!this.loaded) await this.load();
  }

  get bytes(): { table: number; postings: number } {
    return { table: this.loaded?.table.bytes ?? 0, postings: this.cache.bytes };
  }

  private findInSnapshot(query: MemoryQuery): Collected | null {
    const loaded = this.loaded;
    if (!loaded) return null;
    try {
      return this.sqlite.transaction(() => this.search(loaded, query))();
    } catch (error) {
      // Never a wrong answer: forget what is held, let SQL answer, load again.
      this.reset();
      process.emitWarning(`in-memory search reset: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }

  /** In one read transaction: take in the writes since the last search, then search. */
  private search(loaded: Loaded, query: MemoryQuery): Collected | null {
    const { table, statements } = loaded;
    if (table.refresh() === 'stale') {
      this.reset();
      return null;
    }
    if (this.cacheEpoch !== table.epoch) {
      this.cache.clear();
      this.cacheEpoch = table.epoch;
    }
    const totals = averagesRecord(statements.averages.get() as Buffer | undefined);
    const postings = query.plan.phrases.map((p) => this.postings(loaded, p, totals));
    // idf from SQLite's ln(): the same libm log as FTS5's bm25, so the same double.
    const idf = postings.map((p) => idfOf(statements.ln.get(idfRatio(totals, p.live)) as number));
    const candidates = matching(query.plan.root, postings);
    return collect(table, candidates, { postings, idf, avgdl: averageLength(totals) }, query, query.keep, query.facetSize);
  }

  private postings({ table, source }: Loaded, phrase: Phrase, totals: IndexTotals): Postings {
    const key = phraseExpression(phrase);
    const cached = this.cache.get(key);
    let p: Postings;
    if (!cached) p = source.read(phrase, totals);
    else if (cached.watermark < table.watermark) p = source.extend(phrase, cached, totals);
    else p = cached;
    source.countLive(p);
    this.cache.set(key, p);
    return p;
  }

  /** Forgets everything: the next search loads the table again. */
  private reset(): void {
    this.loaded = null;
    this.cache.clear();
  }

  private load(): Promise<void> {
    this.loading ??= this.loadInSteps().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /** Reads the table a step at a time, each step holding the connection, letting other work run between. */
  private async loadInSteps(): Promise<void> {
    const loaded = await this.db.connection().execute(async () => {
      const table = new DocTable(this.sqlite);
      table.start();
      return { table, source: new PostingsSource(this.sqlite, table), statements: prepare(this.sqlite) };
    });
    let more = true;
    while (more) {
      await new Promise((resolve) => setImmediate(resolve));
      more = await this.db.connection().execute(async () => loaded.table.loadSome(LOAD_STEP));
    }
    this.cache.clear();
    this.cacheEpoch = loaded.table.epoch;
    this.loaded = loaded;
  }
}

function prepare(sqlite: BetterSqlite3.Database) {
  return {
    averages: sqlite.prepare(`SELECT block FROM search_fts_data WHERE id = 1`).pluck(),
    ln: sqlite.prepare(`SELECT ln(?)`).pluck(),
  };
}

/** One engine per database, found from the Kysely instance the store's repositories hold. */
const engines = new WeakMap<object, SearchMemory>();

export function attachSearchMemory(db: Kysely<Database>, sqlite: BetterSqlite3.Database): void {
  engines.set(db, new SearchMemory(db, sqlite));
}

/** The engine for this database, or undefined (a transaction, another dialect). */
export function searchMemoryOf(db: object): SearchMemory | undefined {
  return engines.get(db);
}
