import { join } from 'node:path';
import { after } from 'node:test';
import { createContext, type AppContext } from '../../src/app/context.ts';
import type { Mailer } from '../../src/app/mailer.ts';
import type { RateLimitSettings } from '../../src/app/rate-limits.ts';
import { startServer, type RunningServer } from '../../src/http/server.ts';
import type { HttpSettings } from '../../src/http/settings.ts';
import { openSqliteStore } from '../../src/store/sqlite/open.ts';
import type { Store } from '../../src/store/store.ts';
import { tempDir } from './tmp.ts';

/** A real presser HTTP server on a free loopback port over a fresh SQLite file; stopped after the test file. */
export async function testServer(
  options: { rateLimits?: RateLimitSettings; heartbeatMs?: number; http?: HttpSettings; mailer?: Mailer | null } = {},
): Promise<{ server: RunningServer; store: Store; url: string; ctx: AppContext }> {
  const store = await openSqliteStore(join(tempDir(), 'http.db'));
  const ctx = createContext(store, { ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}), mailer: options.mailer ?? null });
  const server = await startServer(ctx, {
    port: 0,
    host: '127.0.0.1',
    ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
    ...(options.http ? { http: options.http } : {}),
  });
  after(async () => {
    await server.close();
    await store.close();
  });
  return { server, store, url: server.url, ctx };
}
