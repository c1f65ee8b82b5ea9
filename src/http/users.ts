import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { addUser, MIN_PASSWORD_LENGTH } from '../app/auth.ts';
import { resetPassword, setDisabled } from '../app/staff.ts';
import type { AppContext } from '../app/context.ts';
import { STAFF_ROLES, USER_ROLES, type User } from '../domain/roles.ts';
import { currentUser, type HttpEnv } from './auth.ts';
import { errors, guarded, IdParam, jsonBody, jsonResponse } from './openapi.ts';

const ListedUserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(USER_ROLES),
    outletId: z.string().nullable(),
    createdAt: z.string(),
    disabledAt: z.string().nullable(),
  })
  .openapi('ListedUser');

const listed = (u: User) => ({ id: u.id, email: u.email, name: u.name, role: u.role, outletId: u.outletId, createdAt: u.createdAt, disabledAt: u.disabledAt });

const UserChange = z
  .object({
    password: z.string().max(1000).optional().openapi({ description: "a new password (staff only); ends the account's sessions" }),
    disabled: z.boolean().optional().openapi({ description: 'true disables the account (signed out, cannot sign in), false enables it again' }),
  })
  .refine((v) => v.password !== undefined || v.disabled !== undefined, { message: 'give a password or disabled' });

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
      return c.json({ users: users.map(listed) }, 200);
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
      return c.json({ user: listed(u) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/users/{id}',
      summary: "Reset an account's password, or disable or enable it",
      ...guarded('admin'),
      request: { params: IdParam, ...jsonBody(UserChange) },
      responses: { 200: jsonResponse('Changed', z.object({ user: ListedUserSchema })), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const change = c.req.valid('json');
      let user: User | undefined;
      if (change.password !== undefined) user = await resetPassword(ctx, id, change.password);
      if (change.disabled !== undefined) user = await setDisabled(ctx, currentUser(c), id, change.disabled);
      return c.json({ user: listed(user!) }, 200);
    },
  );
}
