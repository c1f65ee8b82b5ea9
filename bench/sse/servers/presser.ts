// presser as `presser serve` runs it (SQLite file in WAL mode, the HTTP server, the hub), with a
// live conference and an open turn set up through the real API. The publisher then appends text as
// a signed-in transcriber. `--src DIR` loads presser from another source tree (a patched copy).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { announce } from './probe.ts';

type Modules = [
  typeof import('../../../src/app/context.ts'),
  typeof import('../../../src/app/auth.ts'),
  typeof import('../../../src/http/server.ts'),
  typeof import('../../../src/store/sqlite/open.ts'),
];

const srcFlag = process.argv.indexOf('--src');
const src = srcFlag >= 0 ? resolve(process.argv[srcFlag + 1]!) : resolve(import.meta.dirname, '../../../src');
const load = (path: string) => import(pathToFileURL(join(src, path)).href);
const [{ createContext }, { addUser }, { startServer }, { openSqliteStore }] = (await Promise.all([
  load('app/context.ts'),
  load('app/auth.ts'),
  load('http/server.ts'),
  load('store/sqlite/open.ts'),
])) as Modules;

const dir = mkdtempSync(join(tmpdir(), 'presser-bench-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const store = await openSqliteStore(join(dir, 'bench.db'));
const ctx = createContext(store);
const server = await startServer(ctx, { port: 0, host: '127.0.0.1' });
const PASSWORD = 'bench password';

async function signedIn(role: 'admin' | 'transcriber'): Promise<string> {
  const email = `${role}@bench.example`;
  await addUser(ctx, { email, name: role, role, password: PASSWORD });
  const res = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

async function post<T>(cookie: string, path: string, body: unknown): Promise<T> {
  const res = await fetch(server.url + path, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
  if (res.status >= 300) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const admin = await signedIn('admin');
const transcriber = await signedIn('transcriber');
const date = new Date().toISOString().slice(0, 10);
const { conference } = await post<{ conference: { slug: string } }>(admin, '/api/conferences', {
  title: 'Benchmark Briefing',
  date,
  principals: ['Lena Marsh'],
  languages: ['en'],
});
const slug = conference.slug;
for (const status of ['scheduled', 'live']) await post(admin, `/api/conferences/${slug}/state`, { status });
const { turn } = await post<{ turn: { seq: number } }>(transcriber, `/api/conferences/${slug}/turns`, { kind: 'answer' });

// Viewers join at the current position, as a reconnecting browser does, so none replays the setup.
const info = await store.conferences.info(slug);
const log = await store.events.after(info!.id, 0, 10_000);

announce(
  {
    port: server.port,
    stream: { kind: 'sse', path: `/api/conferences/${slug}/events`, lastEventId: log[log.length - 1]?.id ?? 0 },
    publish: { path: `/api/conferences/${slug}/turns/${turn.seq}/text`, headers: { cookie: transcriber } },
  },
  () => server.hub.connections,
);
