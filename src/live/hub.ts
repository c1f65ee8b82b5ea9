// Fans committed events out to open streams. Each batch is encoded once per audience (public,
// staff) and the same bytes are written to every stream of that audience; only a journalist with a
// personal form of an event (their queue position) gets bytes of their own.
import { eventView, type Audience, type LiveEvent } from '../domain/events.ts';
import type { BusMessage, EventBus } from './bus.ts';
import { encodeView, HEARTBEAT } from './encode.ts';

export interface StreamClient {
  readonly audience: Audience;
  readonly userId: string | null;
  /** The last event id this client has been sent. */
  lastId: number;
  /** Events that arrived while the client was replaying the log; null once live. */
  pending: LiveEvent[] | null;
  /** When the hub last wrote to this client (ms); a client written to recently needs no heartbeat. */
  lastWriteAt: number;
  /** Writes bytes, or drops the client when it has fallen too far behind. */
  write(bytes: Buffer): void;
  close(): void;
}

interface Channel {
  byAudience: Map<'public' | 'staff' | 'journalist', Set<StreamClient>>;
}

export class StreamHub {
  private readonly channels = new Map<string, Channel>();
  private queued: LiveEvent[] = [];
  private flushScheduled = false;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly unsubscribe: () => void;

  constructor(bus: EventBus, private readonly heartbeatMs = 15_000) {
    this.unsubscribe = bus.subscribe((m) => this.onMessage(m));
    this.heartbeat = setInterval(() => this.beat(), heartbeatMs);
    this.heartbeat.unref();
  }

  get connections(): number {
    let n = 0;
    for (const channel of this.channels.values()) for (const set of channel.byAudience.values()) n += set.size;
    return n;
  }

  attach(conferenceId: string, client: StreamClient): () => void {
    let channel = this.channels.get(conferenceId);
    if (!channel) {
      channel = { byAudience: new Map([['public', new Set()], ['staff', new Set()], ['journalist', new Set()]]) };
      this.channels.set(conferenceId, channel);
    }
    const set = channel.byAudience.get(client.audience.kind)!;
    set.add(client);
    return () => {
      set.delete(client);
      if ([...channel.byAudience.values()].every((s) => s.size === 0)) this.channels.delete(conferenceId);
    };
  }

  /** Ends the live phase of a replaying client: sends what arrived meanwhile, then goes live. */
  goLive(client: StreamClient): void {
    const pending = client.pending ?? [];
    client.pending = null;
    const text = pending.filter((e) => e.id > client.lastId).map((e) => encodeView(e, eventView(e, client.audience))).join('');
    if (pending.length > 0) client.lastId = Math.max(client.lastId, pending[pending.length - 1]!.id);
    if (text) client.write(Buffer.from(text));
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.unsubscribe();
    for (const channel of this.channels.values()) for (const set of channel.byAudience.values()) for (const c of set) c.close();
    this.channels.clear();
  }

  private onMessage(message: BusMessage): void {
    if (message.kind === 'close-user') return this.closeUser(message.userId);
    this.queued.push(...message.events);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
  }

  private closeUser(userId: string): void {
    for (const channel of this.channels.values()) {
      for (const set of channel.byAudience.values()) for (const c of set) if (c.userId === userId) c.close();
    }
  }

  /** Everything published since the last flush goes out as one write per stream. */
  private flush(): void {
    this.flushScheduled = false;
    const events = this.queued;
    this.queued = [];
    const byConference = new Map<string, LiveEvent[]>();
    for (const e of events) {
      const list = byConference.get(e.conferenceId) ?? [];
      list.push(e);
      byConference.set(e.conferenceId, list);
    }
    for (const [conferenceId, list] of byConference) {
      const channel = this.channels.get(conferenceId);
      if (channel) this.deliver(channel, list);
    }
  }

  private deliver(channel: Channel, events: LiveEvent[]): void {
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
        // A client that replayed part of this batch from the log gets only the rest; a journalist
        // with no form of their own in this batch gets the public bytes.
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

  /** Keeps idle streams open through proxies; a stream that carried events lately is not idle. */
  private beat(): void {
    const idleSince = Date.now() - this.heartbeatMs / 2;
    for (const channel of this.channels.values()) {
      for (const set of channel.byAudience.values()) {
        for (const c of set) {
          if (c.pending || c.lastWriteAt > idleSince) continue;
          c.write(HEARTBEAT);
          c.lastWriteAt = Date.now();
        }
      }
    }
  }
}
