// Cross-site request refusal. A browser attaches the session cookie to requests other sites make
// it send (SameSite=Lax does not cover a sibling subdomain), so a state-changing request is
// accepted only when the browser says it comes from this site: its Origin names this host or an
// allowed origin, or, without an Origin, its Sec-Fetch-Site is same-origin. Clients that are not
// browsers (curl, scripts, the CLI) send neither header and are judged by their credentials alone.
import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../app/errors.ts';
import type { HttpEnv } from './auth.ts';
import type { HttpSettings } from './settings.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function hostOf(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host : null;
  } catch {
    return null;
  }
}

/** Whether the browser that sent this request says it comes from this site's own pages. */
export function fromThisSite(c: Context<HttpEnv>, settings: HttpSettings, options: { requireBrowserHeaders: boolean }): boolean {
  const origin = c.req.header('origin');
  if (origin !== undefined) {
    if (settings.allowedOrigins.includes(origin)) return true;
    const host = hostOf(origin); // "null" (sandboxed frames, some redirects) has no host
    const own = c.get('client').host;
    return host !== null && own !== null && host.toLowerCase() === own.toLowerCase();
  }
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  return !options.requireBrowserHeaders;
}

export function sameOriginOnly(settings: HttpSettings): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    if (STATE_CHANGING.has(c.req.method) && !fromThisSite(c, settings, { requireBrowserHeaders: false })) {
      throw new AppError(
        'cross_site',
        `${c.req.method} requests are accepted only from this site's own pages (Origin ${c.req.header('origin') ?? 'absent'}, Sec-Fetch-Site ${c.req.header('sec-fetch-site') ?? 'absent'})`,
      );
    }
    await next();
  };
}
