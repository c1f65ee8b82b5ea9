// Who is calling: the session cookie names a user, or the caller is the public. Routes state the
// roles they admit with allow(); the server checks every request, whatever the page shows.
import type { Context, MiddlewareHandler } from 'hono';
import { parse as parseCookies } from 'hono/utils/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { sessionUser } from '../app/auth.ts';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../app/errors.ts';
import type { Role, User, UserRole } from '../domain/roles.ts';

export const SESSION_COOKIE = 'presser_session';

export interface HttpEnv {
  Variables: { user: User | null; sessionToken: string | null };
}

/** The session a Cookie header names, and its user: for routes and for the live stream alike. */
export async function sessionOfCookies(ctx: AppContext, cookieHeader: string | undefined): Promise<{ token: string | null; user: User | null }> {
  const token = parseCookies(cookieHeader ?? '', SESSION_COOKIE)[SESSION_COOKIE] ?? null;
  return { token, user: token ? await sessionUser(ctx, token) : null };
}

export function identify(ctx: AppContext): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const { token, user } = await sessionOfCookies(ctx, c.req.header('cookie'));
    c.set('sessionToken', token);
    c.set('user', user);
    await next();
  };
}

/** Admits only the listed roles: 401 to the public, 403 to a signed-in user with another role. */
export function allow(...roles: UserRole[]): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) throw new AppError('unauthenticated', 'sign in first');
    if (!roles.includes(user.role)) throw new AppError('forbidden', `this needs the role ${roles.join(' or ')}`);
    await next();
  };
}

/** The signed-in user of a route guarded by allow(). */
export function currentUser(c: Context<HttpEnv>): User {
  const user = c.get('user');
  if (!user) throw new AppError('unauthenticated', 'sign in first');
  return user;
}

export function roleOf(c: Context<HttpEnv>): Role {
  return c.get('user')?.role ?? 'public';
}

/** The address rate limits count against. */
export function clientKey(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
