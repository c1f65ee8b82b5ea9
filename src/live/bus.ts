// The event bus carries committed events from the use cases to the streams: in-process for one node,
// Redis (redis-bus.ts) between several.
import type { LiveEvent } from '../domain/events.ts';

export type BusMessage =
  | { kind: 'events'; events: LiveEvent[] }
  /** End every open stream of this user (revoked accreditation, signed out). */
  | { kind: 'close-user'; userId: string };

export interface EventBus {
  publish(message: BusMessage): void;
  subscribe(listener: (message: BusMessage) => void): () => void;
  /** A bus between processes tells when it is connected again: messages may have been lost meanwhile. */
  onReconnect?(listener: () => void): () => void;
  close?(): Promise<void>;
}

export class InProcessBus implements EventBus {
  private readonly listeners = new Set<(message: BusMessage) => void>();

  publish(message: BusMessage): void {
    for (const listener of this.listeners) listener(message);
  }

  subscribe(listener: (message: BusMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
