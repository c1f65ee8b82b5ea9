// One conference's streams on this node, and its memory of the latest events delivered in order:
// replays after a reconnect are served from here, so a reconnect storm costs no query per viewer.
import type { LiveEvent } from '../domain/events.ts';
import type { StreamClient } from './hub.ts';

export type Kind = 'public' | 'staff' | 'journalist';

/** Events kept per conference for replays: a few minutes of a busy conference. */
export const RECENT = 1024;

export class Channel {
  readonly byAudience = new Map<Kind, Set<StreamClient>>([
    ['public', new Set()],
    ['staff', new Set()],
    ['journalist', new Set()],
  ]);
  /** Events that arrived ahead of a gap, by id, until the gap is filled. */
  readonly ahead = new Map<number, LiveEvent>();
  /** The one read of the log that fills a gap, shared by every stream of the conference. */
  reading: Promise<void> | null = null;
  /** The one read that reaches the memory further back, shared by every replay waiting on it. */
  filling: Promise<void> | null = null;
  /** Since when no stream is open (ms), or null; an idle channel is kept a while for returning viewers. */
  idleSince: number | null = null;
  /** The latest events delivered in order, contiguous, ending at lastId. */
  private recent: LiveEvent[] = [];

  /** `lastId`: the last id delivered in order to this channel's streams. */
  constructor(public lastId: number) {}

  get empty(): boolean {
    for (const set of this.byAudience.values()) if (set.size > 0) return false;
    return true;
  }

  /** Memory holds every event after this id, up to lastId. */
  get floor(): number {
    const first = this.recent[0];
    return first ? first.id - 1 : this.lastId;
  }

  /** Takes a run delivered in order (its first id is the old lastId + 1). */
  remember(run: LiveEvent[]): void {
    this.recent.push(...run);
    if (this.recent.length > RECENT * 2) this.recent = this.recent.slice(-RECENT);
  }

  /** Adds older events below the floor; kept only if they end exactly at it, without a gap. */
  rememberOlder(events: LiveEvent[]): boolean {
    const floor = this.floor;
    const older = events.filter((e) => e.id <= floor);
    const first = older[0];
    if (!first || older[older.length - 1]!.id !== floor || floor - first.id + 1 !== older.length) return false;
    this.recent = [...older, ...this.recent];
    if (this.recent.length > RECENT * 2) this.recent = this.recent.slice(-RECENT * 2);
    return true;
  }

  /** The events after `afterId` from memory, or null when memory does not reach back that far. */
  since(afterId: number): LiveEvent[] | null {
    if (afterId >= this.lastId) return [];
    if (afterId < this.floor) return null;
    return this.recent.slice(afterId - this.floor);
  }
}
