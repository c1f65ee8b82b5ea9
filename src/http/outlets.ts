import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../app/errors.ts';
import { ORIGINS } from '../domain/record.ts';
import type { HttpEnv } from './auth.ts';
import { errors, guarded, jsonBody, jsonResponse } from './openapi.ts';

export const OutletSchema = z
  .object({ id: z.string(), name: z.string(), aliases: z.array(z.string()), country: z.string().nullable(), origin: z.enum(ORIGINS) })
  .openapi('RegisteredOutlet');

const NewOutlet = z.object({
  name: z.string().trim().min(1).max(200),
  aliases: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as CN or US')
    .nullable()
    .default(null),
  origin: z.enum(['domestic', 'foreign']),
});

export function outletRoutes(app: OpenAPIHono<HttpEnv>, ctx: AppContext): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/outlets',
      summary: 'Register a media outlet',
      ...guarded('admin'),
      request: jsonBody(NewOutlet),
      responses: { 201: jsonResponse('Registered', z.object({ outlet: OutletSchema })), ...errors(400, 401, 403, 409) },
    }),
    async (c) => {
      const input = c.req.valid('json');
      // Checked and created in one transaction; the unique name index settles any race left.
      const outlet = await ctx.store.transaction(async (tx) => {
        for (const name of [input.name, ...input.aliases]) {
          const clash = await tx.outlets.findByName(name);
          if (clash) throw new AppError('conflict', `"${name}" is already the outlet ${clash.name}`, 'name');
        }
        return tx.outlets.create(input, ctx.clock.now().toISOString());
      });
      return c.json({ outlet }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/outlets',
      summary: 'The outlet registry',
      ...guarded('admin', 'moderator', 'transcriber', 'interpreter'),
      responses: { 200: jsonResponse('Outlets', z.object({ outlets: z.array(OutletSchema) })), ...errors(401, 403) },
    }),
    async (c) => c.json({ outlets: await ctx.store.outlets.list() }, 200),
  );
}
