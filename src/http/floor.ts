import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../app/errors.ts';
import { floorLog, getQueue, giveFloor, lowerHand, myHand, raiseHand, skipHand } from '../app/floor.ts';
import { HAND_STATUSES } from '../domain/floor.ts';
import { ORIGINS } from '../domain/record.ts';
import { isStaff } from '../domain/roles.ts';
import { currentUser, type HttpEnv } from './auth.ts';
import { errors, guarded, jsonResponse, Ok, SlugParam } from './openapi.ts';

const OwnHandSchema = z
  .object({
    id: z.string(),
    status: z.enum(HAND_STATUSES),
    topic: z.string().nullable(),
    question: z.string().nullable(),
    followUp: z.boolean(),
    raisedAt: z.string(),
    position: z.number().int().nullable(),
    waiting: z.number().int(),
  })
  .openapi('OwnHand');

const QueueEntrySchema = z
  .object({
    handId: z.string(),
    position: z.number().int(),
    eligible: z.boolean(),
    reasons: z.array(z.string()),
    why: z
      .array(
        z.object({
          code: z.enum(['limit', 'noFollowUps', 'followUp', 'notAsked', 'asked', 'alternate']),
          limit: z.number().int().optional(),
          n: z.number().int().optional(),
          origin: z.enum(ORIGINS).optional(),
          after: z.enum(ORIGINS).optional(),
        }),
      )
      .openapi({ description: 'the reasons as data, for translation' }),
    journalist: z.object({ id: z.string(), name: z.string() }),
    outlet: z.object({ id: z.string(), name: z.string(), origin: z.enum(ORIGINS) }).nullable(),
    origin: z.enum(ORIGINS),
    topic: z.string().nullable(),
    question: z.string().nullable(),
    followUp: z.boolean(),
    raisedAt: z.string(),
    waitSeconds: z.number().int(),
    outletQuestions: z.object({ here: z.number().int(), earlier: z.number().int() }),
  })
  .openapi('QueueEntry');

const QueueSchema = z.object({ conference: z.string(), policyPick: z.string().nullable(), entries: z.array(QueueEntrySchema) }).openapi('Queue');

const HandParam = SlugParam.extend({
  handId: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'handId', in: 'path' } }),
});

const FloorGivenSchema = z
  .object({
    handId: z.string(),
    action: z.enum(['pick', 'override']),
    policyPick: z.string().nullable(),
    seq: z.number().int(),
    journalist: z.string(),
    outlet: z.string().nullable(),
    message: z.string(),
  })
  .openapi('FloorGiven');

export const FloorLogSchema = z.array(
  z.object({
    at: z.string(),
    action: z.enum(['pick', 'override', 'skip']),
    actor: z.string(),
    handId: z.string(),
    journalist: z.string(),
    outlet: z.string().nullable(),
    policyHandId: z.string().nullable(),
    policyJournalist: z.string().nullable(),
    turnSeq: z.number().int().nullable(),
  }),
);

export function floorRoutes(app: OpenAPIHono<HttpEnv>, ctx: AppContext): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/conferences/{slug}/hands',
      summary: 'Raise a hand; topic and question are seen by staff only. The answer gives the place in the queue',
      ...guarded('journalist'),
      request: {
        params: SlugParam,
        body: {
          content: {
            'application/json': {
              schema: z.object({
                topic: z.string().trim().max(200).optional(),
                question: z.string().trim().max(2000).optional(),
                followUp: z.boolean().optional(),
              }),
            },
          },
          required: false,
        },
      },
      responses: { 201: jsonResponse('Raised', z.object({ hand: OwnHandSchema })), ...errors(400, 401, 403, 404, 409, 429) },
    }),
    async (c) => c.json({ hand: await raiseHand(ctx, currentUser(c), c.req.valid('param').slug, c.req.valid('json')) }, 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/conferences/{slug}/hands/mine',
      summary: "The caller's waiting hand and its place, if any",
      ...guarded('journalist'),
      request: { params: SlugParam },
      responses: { 200: jsonResponse('The hand', z.object({ hand: OwnHandSchema.nullable() })), ...errors(401, 403, 404) },
    }),
    async (c) => c.json({ hand: await myHand(ctx, currentUser(c), c.req.valid('param').slug) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/conferences/{slug}/hands/{handId}',
      summary: 'Lower your hand',
      ...guarded('journalist'),
      request: { params: HandParam },
      responses: { 200: jsonResponse('Lowered', Ok), ...errors(401, 403, 404, 409) },
    }),
    async (c) => {
      const { slug, handId } = c.req.valid('param');
      await lowerHand(ctx, currentUser(c), slug, handId);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/conferences/{slug}/hands/{handId}/skip',
      summary: 'Skip a hand (logged)',
      ...guarded('moderator', 'admin'),
      request: { params: HandParam },
      responses: { 200: jsonResponse('Skipped', Ok), ...errors(401, 403, 404, 409) },
    }),
    async (c) => {
      const { slug, handId } = c.req.valid('param');
      await skipHand(ctx, currentUser(c), slug, handId);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/conferences/{slug}/queue',
      summary: "The moderator's queue in the policy's order: journalist, outlet, origin, the outlet's questions here and before, the wait",
      ...guarded('moderator', 'admin'),
      request: { params: SlugParam },
      responses: { 200: jsonResponse('The queue', QueueSchema), ...errors(401, 403, 404) },
    }),
    async (c) => c.json(await getQueue(ctx, c.req.valid('param').slug), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/conferences/{slug}/floor',
      summary: "Give the floor: to handId, or without it to the policy's pick. Opens the question turn",
      ...guarded('moderator', 'admin'),
      request: {
        params: SlugParam,
        body: { content: { 'application/json': { schema: z.object({ handId: z.string().min(1).max(100).optional() }) } }, required: false },
      },
      responses: { 200: jsonResponse('Given', FloorGivenSchema), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await giveFloor(ctx, currentUser(c), c.req.valid('param').slug, c.req.valid('json').handId), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/conferences/{slug}/floor-log',
      summary: 'Every pick, skip and override, in order (staff; the public too once published, if the conference publishes it)',
      request: { params: SlugParam },
      responses: { 200: jsonResponse('The floor log', z.object({ entries: FloorLogSchema })), ...errors(401, 403, 404) },
    }),
    async (c) => {
      const slug = c.req.valid('param').slug;
      const user = c.get('user');
      if (!user || !isStaff(user.role)) {
        const info = await ctx.store.conferences.info(slug);
        if (!info) throw new AppError('not_found', `no conference with slug "${slug}"`);
        if (info.status !== 'published' || !info.settings.publishFloorLog) {
          throw new AppError(user ? 'forbidden' : 'unauthenticated', 'the floor log is for staff unless it is published with the record');
        }
      }
      return c.json({ entries: await floorLog(ctx, slug) }, 200);
    },
  );
}
