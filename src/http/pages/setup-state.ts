// Whether the server still needs its one-time set-up (no staff account yet), remembered per request
// so the layout can point every page at /setup without a query of its own.
import type { Context, MiddlewareHandler } from 'hono';
import type { AppContext } from '../../app/context.ts';
import { needsSetup } from '../../app/staff.ts';
import type { HttpEnv } from '../auth.ts';

export const SETUP_PATH = '/setup';

/** Contexts known to have staff: once set up, a server never needs the set-up again (staff are never deleted). */
const setUp = new WeakSet<AppContext>();

export function markSetUp(ctx: AppContext): void {
  setUp.add(ctx);
}
/** The page render reads whether to show the set-up banner from here (set by setupState below). */
const pending = new WeakSet<Request>();

export async function setupPending(ctx: AppContext): Promise<boolean> {
  if (setUp.has(ctx)) return false;
  if (await needsSetup(ctx)) return true;
  setUp.add(ctx);
  return false;
}

/** Marks page requests made while the set-up is pending, so the layout can point at /setup. */
export function setupState(ctx: AppContext): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    if (c.req.method === 'GET' && !c.req.path.startsWith('/api/') && !c.req.path.startsWith('/assets/') && (await setupPending(ctx))) pending.add(c.req.raw);
    await next();
  };
}

export function isSetupPending(c: Context): boolean {
  return pending.has(c.req.raw);
}
