import { join } from 'node:path';
import { after } from 'node:test';
import { startServer, type RunningServer } from '../../src/http/server.ts';
import { openSqliteStore } from '../../src/store/sqlite/open.ts';
import type { Store } from '../../src/store/store.ts';
import { tempDir } from './tmp.ts';

/** A real presser HTTP server on a free loopback port over a fresh SQLite file; stopped after the test file. */
export async function testServer(): Promise<{ server: RunningServer; store: Store; url: string }> {
  const store = await openSqliteStore(join(tempDir(), 'http.db'));
  const server = await startServer({ store, port: 0, host: '127.0.0.1' });
  after(async () => {
    await server.close();
    await store.close();
  });
  return { server, store, url: server.url };
}
