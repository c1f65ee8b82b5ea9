import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  changeState,
  ConferenceInputSchema,
  createConference,
  deleteConference,
  FloorSettingsInput,
  requireConference,
  updateSettings,
} from '../app/conferences.ts';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../app/errors.ts';
import { isPublic } from '../domain/lifecycle.ts';
import { CONFERENCE_STATUSES, type ConferenceStatus } from '../domain/record.ts';
import { isStaff } from '../domain/roles.ts';
import type { Store } from '../store/store.ts';
import { currentUser, roleOf, type HttpEnv } from './auth.ts';
import { errors, guarded, jsonBody, jsonResponse, Ok, SlugParam } from './openapi.ts';
import { ConferenceSchema, ConferenceSummarySchema, RecordSchema } from './record-schema.ts';
import { reviewRoutes } from './review.ts';
import { publishedFloorLog } from '../app/floor.ts';
import { conferenceChanges, ConferenceEditSchema, editConference } from '../app/conference-edits.ts';

/** What the public may see; staff see every conference. */
export const PUBLIC_STATUSES: readonly ConferenceStatus[] = CONFERENCE_STATUSES.filter(isPublic);

/** The statuses the caller may see; null for all of them. */
export function visibleStatuses(c: Context<HttpEnv>): readonly ConferenceStatus[] | null {
  return isStaff(roleOf(c)) ? null : PUBLIC_STATUSES;
}

/** The record if the caller may see it; 404 otherwise, so drafts do not reveal they exist. */
export async function findVisibleRecord(store: Store, slug: string, statuses: readonly ConferenceStatus[] | null) {
  const record = await store.conferences.getRecord(slug);
  if (!record || (statuses && !statuses.includes(record.conference.status))) throw new AppError('not_found', `no conference with slug "${slug}"`);
  return record;
}

const FloorSettingsSchema = FloorSettingsInput.openapi('FloorSettings');

const LiveConferenceSchema = ConferenceSchema.extend({
  id: z.string(),
  principals: z.array(z.object({ name: z.string(), titles: z.array(z.string()), role: z.string() })),
  settings: FloorSettingsSchema,
  startsAt: z.string().nullable(),
  lastEventId: z.number().int(),
}).openapi('LiveConference');

export function conferenceRoutes(app: OpenAPIHono<HttpEnv>, ctx: AppContext): void {
  const { store } = ctx;
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/conferences',
      summary: 'Conferences the caller may see, newest first (the public: live and published)',
      request: {
        query: z.object({
          q: z.string().max(200).optional(),
          status: z.enum(CONFERENCE_STATUSES).optional(),
          limit: z.coerce.number().int().min(1).max(1000).optional(),
        }),
      },
      responses: { 200: jsonResponse('The conferences', z.object({ conferences: z.array(ConferenceSummarySchema) })), ...errors(400) },
    }),
    async (c) => {
      const { q, limit, status } = c.req.valid('query');
      const visible = visibleStatuses(c);
      const statuses = status ? (visible && !visible.includes(status) ? [] : [status]) : visible;
      if (statuses?.length === 0) return c.json({ conferences: [] }, 200);
      const conferences = await store.conferences.list({ ...(statuses ? { status: statuses } : {}), ...(q ? { text: q } : {}), ...(limit ? { limit } : {}) });
      return c.json({ conferences }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/conferences/{slug}',
      summary: 'One conference as its JSON record (presser.record/1)',
      request: { params: SlugParam },
      responses: { 200: jsonResponse('The record', RecordSchema), ...errors(404) },
    }),
    async (c) => {
      const slug = c.req.valid('param').slug;
      // One transaction: the header names exactly the last event the body reflects.
      const { record, lastEventId } = await store.transaction(async (tx) => {
        const found = await tx.conferences.getRecord(slug);
        return { record: found, lastEventId: found ? ((await tx.conferences.info(slug))?.lastEventId ?? 0) : 0 };
      });
      const statuses = visibleStatuses(c);
      if (!record || (statuses && !statuses.includes(record.conference.status))) throw new AppError('not_found', `no conference with slug "${slug}"`);
      c.header('x-presser-last-event-id', String(lastEventId));
      const floorLog = await publishedFloorLog(ctx, slug);
      return c.json(floorLog ? { ...record, floorLog } : record, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/conferences',
      summary: 'Create a conference (as a draft)',
      ...guarded('admin'),
      request: jsonBody(ConferenceInputSchema),
      responses: { 201: jsonResponse('Created', z.object({ conference: LiveConferenceSchema })), ...errors(400, 401, 403, 413) },
    }),
    async (c) => c.json({ conference: await createConference(ctx, c.req.valid('json')) }, 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/conferences/{slug}/live',
      summary: 'A conference with its principals, floor settings and last event id (staff)',
      ...guarded('admin', 'moderator', 'transcriber', 'interpreter'),
      request: { params: SlugParam },
      responses: { 200: jsonResponse('The conference', z.object({ conference: LiveConferenceSchema })), ...errors(401, 403, 404) },
    }),
    async (c) => c.json({ conference: await requireConference(store, c.req.valid('param').slug) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/conferences/{slug}/state',
      summary: 'Move a conference: draft, scheduled, live, ended, published, or cancel a scheduled one (moderators: live and ended)',
      ...guarded('admin', 'moderator'),
      request: { params: SlugParam, ...jsonBody(z.object({ status: z.enum(CONFERENCE_STATUSES) })) },
      responses: { 200: jsonResponse('Moved', z.object({ conference: LiveConferenceSchema })), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json({ conference: await changeState(ctx, currentUser(c), c.req.valid('param').slug, c.req.valid('json').status) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/conferences/{slug}/settings',
      summary: 'Change the floor settings: per-outlet limit, follow-ups, alternation, publishing the floor log',
      ...guarded('admin'),
      request: { params: SlugParam, ...jsonBody(FloorSettingsSchema.partial()) },
      responses: { 200: jsonResponse('Changed', z.object({ conference: LiveConferenceSchema })), ...errors(400, 401, 403, 404) },
    }),
    async (c) => c.json({ conference: await updateSettings(ctx, c.req.valid('param').slug, c.req.valid('json')) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/conferences/{slug}/status',
      summary: "A conference's state and planned start, for a page waiting for the start (anyone; drafts are 404)",
      request: { params: SlugParam },
      responses: {
        200: jsonResponse('The state', z.object({ status: z.enum(CONFERENCE_STATUSES), startsAt: z.string().nullable(), serverNow: z.string() })),
        ...errors(404),
      },
    }),
    async (c) => {
      const slug = c.req.valid('param').slug;
      const info = await store.conferences.info(slug);
      if (!info || (info.status === 'draft' && !isStaff(roleOf(c)))) throw new AppError('not_found', `no conference with slug "${slug}"`);
      c.header('cache-control', 'no-store');
      return c.json({ status: info.status, startsAt: info.startsAt, serverNow: ctx.clock.now().toISOString() }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/conferences/{slug}',
      summary: 'Delete a draft, or the demo conference (with its outlets nothing else names)',
      ...guarded('admin'),
      request: { params: SlugParam },
      responses: { 200: jsonResponse('Deleted', Ok), ...errors(401, 403, 404, 409) },
    }),
    async (c) => {
      await deleteConference(ctx, c.req.valid('param').slug);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/conferences/{slug}',
      summary:
        "Edit a conference's details: any of them while a draft or scheduled; once it has gone live only the title, venue and start time, each change logged",
      ...guarded('admin'),
      request: { params: SlugParam, ...jsonBody(ConferenceEditSchema) },
      responses: { 200: jsonResponse('Edited', z.object({ conference: LiveConferenceSchema })), ...errors(400, 401, 403, 404, 409, 413) },
    }),
    async (c) => c.json({ conference: await editConference(ctx, currentUser(c), c.req.valid('param').slug, c.req.valid('json')) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/conferences/{slug}/changes',
      summary: "Changes to a conference's details after it went live: who, when, the old and the new value (staff)",
      ...guarded('admin', 'moderator', 'transcriber', 'interpreter'),
      request: { params: SlugParam },
      responses: { 200: jsonResponse('The changes, oldest first', z.object({ changes: z.array(ConferenceChangeSchema) })), ...errors(401, 403, 404) },
    }),
    async (c) => c.json({ changes: await conferenceChanges(ctx, c.req.valid('param').slug) }, 200),
  );

  reviewRoutes(app, ctx);
}

const ConferenceChangeSchema = z
  .object({
    n: z.number().int(),
    at: z.string(),
    userId: z.string(),
    userName: z.string().nullable(),
    field: z.string().openapi({ example: 'title' }),
    from: z.string().nullable(),
    to: z.string().nullable(),
  })
  .openapi('ConferenceChange');
