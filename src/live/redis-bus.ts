// The event bus between presser nodes: Redis pub/sub, one channel per conference
// (PREFIX:events:CONFERENCE_ID) and one for closing a user's streams (PREFIX:users). Pub/sub is at
// most once and the hub treats it so: it only signals, each node's hub orders events by id and
// reads the log for anything missing (hub.ts). So a publish that fails while Redis is away is
// dropped, never queued, and a write is never refused for want of Redis.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { LiveEvent } from '../domain/events.ts';
import type { BusMessage, EventBus } from './bus.ts';

export interface RedisBusOptions {
  /** Key and channel prefix, so several presser clusters (or tests) can share one Redis. */
  prefix?: string;
}

interface Envelope {
  node: string;
  message: BusMessage;
}

export class RedisBus implements EventBus {
  /** Publishes and answers commands; fails fast while Redis is away. */
  readonly client: Redis;
  /** A connection in subscriber mode can do nothing else, so it is a second one. */
  private readonly subscriber: Redis;
  private readonly node = randomUUID();
  private readonly prefix: string;
  private readonly listeners = new Set<(message: BusMessage) => void>();
  private readonly reconnectListeners = new Set<() => void>();
  private everReady = false;
  private closed = false;

  constructor(url: string, options: RedisBusOptions = {}) {
    this.prefix = options.prefix ?? 'presser';
    const common = { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: (times: number) => Math.min(100 * times, 1000), lazyConnect: true };
    this.client = new Redis(url, common);
    this.subscriber = new Redis(url, { ...common, enableOfflineQueue: true, maxRetriesPerRequest: null });
    for (const connection of [this.client, this.subscriber]) {
      // Without a listener an unreachable Redis would crash the process; the hub keeps viewers
      // complete from the log meanwhile.
      connection.on('error', (error: Error) => this.warn(error));
    }
    this.subscriber.on('pmessage', (_pattern: string, _channel: string, text: string) => this.receive(text));
    this.subscriber.on('message', (_channel: string, text: string) => this.receive(text));
    // ioredis subscribes again by itself after a reconnect; what was published meanwhile is lost,
    // so the hub reads the log of every open conference.
    this.subscriber.on('ready', () => {
      if (this.everReady) for (const listener of this.reconnectListeners) listener();
      this.everReady = true;
    });
  }

  /** Connects both connections; resolves even when Redis is down (it keeps trying). */
  async start(): Promise<void> {
    // Queued until connected (the subscriber keeps an offline queue), and renewed on every reconnect.
    this.subscriber.psubscribe(`${this.prefix}:events:*`).catch((e: unknown) => this.warn(e));
    this.subscriber.subscribe(`${this.prefix}:users`).catch((e: unknown) => this.warn(e));
    await Promise.allSettled([this.client.connect(), this.subscriber.connect()]);
  }

  publish(message: BusMessage): void {
    // This node's streams are served at once, without a round trip through Redis.
    for (const listener of this.listeners) listener(message);
    if (message.kind === 'close-user') return this.send(`${this.prefix}:users`, message);
    const byConference = new Map<string, LiveEvent[]>();
    for (const e of message.events) byConference.set(e.conferenceId, [...(byConference.get(e.conferenceId) ?? []), e]);
    for (const [conferenceId, events] of byConference) this.send(`${this.prefix}:events:${conferenceId}`, { kind: 'events', events });
  }

  subscribe(listener: (message: BusMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => this.reconnectListeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.subscriber.disconnect();
    this.client.disconnect();
  }

  private send(channel: string, message: BusMessage): void {
    const envelope: Envelope = { node: this.node, message };
    this.client.publish(channel, JSON.stringify(envelope)).catch((e: unknown) => this.warn(e));
  }

  private receive(text: string): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(text) as Envelope;
    } catch {
      return;
    }
    if (envelope.node === this.node) return;
    for (const listener of this.listeners) listener(envelope.message);
  }

  private lastWarning = 0;

  /** One line every few seconds while Redis is away, not one per publish. */
  private warn(error: unknown): void {
    if (this.closed) return;
    const now = Date.now();
    if (now - this.lastWarning < 5000) return;
    this.lastWarning = now;
    console.error(`presser: Redis: ${error instanceof Error ? error.message : String(error)}`);
  }
}
