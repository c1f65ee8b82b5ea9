// The embed page's framing permission: the origins an admin lists (docs/web.md, "Embedding").
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../app/context.ts';
import { embedOrigins, EmbedOriginsSchema, setEmbedOrigins } from '../app/embed.ts';
import type { HttpEnv } from './auth.ts';
import { errors, guarded, jsonBody, jsonResponse } from './openapi.ts';

const ListedOrigins = z.object({ origins: z.array(z.string()).openapi({ example: ['https://www.example.gov'] }) }).openapi('ListedEmbedOrigins');

export function embedRoutes(app: OpenAPIHono<HttpEnv>, ctx: AppContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/embed/origins',
      summary: 'The origins whose pages may show /embed/{slug} in a frame',
      ...guarded('admin'),
      responses: { 200: jsonResponse('Origins', ListedOrigins), ...errors(401, 403) },
    }),
    async (c) => c.json({ origins: await embedOrigins(ctx) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/embed/origins',
      summary: 'Replace the list of origins that may frame the embed page (an empty list: this site only)',
      ...guarded('admin'),
      request: jsonBody(EmbedOriginsSchema),
      responses: { 200: jsonResponse('Origins, in their normal form', ListedOrigins), ...errors(400, 401, 403) },
    }),
    async (c) => c.json({ origins: await setEmbedOrigins(ctx, c.req.valid('json').origins) }, 200),
  );
}
