import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../app/context.ts';
import { accreditedConferences } from '../app/journalist.ts';
import { CONFERENCE_STATUSES } from '../domain/record.ts';
import { currentUser, type HttpEnv } from './auth.ts';
import { errors, guarded, jsonResponse } from './openapi.ts';

const AccreditedConferenceSchema = z
  .object({ slug: z.string(), title: z.string(), date: z.string().nullable(), status: z.enum(CONFERENCE_STATUSES), languages: z.array(z.string()) })
  .openapi('AccreditedConference');

export function meRoutes(app: OpenAPIHono<HttpEnv>, ctx: AppContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/me/conferences',
      summary: "The scheduled, live and just-ended conferences the signed-in journalist's accreditations admit, live first",
      ...guarded('journalist'),
      responses: { 200: jsonResponse('Conferences', z.object({ conferences: z.array(AccreditedConferenceSchema) })), ...errors(401, 403) },
    }),
    async (c) => c.json({ conferences: await accreditedConferences(ctx, currentUser(c)) }, 200),
  );
}
