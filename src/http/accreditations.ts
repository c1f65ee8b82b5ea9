import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { apply, ApplicationSchema, approve, reissueLink, reject, revoke } from '../app/accreditation.ts';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../app/errors.ts';
import { ACCREDITATION_STATUSES, type Accreditation } from '../domain/accreditation.ts';
import { clientKey, currentUser, siteOrigin, type HttpEnv } from './auth.ts';
import { errors, guarded, jsonBody, jsonResponse } from './openapi.ts';

export const AccreditationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    outletName: z.string(),
    outletId: z.string().nullable(),
    conferenceId: z.string().nullable(),
    validFrom: z.string().nullable(),
    validUntil: z.string().nullable(),
    status: z.enum(ACCREDITATION_STATUSES),
    userId: z.string().nullable(),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .openapi('Accreditation');


const IdParam = z.object({ id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' } }) });
const Approval = z.object({
  origin: z.enum(['domestic', 'foreign']).optional().openapi({ description: "the outlet's origin, when it is new to the registry" }),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
});
const LinkAnswer = z.object({ accreditation: AccreditationSchema, accessLink: z.string(), accessExpiresAt: z.string() });

/** The link a journalist opens to sign in, on the address the admin is using. */
function accessLink(c: Context<HttpEnv>, token: string): string {
  return `${siteOrigin(c)}/access/${token}`;
}

export function accreditationRoutes(app: OpenAPIHono<HttpEnv>, ctx: AppContext): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/accreditations',
      summary: 'Apply for accreditation (anyone)',
      request: jsonBody(ApplicationSchema),
      responses: { 201: jsonResponse('Application received', z.object({ accreditation: AccreditationSchema })), ...errors(400, 404, 413, 429) },
    }),
    async (c) => {
      const accreditation = await apply(ctx, c.req.valid('json'), clientKey(c));
      return c.json({ accreditation }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/accreditations',
      summary: 'Applications and accreditations, newest first',
      ...guarded('admin'),
      request: { query: z.object({ status: z.enum(ACCREDITATION_STATUSES).optional() }) },
      responses: { 200: jsonResponse('Accreditations', z.object({ accreditations: z.array(AccreditationSchema) })), ...errors(400, 401, 403) },
    }),
    async (c) => c.json({ accreditations: await ctx.store.accreditations.list(c.req.valid('query').status) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/accreditations/{id}/approve',
      summary: "Approve; the answer carries the journalist's personal access link",
      ...guarded('admin'),
      request: { params: IdParam, body: { content: { 'application/json': { schema: Approval } }, required: false } },
      responses: { 200: jsonResponse('Approved', LinkAnswer), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const result = await approve(ctx, currentUser(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json({ accreditation: result.accreditation, accessLink: accessLink(c, result.accessToken), accessExpiresAt: result.accessExpiresAt }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/accreditations/{id}/link',
      summary: 'A new personal access link for an approved journalist',
      ...guarded('admin'),
      request: { params: IdParam },
      responses: { 200: jsonResponse('A new link', LinkAnswer), ...errors(401, 403, 404, 409) },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const link = await reissueLink(ctx, id);
      const accreditation = (await ctx.store.accreditations.get(id)) as Accreditation;
      return c.json({ accreditation, accessLink: accessLink(c, link.accessToken), accessExpiresAt: link.accessExpiresAt }, 200);
    },
  );

  for (const [action, run] of [
    ['reject', reject],
    ['revoke', revoke],
  ] as const) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/api/accreditations/{id}/${action}`,
        summary: action === 'reject' ? 'Reject an application' : "Revoke: the journalist's sessions and live streams end at once",
        ...guarded('admin'),
        request: { params: IdParam },
        responses: { 200: jsonResponse('Done', z.object({ accreditation: AccreditationSchema })), ...errors(401, 403, 404, 409) },
      }),
      async (c) => {
        const accreditation = await run(ctx, currentUser(c), c.req.valid('param').id);
        if (!accreditation) throw new AppError('not_found', 'no such accreditation');
        return c.json({ accreditation }, 200);
      },
    );
  }
}
