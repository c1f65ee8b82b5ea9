// Who is calling: the session cookie names a user, or the caller is the public. Routes state the
// roles they admit with allow(); the server checks every request, whatever the page shows.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { HttpBindings } from '@hono/node-server';
import { sessionUser } from '../app/auth.ts';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../app/errors.ts';
import type { Role, User, UserRole } from '../domain/roles.ts';
import { clientInfo, type ClientInfo, type TrustedProxyHops } from './client-info.ts';

export const SESSION_COOKIE = 'presser_session';

export interface HttpEnv {
  Bindings: HttpBindings;
  Variables: { user: User | null; sessionToken: string | null; client: ClientInfo };
}

/** Who is on the other end: address, scheme and host, from the proxy's headers when it is trusted. */
export function identifyClient(trustProxy: TrustedProxyHops): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    c.set('client', clientInfo(c.env.incoming, trustProxy));
    await next();
  };
}

export function identify(ctx: AppContext): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE) ?? null;
    c.set('sessionToken', token);
    c.set('user', token ? await sessionUser(ctx, token) : null);
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

/** This site's own origin as the client reached it (through a trusted proxy: as the proxy was reached). */
export function siteOrigin(c: Context<HttpEnv>): string {
  if (process.env.PRESSER_PUBLIC_URL) return new URL(process.env.PRESSER_PUBLIC_URL).origin;
  const { scheme, host } = c.get('client');
  return host ? `${scheme}://${host}` : new URL(c.req.url).origin;
}

/** The address rate limits count against. */
export function clientKey(c: Context<HttpEnv>): string {
  return c.get('client').address;
}
