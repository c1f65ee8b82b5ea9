// Searching the archive: the one entry point the CLI and the HTTP API share.
import { CONFERENCE_STATUSES, type ConferenceStatus, type Origin, type TurnKind } from '../domain/record.ts';
import { isPublic } from '../domain/lifecycle.ts';
import type { FacetCount } from '../store/store.ts';
import type { Store } from '../store/store.ts';
import { checkFilters, invalid, type RawSearchFilters } from './search-filters.ts';
import { outletSearchNames, registeredOutletFacets } from './search-outlets.ts';
import { highlightTerms, matchPlan } from '../search/match.ts';
import { parseQuery } from '../search/query.ts';
import { snippet } from '../search/snippet.ts';
import { tsquery } from '../search/tsquery.ts';

import { DEFAULT_LIMIT, MAX_LIMIT } from './limits.ts';

export { DEFAULT_LIMIT, MAX_LIMIT };
export const MAX_OFFSET = 10_000;
/** Speakers and outlets listed in the facets, most frequent first. */
export const FACET_SIZE = 25;
/** Facet rows asked of the store: more than listed, so an outlet's names add up before the list is cut. */
const STORE_FACET_SIZE = FACET_SIZE * 4;
/** What the public may search; staff pass every status. */
export const PUBLIC_STATUSES: readonly ConferenceStatus[] = CONFERENCE_STATUSES.filter(isPublic);

export interface SearchOptions {
  limit?: number;
  offset?: number;
  /** Conference statuses searched; published and live (what the public sees) when not given. */
  statuses?: readonly ConferenceStatus[];
}

export interface SearchHit {
  conference: { slug: string; title: string; date: string | null };
  seq: number;
  kind: TurnKind;
  speaker: string | null;
  outlet: string | null;
  origin: Origin | null;
  lang: string;
  /** An excerpt with the found words wrapped in «…» (see snippet.ts). */
  snippet: string;
  /** The turn's anchor on its conference page. */
  url: string;
  /** bm25 relevance, higher is better; comparable within one search only. */
  score: number;
}

export interface SearchResponse {
  /** The query as searched (cut when too long). */
  query: string;
  results: SearchHit[];
  facets: { speakers: FacetCount[]; outlets: FacetCount[]; years: FacetCount[] };
  total: number;
  limit: number;
  offset: number;
  /** Said when the query was changed or had nothing to search for. */
  notice?: string;
}

/** Searches turns; bad filters throw a validation_failed AppError, a bad query gives a notice. */
export async function search(store: Store, rawQuery: string, rawFilters: RawSearchFilters, options: SearchOptions = {}): Promise<SearchResponse> {
  const filters = checkFilters(rawFilters);
  const limit = paging('limit', options.limit ?? DEFAULT_LIMIT, 1, MAX_LIMIT);
  const offset = paging('offset', options.offset ?? 0, 0, MAX_OFFSET);
  const statuses = options.statuses ?? PUBLIC_STATUSES;
  const query = parseQuery(rawQuery);
  const notice = query.notices.length > 0 ? { notice: query.notices.join('; ') } : {};
  const empty: SearchResponse = { query: query.text, results: [], facets: { speakers: [], outlets: [], years: [] }, total: 0, limit, offset, ...notice };

  let conferenceId: string | undefined;
  if (filters.conference !== undefined) {
    conferenceId = (await store.search.conferenceId(filters.conference)) ?? undefined;
    if (!conferenceId) throw invalid('conference', `no conference with slug "${filters.conference}"`);
  }
  const plan = matchPlan(query);
  if (plan === null || statuses.length === 0) return empty;

  const { conference: _slug, outlet, ...rest } = filters;
  const registry = await store.outlets.list();
  const outlets = outlet === undefined ? {} : { outlets: await outletSearchNames(store, registry, outlet) };
  const pgQuery = store.dialect === 'postgres' ? tsquery(plan.root) : null;
  const found = await store.search.find({
    match: plan.expression,
    plan,
    ...(pgQuery ? { tsquery: pgQuery } : {}),
    statuses,
    ...rest,
    ...outlets,
    ...(conferenceId ? { conferenceId } : {}),
    limit,
    offset,
    facetSize: STORE_FACET_SIZE,
  });
  const terms = highlightTerms(query);
  const results = found.hits.map(
    (hit): SearchHit => ({
      conference: { slug: hit.slug, title: hit.title, date: hit.date },
      seq: hit.seq,
      kind: hit.kind as TurnKind,
      speaker: hit.speaker,
      outlet: hit.outlet,
      origin: hit.origin as Origin | null,
      lang: hit.lang,
      snippet: snippet(hit.text, terms),
      url: `/c/${hit.slug}#t${hit.seq}`,
      score: Math.round(hit.score * 1000) / 1000,
    }),
  );
  const facets = {
    speakers: found.facets.speakers.slice(0, FACET_SIZE),
    outlets: registeredOutletFacets(found.facets.outlets, registry, FACET_SIZE),
    years: found.facets.years,
  };
  return { ...empty, results, facets, total: found.total };
}

function paging(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw invalid(field, `a whole number from ${min} to ${max}`);
  return value;
}
