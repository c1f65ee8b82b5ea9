// presser for the mixed load: a SQLite file with an archive of earlier conferences (so the floor's
// history counts have something to count), a live conference, its staff and N accredited journalists
// with sessions. `--src DIR` loads presser from another source tree, so a change can be measured
// against the code before it in one run. Answers {type:'ready', ...Cast} over IPC, then CPU probes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readSeed } from '../../test/support/seed.ts';
import { seedVariants } from '../seed-corpus.ts';
import type { Cast } from './protocol.ts';

type Modules = [
  typeof import('../../src/app/context.ts'),
  typeof import('../../src/app/auth.ts'),
  typeof import('../../src/app/accreditation.ts'),
  typeof import('../../src/app/rate-limits.ts'),
  typeof import('../../src/http/server.ts'),
  typeof import('../../src/store/sqlite/open.ts'),
  typeof import('../../src/transcript/import.ts'),
  typeof import('../../src/app/content-hash.ts'),
];

const { values } = parseArgs({
  options: {
    src: { type: 'string' },
    journalists: { type: 'string', default: '200' },
    writers: { type: 'string', default: '5' },
    archive: { type: 'string', default: '1000' },
    profile: { type: 'boolean', default: false },
  },
});
const src = resolve(values.src ?? join(import.meta.dirname, '../../src'));
const load = (path: string) => import(pathToFileURL(join(src, path)).href);
const [
  { createContext },
  { addUser, signInWithAccessLink },
  { apply, approve },
  { DEFAULT_RATE_LIMITS },
  { startServer },
  { openSqliteStore },
  { importTranscript },
  { contentHash },
] = (await Promise.all(
  [
    'app/context.ts',
    'app/auth.ts',
    'app/accreditation.ts',
    'app/rate-limits.ts',
    'http/server.ts',
    'store/sqlite/open.ts',
    'transcript/import.ts',
    'app/content-hash.ts',
  ].map(load),
)) as Modules;

const dir = mkdtempSync(join(tmpdir(), 'presser-mixed-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const store = await openSqliteStore(join(dir, 'mixed.db'));

// The archive: earlier conferences with questions from outlets, some of which the journalists work for.
const archiveSize = Number(values.archive);
const seed = readSeed();
for (const doc of seedVariants(seed, (archiveSize * Buffer.byteLength(seed)) / 1048576).slice(0, archiveSize)) {
  const { record } = importTranscript(doc);
  await store.conferences.saveRecord(record, { contentHash: contentHash(record) }, new Date().toISOString());
}

// The limits are the bench's to lift: 200 journalists come from one address and raise often.
const ctx = createContext(store, { rateLimits: { ...DEFAULT_RATE_LIMITS, applicationsPerHour: 1e9, handsPerMinute: 1e9 } });
const server = await startServer(ctx, { port: 0, host: '127.0.0.1' });
const PASSWORD = 'mixed-load password';
const ORIGIN = `http://127.0.0.1:${server.port}`;

async function staff(role: 'admin' | 'moderator' | 'transcriber', name: string): Promise<string> {
  const email = `${name}@bench.example`;
  await addUser(ctx, { email, name, role, password: PASSWORD });
  const res = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${name} failed: ${res.status} ${await res.text()}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

async function post<T>(cookie: string, path: string, body: unknown): Promise<T> {
  const res = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: ORIGIN },
    body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const admin = await staff('admin', 'admin');
const moderator = await staff('moderator', 'moderator');
const date = new Date().toISOString().slice(0, 10);
const { conference } = await post<{ conference: { slug: string } }>(admin, '/api/conferences', {
  title: 'Mixed Load Briefing',
  date,
  principals: ['Lena Marsh'],
  languages: ['en'],
});
const slug = conference.slug;
for (const status of ['scheduled', 'live']) await post(admin, `/api/conferences/${slug}/state`, { status });

const writers: Cast['writers'] = [];
for (let i = 0; i < Number(values.writers); i++) {
  const cookie = await staff('transcriber', `writer${i}`);
  const { turn } = await post<{ turn: { seq: number } }>(cookie, `/api/conferences/${slug}/turns`, { kind: 'statement' });
  writers.push({ cookie, seq: turn.seq });
}

// Journalists of 60 outlets, 7 of them with questions in the archive, half domestic and half foreign.
const ARCHIVE_OUTLETS = ['Harbor Daily', 'Northern Television', 'Coastal Times', 'Meridian Radio', 'Kestrel News Agency', 'Vostok Panorama', 'Pacific Herald'];
const adminUser = (await store.users.findByEmail('admin@bench.example'))!;
const journalists: string[] = [];
for (let i = 0; i < Number(values.journalists); i++) {
  const outlet = i % 60 < ARCHIVE_OUTLETS.length ? ARCHIVE_OUTLETS[i % 60]! : `Outlet ${i % 60}`;
  const accreditation = await apply(ctx, { name: `Journalist ${i}`, email: `j${i}@bench.example`, outlet, conference: slug }, 'bench');
  const { accessToken } = await approve(ctx, adminUser, accreditation.id, { origin: i % 2 ? 'foreign' : 'domestic' });
  const session = await signInWithAccessLink(ctx, accessToken, 'bench');
  journalists.push(`presser_session=${session.token}`);
}

const info = await store.conferences.info(slug);
const lastEventId = info!.lastEventId;

const cast: Cast = { port: server.port, origin: ORIGIN, slug, lastEventId, moderator, writers, journalists };
process.on('message', (m: { id: number; body: { type: 'probe' } }) => {
  const cpu = process.cpuUsage();
  process.send!({ id: m.id, body: { cpuMicros: cpu.user + cpu.system, connections: server.hub.connections, rss: process.memoryUsage().rss } });
});
process.once('SIGTERM', () => process.exit(0));
process.once('disconnect', () => process.exit(0));
process.send!({ type: 'ready', ...cast });
