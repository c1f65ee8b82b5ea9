// Search on PostgreSQL: the same matches, filters, facets and paging as FTS5 on SQLite
// (src/store/kysely/search.ts), over search_docs.tsv with its GIN index (migration 0003_search).
// Ranking is ts_rank with the body weighted 1.0 and inner Chinese words 0.5 (as bm25(1.0, 0.5) on
// SQLite) and the score divided by 1 + log(length), so a short turn saying a word four times comes
// before a long one saying it once; scores are comparable within one search, as on SQLite.
import { sql, type RawBuilder } from 'kysely';
import { latestFirst, mostFrequent, type Collected } from '../sqlite/search-collect.ts';
import type { Db } from './db.ts';
import type { SearchSpec } from '../store.ts';

const EMPTY: Collected = { total: 0, top: [], speakers: [], outlets: [], years: [] };

export async function collectPostgres(db: Db, spec: SearchSpec): Promise<Collected> {
  if (!spec.tsquery) return EMPTY;
  const keep = spec.offset + spec.limit;
  const { rows } = await sql<{
    total: number;
    top: [number, number][] | null;
    speakers: [string, number][] | null;
    outlets: [string, number][] | null;
    years: [string, number][] | null;
  }>`
    WITH m AS (
      SELECT d.id, d.speaker, d.outlet, d.date, ts_rank('{0.1, 0.2, 0.5, 1.0}', d.tsv, to_tsquery('simple', ${spec.tsquery}), 1) AS score
      FROM search_docs d
      WHERE ${conditions(spec)}
    )
    SELECT
      (SELECT count(*) FROM m) AS total,
      (SELECT json_agg(json_build_array(-score, id) ORDER BY score DESC, id) FROM (SELECT id, score FROM m ORDER BY score DESC, id LIMIT ${keep}) t) AS top,
      (SELECT json_agg(json_build_array(speaker, n)) FROM (SELECT speaker, count(*) AS n FROM m WHERE speaker IS NOT NULL GROUP BY speaker) t) AS speakers,
      (SELECT json_agg(json_build_array(outlet, n)) FROM (SELECT outlet, count(*) AS n FROM m WHERE outlet IS NOT NULL GROUP BY outlet) t) AS outlets,
      (SELECT json_agg(json_build_array(year, n)) FROM (SELECT substr(date, 1, 4) AS year, count(*) AS n FROM m WHERE date IS NOT NULL GROUP BY 1) t) AS years`.execute(
    db,
  );
  const row = rows[0];
  if (!row) return EMPTY;
  // Facets are ordered in JavaScript, as on SQLite, so ties fall the same way whatever the collation.
  return {
    total: Number(row.total),
    top: row.top ?? [],
    speakers: mostFrequent(row.speakers ?? [], spec.facetSize),
    outlets: mostFrequent(row.outlets ?? [], spec.facetSize),
    years: latestFirst(row.years ?? []),
  };
}

function conditions(spec: SearchSpec): RawBuilder<unknown> {
  const parts = [sql`d.tsv @@ to_tsquery('simple', ${spec.tsquery})`, sql`d.status IN (${sql.join([...spec.statuses])})`];
  if (spec.speaker !== undefined) parts.push(sql`lower(d.speaker) = lower(${spec.speaker})`);
  if (spec.outlets !== undefined) parts.push(sql`lower(d.outlet) IN (${sql.join(spec.outlets.map((o) => sql`lower(${o})`))})`);
  if (spec.origin !== undefined) parts.push(sql`d.origin = ${spec.origin}`);
  if (spec.kind !== undefined) parts.push(sql`d.kind = ${spec.kind}`);
  if (spec.from !== undefined) parts.push(sql`d.date >= ${spec.from}`);
  if (spec.to !== undefined) parts.push(sql`d.date <= ${spec.to}`);
  if (spec.conferenceId !== undefined) parts.push(sql`d.conference_id = ${spec.conferenceId}`);
  if (spec.lang !== undefined) parts.push(sql`d.lang = ${spec.lang}`);
  return sql.join(parts, sql` AND `);
}
