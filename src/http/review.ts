// The review before publishing (admin): what is missing, open or corrected, and the floor log.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../app/context.ts';
import { publicationReview } from '../app/review.ts';
import { CONFERENCE_STATUSES, TURN_KINDS } from '../domain/record.ts';
import type { HttpEnv } from './auth.ts';
import { FloorLogSchema } from './floor.ts';
import { errors, guarded, jsonResponse, SlugParam } from './openapi.ts';

const ReviewTurn = z.object({ seq: z.number().int(), kind: z.enum(TURN_KINDS), speaker: z.string().nullable() });

const ReviewSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    status: z.enum(CONFERENCE_STATUSES),
    languages: z.array(z.string()),
    turnCount: z.number().int(),
    uninterpreted: z.array(ReviewTurn.extend({ missing: z.array(z.string()) })),
    open: z.array(ReviewTurn),
    corrections: z.array(ReviewTurn.extend({ revisions: z.number().int() })),
    floorLog: FloorLogSchema,
    floorLogPublished: z.boolean(),
    warnings: z.array(z.enum(['notEnded', 'empty', 'open', 'uninterpreted'])),
  })
  .openapi('PublicationReview');

export function reviewRoutes(app: OpenAPIHono<HttpEnv>, ctx: AppContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/conferences/{slug}/review',
      summary: 'Before publishing: turns missing a language, open turns, corrections, the floor log, and the warnings',
      ...guarded('admin'),
      request: { params: SlugParam },
      responses: { 200: jsonResponse('The review', ReviewSchema), ...errors(401, 403, 404) },
    }),
    async (c) => c.json(await publicationReview(ctx, c.req.valid('param').slug), 200),
  );
}
