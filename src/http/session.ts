import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { signIn, signInWithAccessLink, signOut, type NewSession } from '../app/auth.ts';
import type { AppContext } from '../app/context.ts';
import { USER_ROLES } from '../domain/roles.ts';
import { clientKey, currentUser, SESSION_COOKIE, type HttpEnv } from './auth.ts';
import { errors, guarded, jsonBody, jsonResponse, Ok } from './openapi.ts';
import { AppError } from '../app/errors.ts';
import { usedLinkPage } from './pages/used-link.tsx';

export const UserSchema = z
  .object({ id: z.string(), email: z.string(), name: z.string(), role: z.enum(USER_ROLES), outletId: z.string().nullable() })
  .openapi('User');

const SignIn = z.object({ email: z.string().email().max(320), password: z.string().min(1).max(1000) });

export function startCookie(c: Context<HttpEnv>, session: NewSession): void {
  setCookie(c, SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: c.get('client').scheme === 'https',
    expires: new Date(session.expiresAt),
  });
}

function userView(user: NewSession['user']) {
  return { id: user.id, email: user.email, name: user.name, role: user.role, outletId: user.outletId };
}

export function sessionRoutes(app: OpenAPIHono<HttpEnv>, ctx: AppContext): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/session',
      summary: 'Sign in with email and password (staff); sets an HttpOnly session cookie',
      request: jsonBody(SignIn),
      responses: { 200: jsonResponse('Signed in', z.object({ user: UserSchema, expiresAt: z.string() })), ...errors(400, 401, 429) },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const session = await signIn(ctx, email, password, clientKey(c));
      startCookie(c, session);
      return c.json({ user: userView(session.user), expiresAt: session.expiresAt }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/session',
      summary: 'Who is signed in',
      ...guarded(...USER_ROLES),
      responses: { 200: jsonResponse('The user', z.object({ user: UserSchema })), ...errors(401) },
    }),
    (c) => c.json({ user: userView(currentUser(c)) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/session',
      summary: 'Sign out',
      responses: { 200: jsonResponse('Signed out', Ok) },
    }),
    async (c) => {
      const token = c.get('sessionToken');
      if (token) await signOut(ctx, token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/access',
      summary: "Sign in with the token of a journalist's personal access link",
      request: jsonBody(z.object({ token: z.string().min(10).max(200) })),
      responses: { 200: jsonResponse('Signed in', z.object({ user: UserSchema, expiresAt: z.string() })), ...errors(400, 401, 429) },
    }),
    async (c) => {
      const session = await signInWithAccessLink(ctx, c.req.valid('json').token, clientKey(c));
      startCookie(c, session);
      return c.json({ user: userView(session.user), expiresAt: session.expiresAt }, 200);
    },
  );

  // The link itself: opening it signs the journalist in and takes them to their page.
  app.get('/access/:token', async (c) => {
    try {
      const session = await signInWithAccessLink(ctx, c.req.param('token'), clientKey(c));
      startCookie(c, session);
      return c.redirect('/journalist', 303);
    } catch (error) {
      // A used, expired or withdrawn link: a page in the journalist's language saying what to do next.
      if (error instanceof AppError && error.code === 'unauthenticated') return usedLinkPage(c);
      throw error;
    }
  });
}
