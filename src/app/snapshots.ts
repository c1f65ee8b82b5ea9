// What a page shows when it opens, read in one transaction together with the id of the last event
// it reflects, so the page's live stream resumes exactly after it: no event missed, none applied twice.
import type { ConferenceInfo, Repositories } from '../store/store.ts';
import type { AppContext } from './context.ts';
import { queueView, type QueueView } from './floor.ts';
import { publicTurn, type PublicTurn } from './presenters.ts';

export interface ConferenceSnapshot {
  conference: ConferenceInfo;
  turns: PublicTurn[];
  /** When each recently opened turn was opened (ISO), by seq: the consoles show elapsed time. */
  openedAt: Record<number, string>;
}

export interface ModeratorSnapshot extends ConferenceSnapshot {
  queue: QueueView;
}

/** How far back the log is searched for the opening of the current turns. */
const OPENING_LOOKBACK = 2000;

async function openedTimes(tx: Repositories, conference: ConferenceInfo): Promise<Record<number, string>> {
  const events = await tx.events.after(conference.id, Math.max(0, conference.lastEventId - OPENING_LOOKBACK), OPENING_LOOKBACK);
  const times: Record<number, string> = {};
  for (const e of events) if (e.type === 'turn.opened') times[(e.public as { seq: number }).seq] = e.createdAt;
  return times;
}

async function read(tx: Repositories, slug: string): Promise<ConferenceSnapshot | null> {
  const conference = await tx.conferences.info(slug);
  if (!conference) return null;
  const turns = (await tx.turns.all(conference.id)).map(publicTurn);
  return { conference, turns, openedAt: await openedTimes(tx, conference) };
}

export function conferenceSnapshot(ctx: AppContext, slug: string): Promise<ConferenceSnapshot | null> {
  return ctx.store.transaction((tx) => read(tx, slug));
}

export function moderatorSnapshot(ctx: AppContext, slug: string): Promise<ModeratorSnapshot | null> {
  return ctx.store.transaction(async (tx) => {
    const snapshot = await read(tx, slug);
    return snapshot ? { ...snapshot, queue: await queueView(tx, snapshot.conference, ctx.clock.now()) } : null;
  });
}
