// Nothing acknowledged is lost: the real server process is killed with SIGKILL while writes stream
// in; after a restart every write that got a 2xx is in the record and a resumed stream delivers each
// event exactly once.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ApiClient, type StreamEvent } from '../support/client.ts';
import { cli, exited, serveProcess } from '../support/process.ts';
import { tempDir } from '../support/tmp.ts';

const PASSWORD = 'durable password';

test('SIGKILL at a random moment loses no acknowledged write and the stream resumes exactly once', async () => {
  const db = join(tempDir(), 'durable.db');
  assert.equal(cli(['user', 'add', '--email', 'desk@press.example', '--role', 'admin', '--password', PASSWORD, '--db', db]).status, 0);
  const first = await serveProcess(db, ['--no-demo']);
  const admin = new ApiClient(first.url);
  await admin.signIn('desk@press.example', PASSWORD);
  const slug = (await admin.post('/api/conferences', { title: 'Durability Briefing', principals: ['Lena Marsh'] })).body.conference.slug;
  await admin.post(`/api/conferences/${slug}/state`, { status: 'live' });
  const seq = (await admin.post(`/api/conferences/${slug}/turns`, { kind: 'statement' })).body.turn.seq;

  const stream = admin.stream(slug);
  await stream.opened;
  const acknowledged: string[] = [];
  let n = 0;
  let killed = false;
  const writer = async () => {
    while (!killed) {
      const piece = `w${++n}`;
      try {
        const answer = await admin.post(`/api/conferences/${slug}/turns/${seq}/text`, { lang: 'en', append: piece });
        if (answer.status >= 200 && answer.status < 300) acknowledged.push(piece);
      } catch {
        return; // the connection died with the server: this write was never acknowledged
      }
    }
  };
  const writers = [writer(), writer(), writer()];
  // A random moment once the writes are flowing (the machine may be slow: wait for them, not for a clock).
  while (acknowledged.length < 20) await new Promise((r) => setTimeout(r, 10));
  const delay = Math.floor(Math.random() * 400);
  await new Promise((r) => setTimeout(r, delay));
  first.child.kill('SIGKILL');
  killed = true;
  await Promise.all(writers);
  await exited(first.child);
  await stream.done;
  const before: StreamEvent[] = [...stream.events];
  assert.ok(acknowledged.length > 5, 'writes were acknowledged before the kill');

  const second = await serveProcess(db, ['--no-demo']);
  try {
    const again = new ApiClient(second.url);
    await again.signIn('desk@press.example', PASSWORD);
    const record = (await again.get(`/api/conferences/${slug}`)).body;
    const stored = (record.turns[0].text.en as string).split(' ');
    for (const piece of acknowledged) assert.ok(stored.includes(piece), `acknowledged ${piece} is missing after the kill ${delay} ms into the writes`);

    const lastSeen = before.length > 0 ? before[before.length - 1]!.id : 0;
    const lastId = Number((await again.get(`/api/conferences/${slug}`)).headers.get('x-presser-last-event-id'));
    const resumed = again.stream(slug, lastSeen);
    const rest = lastId > lastSeen ? await resumed.until((e) => e.length > 0 && e[e.length - 1]!.id === lastId) : [];
    resumed.close();
    const all = [...before, ...rest];
    assert.deepEqual(
      all.map((e) => e.id),
      Array.from({ length: lastId }, (_, i) => i + 1),
      'every event exactly once, in order',
    );
    const streamed = all.filter((e) => e.event === 'turn.text').map((e) => (e.data.append as string).trim());
    for (const piece of acknowledged) assert.equal(streamed.filter((p) => p === piece).length, 1, `${piece} streamed once`);
    assert.ok(!second.output().includes(PASSWORD) && !first.output().includes(PASSWORD), 'passwords never reach the log');
  } finally {
    second.child.kill('SIGTERM');
    await exited(second.child);
  }
});
