// Full-text search over turns: an FTS5 index (search_fts, contentless) beside search_docs, one row
// per turn and language holding what filters and facets need, so a match never has to read the
// large turns rows. Both are kept by triggers on turns and conferences (migration 0003_search).
// FTS5 is SQLite's, so this is raw SQL; PostgreSQL has its own (search-pg.ts), the page's rows are shared.
import { sql, type RawBuilder } from 'kysely';
import { searchMemoryOf } from '../sqlite/search-memory/engine.ts';
import type { Collected } from '../sqlite/search-collect.ts';
import type { SearchHitRow, SearchRepository, SearchRows, SearchSpec } from '../store.ts';
import type { Db } from './db.ts';
import { collectPostgres } from './search-pg.ts';
import { isPostgresDb } from './search-text.ts';

export class SearchRepo implements SearchRepository {
  constructor(private readonly db: Db) {}

  /**
   * The total, the facets and the ids of the page, from memory (src/search/memory/) when this
   * process keeps the index's documents there, else from SQL; then the page's turns.
   */
  async find(spec: SearchSpec): Promise<SearchRows> {
    const keep = spec.offset + spec.limit;
    const collected = isPostgresDb(this.db) ? await collectPostgres(this.db, spec) : ((await this.fromMemory(spec)) ?? (await this.fromSql(spec)));
    const page = collected.top.slice(spec.offset, keep);
    const counts = (list: [string, number][]) => list.map(([value, count]) => ({ value, count }));
    return {
      hits: await this.hits(page),
      total: collected.total,
      facets: { speakers: counts(collected.speakers), outlets: counts(collected.outlets), years: counts(collected.years) },
    };
  }

  /**
   * Searches within one conference start from its few hundred documents in SQL; transactions
   * and other dialects have no memory engine; null sends the search to SQL.
   */
  private async fromMemory(spec: SearchSpec): Promise<Collected | null> {
    const memory = searchMemoryOf(this.db);
    if (!memory || !spec.plan || spec.conferenceId !== undefined) return null;
    const { plan, statuses, speaker, outlets, origin, kind, from, to, lang, facetSize } = spec;
    return memory.find({ plan, statuses, speaker, outlets, origin, kind, from, to, lang, keep: spec.offset + spec.limit, facetSize });
  }

  /**
   * One pass over the matches (presser_search_collect, registered by src/store/sqlite/open.ts)
   * gives the total, the facets and the ids of the page. `rank` is bm25 with the weights set in
   * migration 0003_search.
   */
  private async fromSql(spec: SearchSpec): Promise<Collected> {
    const { rows } = await sql<{ collected: string }>`
      SELECT presser_search_collect(search_fts.rank, d.id, d.speaker, d.outlet, d.date, ${spec.offset + spec.limit}, ${spec.facetSize}) AS collected
      FROM ${matches(spec)}
      WHERE ${conditions(spec)}`.execute(this.db);
    return JSON.parse(rows[0]?.collected ?? '{"total":0,"top":[],"speakers":[],"outlets":[],"years":[]}') as Collected;
  }

  /** Loads what the in-memory search keeps, when this database has it; false when it has not. */
  async warm(): Promise<boolean> {
    const memory = searchMemoryOf(this.db);
    await memory?.warm();
    return memory !== undefined;
  }

  /** Bytes the in-memory search holds: its document table and the postings of searched phrases. */
  memoryUse(): { table: number; postings: number } | null {
    return searchMemoryOf(this.db)?.bytes ?? null;
  }

  /** The page's documents with their conference and turn text, in rank order. */
  private async hits(page: [rank: number, id: number][]): Promise<SearchHitRow[]> {
    if (page.length === 0) return [];
    const { rows } = await sql<Omit<SearchHitRow, 'text' | 'score'> & { id: number; turn_text: string }>`
      SELECT d.id, c.slug, c.title, c.date, d.seq, d.lang, d.kind, d.speaker, d.outlet, d.origin, t.text AS turn_text
      FROM search_docs d
      JOIN conferences c ON c.id = d.conference_id
      JOIN turns t ON t.conference_id = d.conference_id AND t.seq = d.seq
      WHERE d.id IN (${sql.join(page.map(([, id]) => id))})`.execute(this.db);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return page.flatMap(([rank, id]) => {
      const row = byId.get(id);
      if (!row) return [];
      const { id: _id, turn_text, ...hit } = row;
      return [{ ...hit, text: textIn(turn_text, hit.lang), score: -rank }];
    });
  }

  async conferenceId(slug: string): Promise<string | null> {
    const row = await this.db.selectFrom('conferences').select('id').where('slug', '=', slug).executeTakeFirst();
    return row?.id ?? null;
  }
}

/**
 * The join of matches and documents. SQLite's planner always starts from the FTS5 match; within one
 * conference (a few hundred documents) it is cheaper to start from the documents and ask FTS5
 * about each, so CROSS JOIN fixes that order.
 */
function matches(spec: SearchSpec): RawBuilder<unknown> {
  return spec.conferenceId !== undefined
    ? sql`search_docs d CROSS JOIN search_fts ON search_fts.rowid = d.id`
    : sql`search_fts JOIN search_docs d ON d.id = search_fts.rowid`;
}

function conditions(spec: SearchSpec): RawBuilder<unknown> {
  const parts = [sql`search_fts MATCH ${spec.match}`, sql`d.status IN (${sql.join([...spec.statuses])})`];
  if (spec.speaker !== undefined) parts.push(sql`d.speaker = ${spec.speaker} COLLATE NOCASE`);
  if (spec.outlets !== undefined) parts.push(sql`d.outlet COLLATE NOCASE IN (${sql.join([...spec.outlets])})`);
  if (spec.origin !== undefined) parts.push(sql`d.origin = ${spec.origin}`);
  if (spec.kind !== undefined) parts.push(sql`d.kind = ${spec.kind}`);
  if (spec.from !== undefined) parts.push(sql`d.date >= ${spec.from}`);
  if (spec.to !== undefined) parts.push(sql`d.date <= ${spec.to}`);
  if (spec.conferenceId !== undefined) parts.push(sql`d.conference_id = ${spec.conferenceId}`);
  if (spec.lang !== undefined) parts.push(sql`d.lang = ${spec.lang}`);
  return sql.join(parts, sql` AND `);
}

function textIn(json: string, lang: string): string {
  const text = (JSON.parse(json) as Record<string, unknown>)[lang];
  return typeof text === 'string' ? text : '';
}
