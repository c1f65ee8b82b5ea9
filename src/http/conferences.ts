import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ConferenceStatus } from '../domain/record.ts';
import type { Store } from '../store/store.ts';
import { ApiError, ErrorSchema } from './errors.ts';
import { ConferenceSummarySchema, RecordSchema } from './record-schema.ts';

/** What the public may see; staff views widen this once sessions exist. */
export const PUBLIC_STATUSES: readonly ConferenceStatus[] = ['live', 'published'];

const SlugParam = z.object({ slug: z.string().min(1).max(200).openapi({ param: { name: 'slug', in: 'path' }, example: '2024-03-07-wang-yi-meets-the-press' }) });

const listRoute = createRoute({
  method: 'get',
  path: '/api/conferences',
  summary: 'Conferences visible to the caller, newest first',
  request: { query: z.object({ q: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(1000).optional() }) },
  responses: {
    200: { description: 'The conferences', content: { 'application/json': { schema: z.object({ conferences: z.array(ConferenceSummarySchema) }) } } },
    400: { description: 'Bad filter', content: { 'application/json': { schema: ErrorSchema } } },
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/conferences/{slug}',
  summary: 'One conference as its JSON record (presser.record/1)',
  request: { params: SlugParam },
  responses: {
    200: { description: 'The record', content: { 'application/json': { schema: RecordSchema } } },
    404: { description: 'No such conference', content: { 'application/json': { schema: ErrorSchema } } },
  },
});

export async function findVisibleRecord(store: Store, slug: string) {
  const record = await store.conferences.getRecord(slug);
  if (!record || !PUBLIC_STATUSES.includes(record.conference.status)) {
    throw new ApiError('not_found', `no conference with slug "${slug}"`);
  }
  return record;
}

export function conferenceRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(listRoute, async (c) => {
    const { q, limit } = c.req.valid('query');
    const conferences = await store.conferences.list({ status: PUBLIC_STATUSES, ...(q ? { text: q } : {}), ...(limit ? { limit } : {}) });
    return c.json({ conferences }, 200);
  });

  app.openapi(getRoute, async (c) => {
    const record = await findVisibleRecord(store, c.req.valid('param').slug);
    return c.json(record, 200);
  });
}
