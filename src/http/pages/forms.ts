// Plain HTML forms posted to page routes: same-origin only, fields read as strings, and safe
// redirects back to where the user was.
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../app/errors.ts';
import type { HttpEnv } from '../auth.ts';

/**
 * A form may be posted only from this site's own pages (the cookie is SameSite=Lax too). Every
 * state-changing request already passes sameOriginOnly (same-origin.ts); a form post must also
 * carry the browser's word for where it comes from, since only browsers post forms.
 */
export const sameOriginForm: MiddlewareHandler<HttpEnv> = async (c, next) => {
  if (c.req.header('origin') === undefined && c.req.header('sec-fetch-site') === undefined)
    throw new AppError('forbidden', 'forms are accepted only from this site');
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
