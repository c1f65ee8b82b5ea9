// Fans committed events out to open streams. Each batch is encoded once per audience (public,
// staff) and the same bytes are written to every stream of that audience; only a journalist with a
// personal form of an event (their queue position) gets bytes of their own.
//
// The bus only signals; the durable log is the truth. A bus between processes may lose, repeat or
// reorder messages, so each conference's channel keeps the last id it delivered in order: the next
// id goes out, an old one is dropped, and a gap starts one read of the log shared by every stream
// of the conference (one query per node and conference, never one per viewer). A periodic look at
// each open conference's last id bounds the delay when the bus loses a message or is down.
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
  /**
   * Whether this viewer may still watch (a signed-in journalist: the session is not revoked); asked
   * on each heartbeat, so a revocation lost on the bus still ends the stream within one.
   */
  stillAdmitted?: () => Promise<boolean>;
  /** Writes bytes, or drops the client when it has fallen too far behind. */
  write(bytes: Buffer): void;
  close(): void;
}

export interface HubOptions {
  /** Events of a conference after an id, in order, at most limit: the durable log. */
  log: (conferenceId: string, afterId: number, limit: number) => Promise<LiveEvent[]>;
  /** The last event id of each of these conferences; enables the periodic check. */
  heads?: (conferenceIds: string[]) => Promise<Map<string, number>>;
  heartbeatMs?: number;
  /** How often the last ids are checked (ms); 0 turns the check off. */
  checkMs?: number;
  /** How often revocable streams (journalists) are asked whether they may still watch (ms). */
  admitCheckMs?: number;
}

type Kind = 'public' | 'staff' | 'journalist';

interface Channel {
  byAudience: Map<Kind, Set<StreamClient>>;
  /** The last id delivered in order to this channel's streams. */
  lastId: number;
  /** Events that arrived ahead of a gap, by id, until the gap is filled. */
  ahead: Map<number, LiveEvent>;
  /** The one read of the log that fills a gap, shared by every stream of the conference. */
  reading: Promise<void> | null;
  /** The latest events delivered in order (at most RECENT), for replays without a query. */
  recent: LiveEvent[];
}

const LOG_PAGE = 1000;
/** Events kept per open conference for replays: a few minutes of a busy conference. */
const RECENT = 1024;

export class StreamHub {
  private readonly channels = new Map<string, Channel>();
  private queued: LiveEvent[] = [];
  private flushScheduled = false;
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly unsubscribe: () => void;
  private readonly heartbeatMs: number;
  /** Reads of the log made to fill gaps; the benchmark and tests count them. */
  logReads = 0;

  constructor(
    bus: EventBus,
    private readonly options: HubOptions,
  ) {
    this.heartbeatMs = options.heartbeatMs ?? 15_000;
    const unsubscribe = bus.subscribe((m) => this.onMessage(m));
    const unwatch = bus.onReconnect?.(() => this.catchUpAll());
    this.unsubscribe = () => {
      unsubscribe();
      unwatch?.();
    };
    this.timers.push(setInterval(() => this.beat(), this.heartbeatMs));
    this.timers.push(setInterval(() => this.recheck(), options.admitCheckMs ?? Math.min(5000, this.heartbeatMs)));
    const checkMs = options.checkMs ?? 1000;
    if (options.heads && checkMs > 0) this.timers.push(setInterval(() => void this.checkHeads(), checkMs));
    for (const timer of this.timers) timer.unref();
  }

  get connections(): number {
    let n = 0;
    for (const channel of this.channels.values()) for (const set of channel.byAudience.values()) n += set.size;
    return n;
  }

  /**
   * Adds a stream. `head` is the conference's last event id read before attaching: a new channel
   * starts there (the stream replays everything up to it from the log itself).
   */
  attach(conferenceId: string, client: StreamClient, head: number): () => void {
    let channel = this.channels.get(conferenceId);
    if (!channel) {
      channel = {
        byAudience: new Map([
          ['public', new Set()],
          ['staff', new Set()],
          ['journalist', new Set()],
        ]),
        lastId: head,
        ahead: new Map(),
        reading: null,
        recent: [],
      };
      this.channels.set(conferenceId, channel);
    }
    const set = channel.byAudience.get(client.audience.kind)!;
    set.add(client);
    const own = channel;
    return () => {
      set.delete(client);
      if ([...own.byAudience.values()].every((s) => s.size === 0) && this.channels.get(conferenceId) === own) this.channels.delete(conferenceId);
    };
  }

  /** Ends the live phase of a replaying client: sends what arrived meanwhile, then goes live. */
  goLive(client: StreamClient): void {
    const pending = client.pending ?? [];
    client.pending = null;
    const fresh = pending.filter((e) => e.id > client.lastId);
    const text = fresh.map((e) => encodeView(e, eventView(e, client.audience))).join('');
    if (fresh.length > 0) client.lastId = fresh[fresh.length - 1]!.id;
    if (text) client.write(Buffer.from(text));
  }

  /**
   * The events after `afterId` from memory, or null when memory does not reach back that far. The
   * stream must be attached already: whatever comes after these reaches it as a live event.
   */
  recent(conferenceId: string, afterId: number): LiveEvent[] | null {
    const channel = this.channels.get(conferenceId);
    if (!channel) return null;
    if (afterId >= channel.lastId) return [];
    const first = channel.recent[0];
    if (!first || first.id > afterId + 1) return null;
    return channel.recent.slice(afterId + 1 - first.id);
  }

  private readonly logReadsInFlight = new Map<string, Promise<LiveEvent[]>>();

  /** A page of the log, read once for every stream that asks for the same page at the same time. */
  readLog(conferenceId: string, afterId: number, limit: number): Promise<LiveEvent[]> {
    const key = `${conferenceId}\u0000${afterId}\u0000${limit}`;
    let read = this.logReadsInFlight.get(key);
    if (!read) {
      read = this.options.log(conferenceId, afterId, limit).finally(() => this.logReadsInFlight.delete(key));
      this.logReadsInFlight.set(key, read);
    }
    return read;
  }

  /** Reads every open conference's log from the last id delivered: after the bus reconnects. */
  catchUpAll(): void {
    for (const [conferenceId, channel] of this.channels) void this.catchUp(conferenceId, channel);
  }

  close(): void {
    for (const timer of this.timers) clearInterval(timer);
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

  /** Everything published since the last flush goes out as one write per stream and conference. */
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
      if (channel) this.accept(conferenceId, channel, list);
    }
  }

  /** Delivers the events that continue the channel's order, keeps the ones ahead of a gap, drops old ones. */
  private accept(conferenceId: string, channel: Channel, events: LiveEvent[]): void {
    for (const e of events) if (e.id > channel.lastId) channel.ahead.set(e.id, e);
    const run: LiveEvent[] = [];
    for (let next = channel.ahead.get(channel.lastId + 1); next; next = channel.ahead.get(channel.lastId + 1)) {
      channel.ahead.delete(next.id);
      channel.lastId = next.id;
      run.push(next);
    }
    if (run.length > 0) {
      channel.recent.push(...run);
      if (channel.recent.length > RECENT * 2) channel.recent = channel.recent.slice(-RECENT);
      this.deliver(channel, run);
    }
    if (channel.ahead.size > 0) void this.catchUp(conferenceId, channel);
  }

  /** Fills the channel up to the log's head with one shared read (paged), unless one is under way. */
  private catchUp(conferenceId: string, channel: Channel): Promise<void> {
    channel.reading ??= (async () => {
      try {
        for (;;) {
          this.logReads++;
          const events = await this.options.log(conferenceId, channel.lastId, LOG_PAGE);
          this.accept(
            conferenceId,
            channel,
            events.filter((e) => e.id > channel.lastId),
          );
          if (events.length < LOG_PAGE) break;
        }
      } catch (error) {
        // The periodic check or the next event tries again.
        console.error('presser: reading the event log failed:', error instanceof Error ? error.message : error);
      } finally {
        channel.reading = null;
      }
      for (const id of channel.ahead.keys()) if (id <= channel.lastId) channel.ahead.delete(id);
    })();
    return channel.reading;
  }

  /** Catches up every open conference whose log has gone past what its streams were sent. */
  private async checkHeads(): Promise<void> {
    if (!this.options.heads || this.channels.size === 0) return;
    try {
      const heads = await this.options.heads([...this.channels.keys()]);
      for (const [conferenceId, head] of heads) {
        const channel = this.channels.get(conferenceId);
        if (channel && head > channel.lastId) void this.catchUp(conferenceId, channel);
      }
    } catch (error) {
      console.error('presser: checking the event logs failed:', error instanceof Error ? error.message : error);
    }
  }

  /** Writes a contiguous, ordered run of events to every live stream of the channel. */
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

  /**
   * Asks the streams that can be revoked whether they may still watch, at least once a heartbeat:
   * a revocation whose bus message was lost still ends the stream within seconds.
   */
  private recheck(): void {
    for (const channel of this.channels.values()) {
      for (const c of channel.byAudience.get('journalist')!)
        if (c.stillAdmitted)
          void c.stillAdmitted().then(
            (ok) => ok || c.close(),
            () => {},
          );
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
