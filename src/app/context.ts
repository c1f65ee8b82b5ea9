import type { NewEvent } from '../domain/events.ts';
import { InProcessBus, type EventBus } from '../live/bus.ts';
import type { Repositories, Store } from '../store/store.ts';
import type { Mailer } from './mailer.ts';
import { RateLimits, type LimiterFactory, type RateLimitSettings } from './rate-limits.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What every use case works with; passed in, never imported, so tests and servers choose their own. */
export interface AppContext {
  store: Store;
  bus: EventBus;
  clock: Clock;
  limits: RateLimits;
  /** Sends e-mail (the access links); null when no mail server is set up. */
  mailer: Mailer | null;
}

/**
 * The context of one presser process: the system clock, and the in-process bus and memory rate
 * limits unless a cluster's (src/app/cluster.ts) are given.
 */
export function createContext(
  store: Store,
  options: { rateLimits?: Partial<RateLimitSettings>; clock?: Clock; bus?: EventBus; limiter?: LimiterFactory; mailer?: Mailer | null } = {},
): AppContext {
  return {
    store,
    bus: options.bus ?? new InProcessBus(),
    clock: options.clock ?? systemClock,
    limits: new RateLimits(options.rateLimits, options.limiter),
    mailer: options.mailer ?? null,
  };
}

export type Emit = (conferenceId: string, event: NewEvent) => void;

/**
 * Runs a change in one transaction together with the events that describe it, then publishes the
 * events once the transaction has committed: nothing is broadcast that is not stored.
 */
export async function commit<T>(ctx: AppContext, change: (tx: Repositories, emit: Emit, at: string) => Promise<T>): Promise<T> {
  // One time for the whole change, from the context's clock: the store never reads a clock itself.
  const at = ctx.clock.now().toISOString();
  const { result, events } = await ctx.store.transaction(async (tx) => {
    const byConference = new Map<string, NewEvent[]>();
    const result = await change(
      tx,
      (conferenceId, event) => {
        const list = byConference.get(conferenceId) ?? [];
        list.push(event);
        byConference.set(conferenceId, list);
      },
      at,
    );
    // Counters are locked in a fixed order (by id), so two writers to the same conferences never deadlock.
    const events = [];
    for (const [conferenceId, list] of [...byConference].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      events.push(...(await tx.events.append(conferenceId, list, at)));
    return { result, events };
  });
  if (events.length > 0) ctx.bus.publish({ kind: 'events', events });
  return result;
}
