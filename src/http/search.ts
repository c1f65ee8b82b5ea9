// GET /api/search: full-text search over turns, English and Chinese, with filters and facets.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../app/context.ts';
import { CONFERENCE_STATUSES, isIsoDate, ORIGINS, TURN_KINDS } from '../domain/record.ts';
import { isStaff } from '../domain/roles.ts';
import { LANG_TAG } from '../app/search-filters.ts';
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET, PUBLIC_STATUSES, search } from '../app/search.ts';
import { MAX_QUERY_CHARS } from '../search/query.ts';
import { roleOf, type HttpEnv } from './auth.ts';
import { errors, jsonResponse } from './openapi.ts';

const IsoDate = z.string().refine(isIsoDate, 'a date as YYYY-MM-DD').optional().openapi({ example: '2024-03-07' });

const SearchQuery = z.object({
  q: z
    .string()
    .min(1)
    .openapi({
      description: `Words (all must match), "a phrase", prefix*, a OR b, -left-out. English and Chinese: 中美 finds 中美关系. Longer than ${MAX_QUERY_CHARS} characters is cut, with a notice.`,
      example: '中美 cooperation',
    }),
  speaker: z.string().max(200).optional().openapi({ description: 'Speaker name, case-insensitive' }),
  outlet: z.string().max(200).optional().openapi({ description: 'Outlet name, case-insensitive' }),
  origin: z.enum(ORIGINS).optional(),
  kind: z.enum(TURN_KINDS).optional(),
  from: IsoDate,
  to: IsoDate,
  conference: z.string().max(200).optional().openapi({ description: 'A conference slug' }),
  lang: z.string().regex(LANG_TAG, 'a language tag such as en or zh').optional(),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).optional().openapi({ example: DEFAULT_LIMIT }),
  offset: z.coerce.number().int().min(0).max(MAX_OFFSET).optional(),
});

const Facet = z.array(z.object({ value: z.string(), count: z.number().int() }));

const SearchResultsSchema = z
  .object({
    query: z.string().openapi({ description: 'The query as searched (cut when too long)' }),
    results: z.array(
      z.object({
        conference: z.object({ slug: z.string(), title: z.string(), date: z.string().nullable() }),
        seq: z.number().int(),
        kind: z.enum(TURN_KINDS),
        speaker: z.string().nullable(),
        outlet: z.string().nullable(),
        origin: z.enum(ORIGINS).nullable(),
        lang: z.string(),
        snippet: z.string().openapi({
          description: 'Plain text; found words are wrapped in « and » (a « or » in the text itself is shown as ‹ or ›)',
          example: 'the «China-US» relationship…',
        }),
        url: z.string().openapi({ example: '/c/2024-03-07-wang-yi-meets-the-press#t12' }),
        score: z.number().openapi({ description: 'bm25 relevance, higher is better' }),
      }),
    ),
    facets: z
      .object({ speakers: Facet, outlets: Facet, years: Facet })
      .openapi({ description: 'Counts over every match, not only this page: the 25 most frequent speakers and outlets, every year' }),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    notice: z.string().optional().openapi({ description: 'Said when the query was cut or read leniently, or had nothing to search for' }),
  })
  .openapi('SearchResults');

export function searchRoutes(app: OpenAPIHono<HttpEnv>, ctx: AppContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/search',
      summary: 'Search the turns of the archive, ranked by relevance (the public: live and published conferences; staff: all)',
      request: { query: SearchQuery },
      responses: { 200: jsonResponse('Ranked results with snippets and facet counts', SearchResultsSchema), ...errors(400) },
    }),
    async (c) => {
      const { q, limit, offset, ...filters } = c.req.valid('query');
      const statuses = isStaff(roleOf(c)) ? CONFERENCE_STATUSES : PUBLIC_STATUSES;
      return c.json(await search(ctx.store, q, filters, { limit, offset, statuses }), 200);
    },
  );
}
