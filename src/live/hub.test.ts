// The hub delivers a conference's events in id order, exactly once, whatever order the bus brings
// them in: pub/sub between nodes can lose and reorder messages.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { LiveEvent } from '../domain/events.ts';
import { sampleRecord } from '../../test/support/records.ts';
import { tempDir } from '../../test/support/tmp.ts';
import { openSqliteStore } from '../store/sqlite/open.ts';
import { InProcessBus } from './bus.ts';
import { StreamHub, type StreamClient } from './hub.ts';

function recorder(): { client: StreamClient; ids: () => number[] } {
  let text = '';
  const client: StreamClient = {
    audience: { kind: 'public' },
    userId: null,
    lastId: 0,
    pending: null,
    lastWriteAt: 0,
    write: (bytes) => void (text += bytes.toString()),
    close: () => {},
  };
  return { client, ids: () => [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1])) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

test('hub: reordered, repeated and lost bus messages still reach a stream as ids 1..N, once each', async () => {
  const store = await openSqliteStore(join(tempDir(), 'hub.db'));
  const { id: conferenceId } = await store.conferences.saveRecord(sampleRecord(), { contentHash: 'hub' }, new Date().toISOString());
  const events: LiveEvent[] = await store.transaction((tx) =>
    tx.events.append(
      conferenceId,
      Array.from({ length: 8 }, (_, i) => ({ type: 'turn.text' as const, public: { n: i + 1 }, staff: null, users: null })),
      new Date().toISOString(),
    ),
  );
  const byId = (...ids: number[]) => ids.map((id) => events[id - 1]!);
  const bus = new InProcessBus();
  const hub = new StreamHub(bus, { log: (conference, after, limit) => store.events.after(conference, after, limit) });
  const viewer = recorder();
  hub.attach(conferenceId, viewer.client, 0);
  try {
    bus.publish({ kind: 'events', events: byId(1, 2) });
    await settle();
    // 4 and 3 in one batch, out of order; then 3 again; then 6 without 5 (lost), then 8 before 7.
    bus.publish({ kind: 'events', events: byId(4, 3) });
    await settle();
    bus.publish({ kind: 'events', events: byId(3) });
    bus.publish({ kind: 'events', events: byId(6) });
    await settle();
    bus.publish({ kind: 'events', events: byId(8) });
    bus.publish({ kind: 'events', events: byId(7) });
    await settle();
    assert.deepEqual(viewer.ids(), [1, 2, 3, 4, 5, 6, 7, 8]);
    // A stream resuming after 5 is served from memory; one after 8 has nothing to replay.
    assert.deepEqual(
      hub.recent(conferenceId, 5)?.map((e) => e.id),
      [6, 7, 8],
    );
    assert.deepEqual(hub.recent(conferenceId, 8), []);
    // Streams asking for the same page of the log at once share one read.
    const reads = await Promise.all(Array.from({ length: 50 }, () => hub.readLog(conferenceId, 2, 1000)));
    assert.ok(reads.every((r) => r === reads[0]) && reads[0]!.length === 6);
  } finally {
    hub.close();
    await store.close();
  }
});

test('hub: a reconnect storm after every stream left is served from memory, extended by one shared read', async () => {
  const store = await openSqliteStore(join(tempDir(), 'hub-storm.db'));
  const { id: conferenceId } = await store.conferences.saveRecord(sampleRecord(), { contentHash: 'storm' }, new Date().toISOString());
  const append = (n: number) =>
    store.transaction((tx) =>
      tx.events.append(
        conferenceId,
        Array.from({ length: n }, (_, i) => ({ type: 'turn.text' as const, public: { n: i }, staff: null, users: null })),
        new Date().toISOString(),
      ),
    );
  await append(40);
  const bus = new InProcessBus();
  let reads = 0;
  const hub = new StreamHub(bus, {
    log: (conference, after, limit) => {
      reads++;
      return store.events.after(conference, after, limit);
    },
  });
  try {
    // A node that started after the conference did: its memory begins at the head it attached at.
    const first = recorder();
    const detach = hub.attach(conferenceId, first.client, 40);
    bus.publish({ kind: 'events', events: await append(2) });
    await settle();
    detach();
    // Every viewer comes back at once, from different places behind: one read for all of them.
    const replays = await Promise.all(Array.from({ length: 200 }, (_, i) => hub.replay(conferenceId, 30 + (i % 12))));
    assert.equal(reads, 1, 'one read of the log for the whole storm');
    for (const [i, events] of replays.entries()) {
      const after = 30 + (i % 12);
      assert.deepEqual(
        events?.map((e) => e.id),
        Array.from({ length: 42 - after }, (_, k) => after + 1 + k),
      );
    }
    // Then from memory alone, back to the start of a short conference.
    assert.equal((await hub.replay(conferenceId, 0))?.length, 42);
    assert.equal(reads, 1);
  } finally {
    hub.close();
    await store.close();
  }
});
