import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../app/context.ts';
import { appendText, correctTurn, CorrectionSchema, finalizeTurn, openTurn, OpenTurnSchema, RevisionViewSchema, turnRevisions } from '../app/writing.ts';
import { TURN_KINDS } from '../domain/record.ts';
import { isStaff } from '../domain/roles.ts';
import { currentUser, roleOf, type HttpEnv } from './auth.ts';
import { findVisibleRecord, visibleStatuses } from './conferences.ts';
import { errors, guarded, jsonBody, jsonResponse, SlugParam } from './openapi.ts';
import { OutletSchema, PersonSchema } from './record-schema.ts';

const WRITERS = ['transcriber', 'interpreter', 'moderator', 'admin'] as const;
/** Turns are opened and finalized by those who keep the floor language; interpreters follow them. */
const KEEPERS = ['transcriber', 'moderator', 'admin'] as const;

const LiveTurnSchema = z
  .object({
    seq: z.number().int(),
    kind: z.enum(TURN_KINDS),
    speaker: PersonSchema.nullable(),
    outlet: OutletSchema.nullable(),
    replyTo: z.number().int().nullable(),
    label: z.string().nullable(),
    text: z.record(z.string(), z.string()),
    state: z.enum(['open', 'final']),
    revision: z.number().int(),
    startsAt: z.number().nullable(),
    endsAt: z.number().nullable(),
  })
  .openapi('LiveTurn');

const SeqParam = SlugParam.extend({
  seq: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: 'seq', in: 'path' }, example: 3 }),
});
const Lang = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en or zh');

const RevisionSchema = RevisionViewSchema.openapi('Revision');

export function turnRoutes(app: OpenAPIHono<HttpEnv>, ctx: AppContext): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/conferences/{slug}/turns',
      summary: 'Open a turn; an answer without replyTo replies to the last question, a statement or answer without speaker is the first principal',
      ...guarded(...KEEPERS),
      request: { params: SlugParam, ...jsonBody(OpenTurnSchema) },
      responses: { 201: jsonResponse('Opened', z.object({ turn: LiveTurnSchema })), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json({ turn: await openTurn(ctx, currentUser(c), c.req.valid('param').slug, c.req.valid('json')) }, 201),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/conferences/{slug}/turns/{seq}/text',
      summary: 'Append a piece of text in one language',
      ...guarded(...WRITERS),
      request: { params: SeqParam, ...jsonBody(z.object({ lang: Lang, append: z.string().min(1).max(20_000) })) },
      responses: {
        200: jsonResponse('Appended', z.object({ seq: z.number().int(), lang: z.string(), length: z.number().int() })),
        ...errors(400, 401, 403, 404, 409, 413),
      },
    }),
    async (c) => {
      const { slug, seq } = c.req.valid('param');
      const { lang, append } = c.req.valid('json');
      return c.json(await appendText(ctx, currentUser(c), slug, seq, lang, append), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/conferences/{slug}/turns/{seq}/final',
      summary: 'Finalize a turn',
      ...guarded(...KEEPERS),
      request: { params: SeqParam },
      responses: { 200: jsonResponse('Final', z.object({ turn: LiveTurnSchema })), ...errors(401, 403, 404, 409) },
    }),
    async (c) => {
      const { slug, seq } = c.req.valid('param');
      return c.json({ turn: await finalizeTurn(ctx, currentUser(c), slug, seq) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/conferences/{slug}/turns/{seq}',
      summary: 'Correct a turn; the previous text is kept as a revision with who and when',
      ...guarded(...WRITERS),
      request: { params: SeqParam, ...jsonBody(CorrectionSchema) },
      responses: { 200: jsonResponse('Corrected', z.object({ turn: LiveTurnSchema })), ...errors(400, 401, 403, 404, 409, 413) },
    }),
    async (c) => {
      const { slug, seq } = c.req.valid('param');
      return c.json({ turn: await correctTurn(ctx, currentUser(c), slug, seq, c.req.valid('json')) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/conferences/{slug}/turns/{seq}/revisions',
      summary: "A turn's revisions with who, when and the word diff from the one before",
      request: { params: SeqParam },
      responses: { 200: jsonResponse('Revisions', z.object({ revisions: z.array(RevisionSchema) })), ...errors(404) },
    }),
    async (c) => {
      const { slug, seq } = c.req.valid('param');
      await findVisibleRecord(ctx.store, slug, visibleStatuses(c));
      return c.json({ revisions: await turnRevisions(ctx, slug, seq, isStaff(roleOf(c)) ? 'staff' : 'public') }, 200);
    },
  );
}
