// Plain HTML forms posted to page routes: same-origin only, fields read as strings, and safe
// redirects back to where the user was.
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../app/errors.ts';
import type { HttpEnv } from '../auth.ts';

function allowedOrigins(c: Context): string[] {
  const origins = [new URL(c.req.url).origin];
  if (process.env.PRESSER_PUBLIC_URL) origins.push(new URL(process.env.PRESSER_PUBLIC_URL).origin);
  return origins;
}

/** A form may be posted only from this site's own pages (the cookie is SameSite=Lax too). */
export const sameOriginForm: MiddlewareHandler<HttpEnv> = async (c, next) => {
  const site = c.req.header('sec-fetch-site');
  const origin = c.req.header('origin');
  const sameSite = site === 'same-origin' || site === 'none' || (origin !== undefined && allowedOrigins(c).includes(origin));
  if (!sameSite) throw new AppError('forbidden', 'forms are accepted only from this site');
  await next();
};

export async function formFields(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) if (typeof value === 'string') fields[key] = value.trim();
  return fields;
}

/** A path on this site, or the fallback: never another host ("//evil", "/\\evil", "https://…"). */
export function localPath(value: string | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}

/** Forms carry a few short fields. */
export const formLimit = bodyLimit({
  maxSize: 64 * 1024,
  onError: () => {
    throw new AppError('payload_too_large', 'form over 64 KB');
  },
});
