import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import QRCode from 'qrcode';
import { apply, ApplicationSchema, reject, revoke } from '../app/accreditation.ts';
import { approveAndSend, approveMany, reissueAndSend, type SentLink, type SiteAddress } from '../app/access-mail.ts';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../app/errors.ts';
import { ACCREDITATION_STATUSES } from '../domain/accreditation.ts';
import { clientKey, currentUser, siteOrigin, type HttpEnv } from './auth.ts';
import { errors, guarded, IdParam, jsonBody, jsonResponse } from './openapi.ts';

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
    lang: z.string().nullable(),
  })
  .openapi('Accreditation');

const Approval = z.object({
  origin: z.enum(['domestic', 'foreign']).optional().openapi({ description: "the outlet's origin, when it is new to the registry" }),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  outletId: z.string().min(1).max(100).optional().openapi({ description: 'the registered outlet the application means (the applied name becomes its alias)' }),
  newOutlet: z.boolean().optional().openapi({ description: 'register the applied name as a new outlet although similar ones are registered' }),
});
const LinkAnswer = z.object({
  accreditation: AccreditationSchema,
  accessLink: z.string(),
  accessExpiresAt: z.string(),
  accessQr: z.string().openapi({ description: 'the link as a QR code, an SVG data: URL to show as an image' }),
  emailed: z.boolean().openapi({ description: 'true when the mail server accepted the e-mail with the link' }),
  emailError: z.string().nullable().openapi({ description: '"no_mailer" when no mail server is set up, else the reason sending failed' }),
});

const BulkApproval = z.object({
  items: z
    .array(Approval.extend({ id: z.string().min(1).max(100) }))
    .min(1)
    .max(200),
});

/** Links point at the public address (PRESSER_PUBLIC_URL), else at the address the admin is using. */
function site(c: Context<HttpEnv>): SiteAddress {
  return { base: siteOrigin(c) };
}

async function linkAnswer(sent: SentLink) {
  const svg = await QRCode.toString(sent.accessLink, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { ...sent, accessQr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
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
      summary:
        'Approve and e-mail the journalist their personal access link (with a calendar invitation); the answer carries the link and its QR code. 409 near_duplicate when the outlet resembles registered ones: give outletId or newOutlet',
      ...guarded('admin'),
      request: { params: IdParam, body: { content: { 'application/json': { schema: Approval } }, required: false } },
      responses: { 200: jsonResponse('Approved', LinkAnswer), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await linkAnswer(await approveAndSend(ctx, currentUser(c), c.req.valid('param').id, c.req.valid('json') ?? {}, site(c))), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/accreditations/approve',
      summary: 'Approve several applications and e-mail each journalist their link; each succeeds or fails on its own',
      ...guarded('admin'),
      request: jsonBody(BulkApproval),
      responses: {
        200: jsonResponse(
          'One result per application, in order',
          z.object({
            results: z.array(
              z.union([
                LinkAnswer.extend({ id: z.string(), ok: z.literal(true) }),
                z.object({ id: z.string(), ok: z.literal(false), code: z.string(), message: z.string() }),
              ]),
            ),
          }),
        ),
        ...errors(400, 401, 403),
      },
    }),
    async (c) => {
      const results = await approveMany(ctx, currentUser(c), c.req.valid('json').items, site(c));
      return c.json({ results: await Promise.all(results.map(async (r) => (r.ok ? { id: r.id, ok: true as const, ...(await linkAnswer(r.sent)) } : r))) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/accreditations/{id}/link',
      summary: 'A new personal access link for an approved journalist, e-mailed to them when a mail server is set up',
      ...guarded('admin'),
      request: { params: IdParam },
      responses: { 200: jsonResponse('A new link', LinkAnswer), ...errors(401, 403, 404, 409) },
    }),
    async (c) => c.json(await linkAnswer(await reissueAndSend(ctx, c.req.valid('param').id, site(c))), 200),
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
