import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../app/context.ts';
import {
  addAlias,
  AliasSchema,
  editOutlet,
  matchOutlet,
  mergeOutlets,
  NewOutletSchema,
  OutletEditSchema,
  registerOutlet,
  removeAlias,
} from '../app/outlets.ts';
import { ORIGINS } from '../domain/record.ts';
import type { HttpEnv } from './auth.ts';
import { errors, guarded, IdParam, jsonBody, jsonResponse } from './openapi.ts';

export const OutletSchema = z
  .object({ id: z.string(), name: z.string(), aliases: z.array(z.string()), country: z.string().nullable(), origin: z.enum(ORIGINS) })
  .openapi('RegisteredOutlet');

const OutletAnswer = z.object({ outlet: OutletSchema });

const AliasParam = IdParam.extend({
  alias: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'alias', in: 'path' }, example: 'Xinhua' }),
});

export function outletRoutes(app: OpenAPIHono<HttpEnv>, ctx: AppContext): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/outlets',
      summary: 'Register a media outlet (409 near_duplicate when similar outlets are registered, unless newOutlet is true)',
      ...guarded('admin'),
      request: jsonBody(NewOutletSchema),
      responses: { 201: jsonResponse('Registered', OutletAnswer), ...errors(400, 401, 403, 409) },
    }),
    async (c) => c.json({ outlet: await registerOutlet(ctx, c.req.valid('json')) }, 201),
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

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/outlets/match',
      summary:
        'The registered outlet a name means (names and aliases, ignoring case, punctuation and words such as "TV" or "News Agency"), else the similar ones',
      ...guarded('admin'),
      request: { query: z.object({ name: z.string().trim().min(1).max(200) }) },
      responses: {
        200: jsonResponse('The match, or the candidates', z.object({ outlet: OutletSchema.nullable(), candidates: z.array(OutletSchema) })),
        ...errors(400, 401, 403),
      },
    }),
    async (c) => c.json(await matchOutlet(ctx, c.req.valid('query').name), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/outlets/{id}',
      summary: 'Edit an outlet: its name (the old one stays as an alias), country or origin',
      ...guarded('admin'),
      request: { params: IdParam, ...jsonBody(OutletEditSchema) },
      responses: { 200: jsonResponse('Edited', OutletAnswer), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json({ outlet: await editOutlet(ctx, c.req.valid('param').id, c.req.valid('json')) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/outlets/{id}/aliases',
      summary: 'Add another name of an outlet',
      ...guarded('admin'),
      request: { params: IdParam, ...jsonBody(AliasSchema) },
      responses: { 200: jsonResponse('Added', OutletAnswer), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json({ outlet: await addAlias(ctx, c.req.valid('param').id, c.req.valid('json').alias) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/outlets/{id}/aliases/{alias}',
      summary: 'Remove another name of an outlet',
      ...guarded('admin'),
      request: { params: AliasParam },
      responses: { 200: jsonResponse('Removed', OutletAnswer), ...errors(401, 403, 404) },
    }),
    async (c) => {
      const { id, alias } = c.req.valid('param');
      return c.json({ outlet: await removeAlias(ctx, id, alias) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/outlets/{id}/merge',
      summary:
        'Merge this outlet into another, which is kept: every hand, turn, accreditation, journalist and statistic follows it, and the merged names become its aliases. Cannot be undone.',
      ...guarded('admin'),
      request: { params: IdParam, ...jsonBody(z.object({ into: z.string().min(1).max(100).openapi({ description: 'the id of the outlet kept' }) })) },
      responses: { 200: jsonResponse('Merged: the kept outlet', OutletAnswer), ...errors(400, 401, 403, 404) },
    }),
    async (c) => c.json({ outlet: await mergeOutlets(ctx, c.req.valid('json').into, c.req.valid('param').id) }, 200),
  );
}
