// Fans committed events out to open streams (the bytes: deliver.ts), and serves replays from each
// conference's memory of recent events (channel.ts), kept a while after its last viewer leaves so
// a reconnect storm finds it.
//
// The bus only signals; the durable log is the truth. A bus between processes may lose, repeat or
// reorder messages, so each conference's channel keeps the last id it delivered in order: the next
// id goes out, an old one is dropped, and a gap starts one read of the log shared by every stream
// of the conference (one query per node and conference, never one per viewer). A periodic look at
// each open conference's last id bounds the delay when the bus loses a message or is down.
import { eventView, type Audience, type LiveEvent } from '../domain/events.ts';
import type { BusMessage, EventBus } from './bus.ts';
import { Channel, RECENT } from './channel.ts';
import { deliver } from './deliver.ts';
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

const LOG_PAGE = 1000;
/** How long a conference nobody watches on this node keeps its memory: viewers come back after a storm. */
const LINGER_MS = 120_000;

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
    this.timers.push(
      setInterval(() => {
        this.recheck();
        this.forgetIdle();
      }, options.admitCheckMs ?? Math.min(5000, this.heartbeatMs)),
    );
    const checkMs = options.checkMs ?? 500;
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
      channel = new Channel(head);
      this.channels.set(conferenceId, channel);
    }
    channel.idleSince = null;
    const set = channel.byAudience.get(client.audience.kind)!;
    set.add(client);
    const own = channel;
    return () => {
      set.delete(client);
      if (own.empty) own.idleSince ??= Date.now();
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

  /** The last id this node delivered in order for the conference; 0 when it has no channel for it. */
  head(conferenceId: string): number {
    return this.channels.get(conferenceId)?.lastId ?? 0;
  }

  /**
   * The events after `afterId` from memory, or null when memory does not reach back that far. The
   * stream must be attached already: whatever comes after these reaches it as a live event.
   */
  recent(conferenceId: string, afterId: number): LiveEvent[] | null {
    return this.channels.get(conferenceId)?.since(afterId) ?? null;
  }

  /**
   * The events after `afterId` for a replay: from memory, which one read of the log shared by every
   * replay of the conference extends back by up to RECENT events when needed; null when the stream
   * is further behind than that (it pages through readLog instead).
   */
  async replay(conferenceId: string, afterId: number): Promise<LiveEvent[] | null> {
    for (let tries = 0; tries < 3; tries++) {
      const channel = this.channels.get(conferenceId);
      if (!channel) return null;
      const events = channel.since(afterId);
      if (events || channel.floor - afterId > RECENT) return events;
      await this.fill(conferenceId, channel);
    }
    return null;
  }

  /** Reads the RECENT events below the channel's memory into it, once for every replay waiting. */
  private fill(conferenceId: string, channel: Channel): Promise<void> {
    channel.filling ??= (async () => {
      const floor = channel.floor;
      const from = Math.max(0, floor - RECENT);
      if (from === floor) return;
      this.logReads++;
      channel.rememberOlder(await this.options.log(conferenceId, from, floor - from));
    })()
      .catch((error: unknown) => console.error('presser: reading the event log failed:', error instanceof Error ? error.message : error))
      .finally(() => {
        channel.filling = null;
      });
    return channel.filling;
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
      channel.remember(run);
      deliver(channel, run);
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

  /** Drops the channels nobody has watched for LINGER_MS: they no longer need reading. */
  private forgetIdle(): void {
    const before = Date.now() - LINGER_MS;
    for (const [conferenceId, channel] of this.channels) if (channel.idleSince !== null && channel.idleSince < before) this.channels.delete(conferenceId);
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
