// The hub encodes the public form of a batch once and reuses it for journalists with no form of
// their own: each stream must still get exactly what encoding every event for its audience gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventView, type Audience, type LiveEvent } from '../../src/domain/events.ts';
import { InProcessBus } from '../../src/live/bus.ts';
import { encodeView } from '../../src/live/encode.ts';
import { StreamHub, type StreamClient } from '../../src/live/hub.ts';

function client(audience: Audience, lastId = 0): StreamClient & { received: string } {
  return {
    audience,
    userId: audience.kind === 'journalist' ? audience.userId : null,
    lastId,
    pending: null,
    lastWriteAt: 0,
    received: '',
    write(bytes: Buffer) {
      this.received += bytes.toString();
    },
    close() {},
  };
}

const expected = (events: LiveEvent[], audience: Audience, after = 0) =>
  events
    .filter((e) => e.id > after)
    .map((e) => encodeView(e, eventView(e, audience)))
    .join('');

test('each audience gets its own forms of a mixed batch, journalists theirs or the public one', async () => {
  const bus = new InProcessBus();
  // The batch is the whole log here: the hub reads nothing.
  const hub = new StreamHub(bus, { log: async () => [], heartbeatMs: 60_000 });
  const at = '2025-05-02T10:00:00.000Z';
  const events: LiveEvent[] = [
    { conferenceId: 'c1', id: 1, type: 'turn.text', createdAt: at, public: { seq: 1, lang: 'en', append: 'Good morning.' }, staff: null, users: null },
    {
      conferenceId: 'c1',
      id: 2,
      type: 'queue.changed',
      createdAt: at,
      public: null,
      staff: { entries: ['h1', 'h2'] },
      users: { ana: { position: 1 }, ivo: { position: 2 } },
    },
    { conferenceId: 'c1', id: 3, type: 'turn.text', createdAt: at, public: { seq: 1, lang: 'en', append: 'The quay opens.' }, staff: null, users: null },
    {
      conferenceId: 'c1',
      id: 4,
      type: 'queue.changed',
      createdAt: at,
      public: null,
      staff: { entries: ['h2'] },
      users: { ivo: { position: 1 }, ana: { status: 'lowered' } },
    },
  ];
  const audiences: Audience[] = [
    { kind: 'public' },
    { kind: 'staff' },
    { kind: 'journalist', userId: 'ana' },
    { kind: 'journalist', userId: 'ivo' },
    { kind: 'journalist', userId: 'mira' },
  ];
  const clients = audiences.map((a) => client(a));
  // Clients that replayed part of the batch from the log already: they get only the rest.
  const behind = audiences.map((a) => client(a, 2));
  for (const c of [...clients, ...behind]) hub.attach('c1', c, 0);
  bus.publish({ kind: 'events', events });
  await new Promise((resolve) => setImmediate(resolve));

  for (const c of clients) assert.equal(c.received, expected(events, c.audience), `${JSON.stringify(c.audience)} from the start`);
  for (const c of behind) assert.equal(c.received, expected(events, c.audience, 2), `${JSON.stringify(c.audience)} after event 2`);
  assert.ok(clients[2]!.received.includes('"position":1') && !clients[4]!.received.includes('position'), 'a journalist outside the queue sees no one’s place');
  assert.ok([...clients, ...behind].every((c) => c.lastId === 4));
  hub.close();
});
