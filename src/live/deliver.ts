// Writes a run of events to a conference's streams: each batch is encoded once per audience (public,
// staff) and the same bytes go to every stream of that audience; only a journalist with a personal
// form of an event (their queue position) gets bytes of their own.
import { eventView, type Audience, type LiveEvent } from '../domain/events.ts';
import type { Channel } from './channel.ts';
import { encodeView } from './encode.ts';

/** Writes a contiguous, ordered run of events to every live stream of the channel. */
export function deliver(channel: Channel, events: LiveEvent[]): void {
  const now = Date.now();
  const firstId = events[0]!.id;
  const lastId = events[events.length - 1]!.id;
  // The public form of each event is encoded once per batch; a journalist's stream reuses it for
  // every event that has no form of their own (a queue change names only those in the queue).
  const publicTexts = events.map((e) => encodeView(e, eventView(e, { kind: 'public' })));
  const textFor = (e: LiveEvent, i: number, audience: Audience) => {
    if (audience.kind === 'public' || (audience.kind === 'journalist' && e.users?.[audience.userId] == null)) return publicTexts[i]!;
    return encodeView(e, eventView(e, audience));
  };
  const encodeFor = (audience: Audience, after = 0) => Buffer.from(events.map((e, i) => (e.id > after ? textFor(e, i, audience) : '')).join(''));
  const publicBytes = Buffer.from(publicTexts.join(''));
  const personal = events.some((e) => e.users !== null);
  for (const [kind, clients] of channel.byAudience) {
    if (clients.size === 0) continue;
    const shared = kind === 'public' ? publicBytes : kind === 'staff' ? encodeFor({ kind: 'staff' }) : personal ? null : publicBytes;
    for (const client of clients) {
      if (client.pending) {
        client.pending.push(...events);
        continue;
      }
      if (lastId <= client.lastId) continue;
      // A client that replayed part of this run from the log gets only the rest; a journalist
      // with no form of their own in this run gets the public bytes.
      const audience = client.audience;
      const own = shared ?? (audience.kind === 'journalist' && events.every((e) => e.users?.[audience.userId] == null) ? publicBytes : null);
      const bytes = firstId > client.lastId && own ? own : encodeFor(client.audience, client.lastId);
      client.lastId = lastId;
      if (bytes.length > 0) {
        client.write(bytes);
        client.lastWriteAt = now;
      }
    }
  }
}
