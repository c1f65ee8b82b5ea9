import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { addUser, MIN_PASSWORD_LENGTH } from '../app/auth.ts';
import type { AppContext } from '../app/context.ts';
import { STAFF_ROLES, USER_ROLES } from '../domain/roles.ts';
import type { HttpEnv } from './auth.ts';
import { errors, guarded, jsonBody, jsonResponse } from './openapi.ts';

const ListedUserSchema = z
  .object({ id: z.string(), email: z.string(), name: z.string(), role: z.enum(USER_ROLES), outletId: z.string().nullable(), createdAt: z.string() })
  .openapi('ListedUser');

const NewStaffUser = z.object({
  email: z.string().trim().email().max(320),
  name: z.string().trim().min(1).max(200).optional(),
  role: z.enum(STAFF_ROLES).openapi({ description: 'journalists get their accounts by accreditation' }),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(1000),
});

export function userRoutes(app: OpenAPIHono<HttpEnv>, ctx: AppContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/users',
      summary: 'Every account, staff and journalists',
      ...guarded('admin'),
      responses: { 200: jsonResponse('Users', z.object({ users: z.array(ListedUserSchema) })), ...errors(401, 403) },
    }),
    async (c) => {
      const users = await ctx.store.users.list();
      return c.json({ users: users.map((u) => ({ id: u.id, email: u.email, name: u.name, role: u.role, outletId: u.outletId, createdAt: u.createdAt })) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/users',
      summary: 'Create a staff account with a password',
      ...guarded('admin'),
      request: jsonBody(NewStaffUser),
      responses: { 201: jsonResponse('Created', z.object({ user: ListedUserSchema })), ...errors(400, 401, 403, 409) },
    }),
    async (c) => {
      const u = await addUser(ctx, c.req.valid('json'));
      return c.json({ user: { id: u.id, email: u.email, name: u.name, role: u.role, outletId: u.outletId, createdAt: u.createdAt } }, 201);
    },
  );
}
