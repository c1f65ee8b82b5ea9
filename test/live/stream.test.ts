import assert from 'node:assert/strict';
import { join } from 'node:path';
import { connect } from 'node:net';
import { test } from 'node:test';
import { createContext } from '../../src/app/context.ts';
import { startServer } from '../../src/http/server.ts';
import { openSqliteStore } from '../../src/store/sqlite/open.ts';
import { ApiClient, type StreamEvent } from '../support/client.ts';
import { journalist, liveConference, PASSWORD, staff } from '../support/people.ts';
import { testServer } from '../support/server.ts';
import { tempDir } from '../support/tmp.ts';

const { url, ctx, server } = await testServer({ heartbeatMs: 200 });
const admin = await staff(ctx, url, 'admin', 'Stream Admin');
const transcriber = await staff(ctx, url, 'transcriber', 'Stream Transcriber');
const moderator = await staff(ctx, url, 'moderator', 'Stream Moderator');

function ids(events: StreamEvent[]): number[] {
  return events.map((e) => e.id);
}

async function writePieces(slug: string, seq: number, pieces: string[]) {
  for (const append of pieces) assert.equal((await transcriber.post(`/api/conferences/${slug}/turns/${seq}/text`, { lang: 'en', append })).status, 200);
}

test('ids increase without gaps; a reconnect with Last-Event-ID gets exactly what it missed', async () => {
  const slug = await liveConference(admin, 'Resume Briefing');
  const staffStream = moderator.stream(slug);
  const seq = (await transcriber.post(`/api/conferences/${slug}/turns`, { kind: 'statement' })).body.turn.seq;
  await writePieces(slug, seq, ['one', 'two', 'three']);
  const first = new ApiClient(url).stream(slug);
  const seen = await first.until((e) => e.filter((x) => x.event === 'turn.text').length === 3);
  first.close();
  await first.done;
  const lastSeen = seen[seen.length - 1]!.id;

  await writePieces(slug, seq, ['four', 'five']);
  await transcriber.post(`/api/conferences/${slug}/turns/${seq}/final`);
  const resumed = new ApiClient(url).stream(slug, lastSeen);
  const rest = await resumed.until((e) => e.some((x) => x.event === 'turn.finalized'));
  resumed.close();
  const all = [...seen, ...rest];
  assert.deepEqual(ids(all), [...new Set(ids(all))], 'no duplicate');
  assert.equal(rest[0]!.id, lastSeen + 1, 'no gap');
  assert.deepEqual(
    all.filter((e) => e.event === 'turn.text').map((e) => e.data.append),
    ['one', ' two', ' three', ' four', ' five'],
  );

  // Staff see every event of the conference's log: ids 1, 2, 3 … without a gap.
  const everything = await staffStream.until((e) => e.some((x) => x.event === 'turn.finalized'));
  assert.deepEqual(
    ids(everything),
    everything.map((_, i) => i + 1),
  );
  staffStream.close();
});

test('each role sees its own view: the public never sees hands, topics, questions or emails', async () => {
  const slug = await liveConference(admin, 'Filter Briefing');
  const publicStream = new ApiClient(url).stream(slug);
  const staffStream = moderator.stream(slug);
  const reporter = await journalist(admin, url, 'Quinn Secret', 'Secret Post', slug, 'foreign');
  const rival = await journalist(admin, url, 'Rory Rival', 'Rival Radio', slug, 'domestic');
  const reporterStream = reporter.stream(slug);
  const rivalStream = rival.stream(slug);
  await reporter.post(`/api/conferences/${slug}/hands`, { topic: 'TOPIC-SECRET', question: 'QUESTION-SECRET' });
  await rival.post(`/api/conferences/${slug}/hands`, {});
  const given = await moderator.post(`/api/conferences/${slug}/floor`, {});
  assert.equal(given.body.journalist, 'Quinn Secret');

  const staffEvents = await staffStream.until((e) => e.some((x) => x.event === 'floor.given'));
  const queueForStaff = staffEvents.filter((e) => e.event === 'queue.changed');
  assert.ok(
    queueForStaff.some((e) => JSON.stringify(e.data).includes('TOPIC-SECRET')),
    'staff see topics',
  );

  const publicEvents = await publicStream.until((e) => e.some((x) => x.event === 'turn.opened'));
  const publicText = JSON.stringify(publicEvents);
  for (const secret of ['TOPIC-SECRET', 'QUESTION-SECRET', '@', 'handId', 'queue.changed']) assert.ok(!publicText.includes(secret), `public saw ${secret}`);
  const announcement = publicEvents.find((e) => e.event === 'floor.given')!;
  assert.equal(announcement.data.message, 'Next question: Quinn Secret, Secret Post');

  const mine = await reporterStream.until((e) => e.some((x) => x.event === 'floor.given'));
  assert.ok(mine.some((e) => e.event === 'queue.changed' && e.data.position === 1));
  assert.equal(mine.find((e) => e.event === 'floor.given')!.data.you, true, 'the journalist is told they have the floor');
  const theirs = await rivalStream.until((e) => e.some((x) => x.event === 'queue.changed' && x.data.position === 1 && x.data.waiting === 1));
  assert.ok(!JSON.stringify(theirs).includes('TOPIC-SECRET'), 'journalists never see others’ topics');
  assert.equal(theirs.find((e) => e.event === 'floor.given')!.data.you, undefined);
  for (const s of [publicStream, staffStream, reporterStream, rivalStream]) s.close();
});

test('heartbeats keep an idle stream alive', async () => {
  const slug = await liveConference(admin, 'Heartbeat Briefing');
  const chunks: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.write(`GET /api/conferences/${slug}/events HTTP/1.1\r\nHost: x\r\n\r\n`));
    socket.on('data', (d) => {
      chunks.push(d.toString());
      if (chunks.join('').split(': heartbeat').length > 2) {
        socket.destroy();
        resolve();
      }
    });
    socket.on('error', reject);
    setTimeout(() => reject(new Error(`no heartbeats: ${chunks.join('')}`)), 3000);
  });
  assert.match(chunks.join(''), /text\/event-stream/);
});

test('a client that cannot keep up is dropped instead of growing the server’s memory, and resumes', async () => {
  const slug = await liveConference(admin, 'Slow Reader Briefing');
  const seq = (await transcriber.post(`/api/conferences/${slug}/turns`, { kind: 'statement' })).body.turn.seq;
  // A raw socket that never reads: the server's buffer for it fills and it is cut off.
  const socket = connect(server.port, '127.0.0.1', () => socket.write(`GET /api/conferences/${slug}/events HTTP/1.1\r\nHost: x\r\n\r\n`));
  socket.pause();
  let closed = false;
  socket.on('close', () => (closed = true));
  socket.on('error', () => {});
  // Kernel socket buffers absorb a few MB first; write until the server gives up on the reader.
  const big = 'x'.repeat(19_000);
  let turn = seq;
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(server.hub.connections, 1, 'the slow reader is attached');
  for (let i = 0; i < 2000 && server.hub.connections > 0; i++) {
    if (i % 20 === 19) turn = (await transcriber.post(`/api/conferences/${slug}/turns`, { kind: 'statement' })).body.turn.seq;
    await writePieces(slug, turn, [big]);
  }
  assert.equal(server.hub.connections, 0, 'the server let go of the slow reader');
  socket.resume(); // read what the kernel held, then see the connection end
  await new Promise<void>((resolve) => (closed ? resolve() : socket.once('close', () => resolve())));
  assert.ok(closed, 'the slow client was dropped');
  const resumed = new ApiClient(url).stream(slug, 0);
  const events = await resumed.until((e) => e.filter((x) => x.event === 'turn.text').length >= 10);
  assert.ok(events.length > 0);
  resumed.close();
});

test('a stream resumes without a gap or a repeat after a server restart', async () => {
  const path = join(tempDir(), 'restart.db');
  let store = await openSqliteStore(path);
  let context = createContext(store);
  let running = await startServer(context, { port: 0, host: '127.0.0.1' });
  const boss = await staff(context, running.url, 'admin', 'Restart Admin');
  const slug = await liveConference(boss, 'Restart Briefing');
  const seq = (await boss.post(`/api/conferences/${slug}/turns`, { kind: 'statement' })).body.turn.seq;
  await boss.post(`/api/conferences/${slug}/turns/${seq}/text`, { lang: 'en', append: 'before' });
  const before = new ApiClient(running.url).stream(slug);
  const seen = await before.until((e) => e.some((x) => x.event === 'turn.text'));
  const last = seen[seen.length - 1]!.id;
  before.close();
  await boss.post(`/api/conferences/${slug}/turns/${seq}/text`, { lang: 'en', append: 'during' });
  await running.close();
  await store.close();

  store = await openSqliteStore(path);
  context = createContext(store);
  running = await startServer(context, { port: 0, host: '127.0.0.1' });
  const again = new ApiClient(running.url);
  await again.signIn('restart.admin@press.example', PASSWORD);
  await again.post(`/api/conferences/${slug}/turns/${seq}/text`, { lang: 'en', append: 'after' });
  const after = again.stream(slug, last);
  const rest = await after.until((e) => e.filter((x) => x.event === 'turn.text').length === 2);
  assert.equal(rest[0]!.id, last + 1);
  assert.deepEqual(
    rest.filter((e) => e.event === 'turn.text').map((e) => e.data.append),
    [' during', ' after'],
  );
  after.close();
  await running.close();
  await store.close();
});

test('bad Last-Event-ID and unknown or hidden conferences', async () => {
  const slug = await liveConference(admin, 'Bad Stream Briefing');
  const bad = await new ApiClient(url).request('GET', `/api/conferences/${slug}/events`, undefined, { 'last-event-id': 'banana' });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.field, 'Last-Event-ID');
  assert.equal((await new ApiClient(url).get('/api/conferences/nope/events')).status, 404);
  const draft = (await admin.post('/api/conferences', { title: 'Hidden Draft' })).body.conference.slug;
  assert.equal((await new ApiClient(url).get(`/api/conferences/${draft}/events`)).status, 404);
});
