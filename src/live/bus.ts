// The event bus carries committed events from the use cases to the streams. In-process now; a
// Redis adapter will carry the same messages between processes.
import type { LiveEvent } from '../domain/events.ts';

export type BusMessage =
  | { kind: 'events'; events: LiveEvent[] }
  /** End every open stream of this user (revoked accreditation, signed out). */
  | { kind: 'close-user'; userId: string };

export interface EventBus {
  publish(message: BusMessage): void;
  subscribe(listener: (message: BusMessage) => void): () => void;
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
