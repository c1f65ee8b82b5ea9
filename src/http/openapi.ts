// Small helpers so each route file states its schema and roles in few words.
import { z } from '@hono/zod-openapi';
import type { UserRole } from '../domain/roles.ts';
import { allow } from './auth.ts';
import { ErrorSchema } from './errors.ts';

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } };
}

export function jsonResponse<T extends z.ZodType>(description: string, schema: T) {
  return { description, content: { 'application/json': { schema } } };
}

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ErrorSchema } } });

/** The error answers every route can give, plus those its guard adds. */
export function errors(...statuses: (400 | 401 | 403 | 404 | 409 | 413 | 429)[]) {
  const descriptions = {
    400: 'Malformed JSON or a field that breaks the schema',
    401: 'Not signed in',
    403: 'Signed in with a role that may not do this',
    404: 'Not found',
    409: 'Not possible in the current state',
    413: 'Body too large',
    429: 'Too many requests',
  } as const;
  return Object.fromEntries(statuses.map((s) => [s, errorResponse(descriptions[s])]));
}

/** Route options for a route open only to some roles: the guard and its documentation. */
export function guarded(...roles: UserRole[]) {
  return {
    middleware: allow(...roles),
    security: [{ session: [] }],
    description: `Roles: ${roles.join(', ')}.`,
  };
}

export const SlugParam = z.object({
  slug: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'slug', in: 'path' }, example: '2025-05-02-minister-of-harbours-meets-the-press' }),
});

/** A record's id in the path (an outlet, an accreditation, a user). */
export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const Ok = z.object({ ok: z.literal(true) });
