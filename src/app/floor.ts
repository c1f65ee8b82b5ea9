// The floor: journalists raise hands, the policy ranks them, the moderator gives the floor.
import { admits } from '../domain/accreditation.ts';
import type { NewEvent } from '../domain/events.ts';
import type { FloorLogEntry, Hand } from '../domain/floor.ts';
import { floorAnnouncement, policyPick, rankHands, type FloorHistory, type FloorReason, type RankedHand, type WaitingHand } from '../domain/floor-policy.ts';
import { acceptsHands } from '../domain/lifecycle.ts';
import type { Outlet } from '../domain/record.ts';
import type { User } from '../domain/roles.ts';
import type { ConferenceInfo, Repositories } from '../store/store.ts';
import { commit, type AppContext } from './context.ts';
import { AppError } from './errors.ts';
import { requireConference, secondsIntoConference } from './conferences.ts';
import { publicTurn } from './presenters.ts';

type PolicyHand = WaitingHand & { source: Hand };

export interface QueueEntry {
  handId: string;
  position: number;
  eligible: boolean;
  reasons: string[];
  why: FloorReason[];
  journalist: { id: string; name: string };
  outlet: { id: string; name: string; origin: Outlet['origin'] } | null;
  origin: Outlet['origin'];
  topic: string | null;
  question: string | null;
  followUp: boolean;
  raisedAt: string;
  waitSeconds: number;
  /** How often the journalist's outlet has had the floor here, and in all other conferences. */
  outletQuestions: { here: number; earlier: number };
}

export interface QueueView {
  conference: string;
  policyPick: string | null;
  entries: QueueEntry[];
}

/**
 * The queue as the policy ranks it. Runs on every hand raised or lowered and every floor given, inside
 * the change's transaction (which holds SQLite's one connection): a handful of indexed reads, each
 * bounded by the queue, never by the archive or the length of the transcript.
 */
async function floorState(tx: Repositories, conference: ConferenceInfo) {
  const hands = await tx.hands.waiting(conference.id);
  const outletIds = hands.flatMap((h) => (h.outletId ? [h.outletId] : []));
  const counts = await tx.turns.questionsByOutlet(conference.id, outletIds);
  const lastQuestion = await tx.turns.lastQuestion(conference.id);
  const lastHand = lastQuestion?.handId ? await tx.hands.get(lastQuestion.handId) : null;
  const history: FloorHistory = {
    questionsByOutlet: counts.here,
    last: lastQuestion ? { userId: lastHand?.userId ?? '', origin: lastQuestion.outlet?.origin ?? 'unknown' } : null,
  };
  const policyHands: PolicyHand[] = hands.map((h) => ({
    id: h.id,
    userId: h.userId,
    outletKey: h.outletId ?? `user:${h.userId}`,
    origin: h.origin,
    raisedAt: h.raisedAt,
    followUp: h.followUp,
    source: h,
  }));
  return { ranked: rankHands(policyHands, history, conference.settings), pick: policyPick(policyHands, history, conference.settings), counts };
}

function entry(r: RankedHand<PolicyHand>, counts: { here: Map<string, number>; earlier: Map<string, number> }, now: Date): QueueEntry {
  const h = r.hand.source;
  return {
    handId: h.id,
    position: r.position,
    eligible: r.eligible,
    reasons: r.reasons,
    why: r.why,
    journalist: { id: h.userId, name: h.journalistName },
    outlet: h.outletId && h.outletName ? { id: h.outletId, name: h.outletName, origin: h.origin } : null,
    origin: h.origin,
    topic: h.topic,
    question: h.question,
    followUp: h.followUp,
    raisedAt: h.raisedAt,
    waitSeconds: Math.max(0, Math.round((now.getTime() - Date.parse(h.raisedAt)) / 1000)),
    outletQuestions: { here: h.outletId ? (counts.here.get(h.outletId) ?? 0) : 0, earlier: h.outletId ? (counts.earlier.get(h.outletId) ?? 0) : 0 },
  };
}

export async function queueView(tx: Repositories, conference: ConferenceInfo, now: Date): Promise<QueueView> {
  const { ranked, pick, counts } = await floorState(tx, conference);
  return { conference: conference.slug, policyPick: pick?.id ?? null, entries: ranked.map((r) => entry(r, counts, now)) };
}

/** Staff see the whole queue; each waiting journalist sees only their own place in it. */
export async function queueChangedEvent(tx: Repositories, conference: ConferenceInfo, now: Date, alsoTell: Record<string, unknown> = {}): Promise<NewEvent> {
  return queueEvent(await queueView(tx, conference, now), alsoTell);
}

function queueEvent(view: QueueView, alsoTell: Record<string, unknown> = {}): NewEvent {
  const users: Record<string, unknown> = { ...alsoTell };
  for (const e of view.entries) users[e.journalist.id] = { handId: e.handId, status: 'waiting', position: e.position, waiting: view.entries.length };
  return { type: 'queue.changed', public: null, staff: view, users };
}

export async function getQueue(ctx: AppContext, slug: string): Promise<QueueView> {
  const conference = await requireConference(ctx.store, slug);
  return queueView(ctx.store, conference, ctx.clock.now());
}

export interface OwnHand {
  id: string;
  status: Hand['status'];
  topic: string | null;
  question: string | null;
  followUp: boolean;
  raisedAt: string;
  position: number | null;
  waiting: number;
}

function ownHandFrom(hand: Hand, place: { position: number } | undefined, waiting: number): OwnHand {
  return {
    id: hand.id,
    status: hand.status,
    topic: hand.topic,
    question: hand.question,
    followUp: hand.followUp,
    raisedAt: hand.raisedAt,
    position: place?.position ?? null,
    waiting,
  };
}

async function ownHand(tx: Repositories, conference: ConferenceInfo, hand: Hand): Promise<OwnHand> {
  const { ranked } = await floorState(tx, conference);
  return ownHandFrom(
    hand,
    ranked.find((r) => r.hand.id === hand.id),
    ranked.length,
  );
}

export async function myHand(ctx: AppContext, journalist: User, slug: string): Promise<OwnHand | null> {
  const conference = await requireConference(ctx.store, slug);
  const hand = await ctx.store.hands.waitingOf(conference.id, journalist.id);
  return hand ? ownHand(ctx.store, conference, hand) : null;
}

export async function raiseHand(
  ctx: AppContext,
  journalist: User,
  slug: string,
  input: { topic?: string | undefined; question?: string | undefined; followUp?: boolean | undefined },
): Promise<OwnHand> {
  await ctx.limits.hand(journalist.id);
  // Every read inside the one transaction: on SQLite's single connection each separate read waits
  // its turn behind the writes (and their fsync) before it, which made raising slower than lowering.
  return commit(ctx, async (tx, emit, at) => {
    const conference = await requireConference(tx, slug);
    if (!acceptsHands(conference.status))
      throw new AppError('wrong_state', `hands can be raised only while the conference is live; it is ${conference.status}`);
    const today = ctx.clock.now().toISOString().slice(0, 10);
    const accreditations = await tx.accreditations.forUser(journalist.id);
    if (!accreditations.some((a) => admits(a, conference, today))) throw new AppError('forbidden', 'you are not accredited for this conference');
    if (input.followUp && !conference.settings.followUps) throw new AppError('wrong_state', 'follow-ups are not allowed in this conference', 'followUp');
    if (await tx.hands.waitingOf(conference.id, journalist.id)) throw new AppError('conflict', 'your hand is already raised');
    const id = await tx.hands.raise(
      {
        conferenceId: conference.id,
        userId: journalist.id,
        outletId: journalist.outletId,
        topic: input.topic ?? null,
        question: input.question ?? null,
        followUp: input.followUp ?? false,
      },
      at,
    );
    // One ranking serves the event and the answer: nothing changes between them.
    const view = await queueView(tx, conference, ctx.clock.now());
    emit(conference.id, queueEvent(view));
    return ownHandFrom(
      (await tx.hands.get(id))!,
      view.entries.find((e) => e.handId === id),
      view.entries.length,
    );
  });
}

export async function lowerHand(ctx: AppContext, journalist: User, slug: string, handId: string): Promise<void> {
  await commit(ctx, async (tx, emit, at) => {
    const conference = await requireConference(tx, slug);
    const hand = await tx.hands.get(handId);
    if (!hand || hand.conferenceId !== conference.id || hand.userId !== journalist.id) throw new AppError('not_found', 'no such hand of yours');
    if (hand.status !== 'waiting') throw new AppError('wrong_state', `the hand is ${hand.status}, not waiting`);
    await tx.hands.resolve(hand.id, 'lowered', at);
    emit(conference.id, await queueChangedEvent(tx, conference, ctx.clock.now(), { [journalist.id]: { handId: hand.id, status: 'lowered', position: null } }));
  });
}

export async function skipHand(ctx: AppContext, moderator: User, slug: string, handId: string): Promise<void> {
  await commit(ctx, async (tx, emit, at) => {
    const conference = await requireConference(tx, slug);
    const hand = await tx.hands.get(handId);
    if (!hand || hand.conferenceId !== conference.id) throw new AppError('not_found', `no hand ${handId} in this conference`);
    if (hand.status !== 'waiting') throw new AppError('wrong_state', `the hand is ${hand.status}, not waiting`);
    const { pick } = await floorState(tx, conference);
    await tx.hands.resolve(hand.id, 'skipped', at);
    await tx.floorLog.append(conference.id, { action: 'skip', actorId: moderator.id, handId: hand.id, policyHandId: pick?.id ?? null, turnSeq: null }, at);
    emit(conference.id, await queueChangedEvent(tx, conference, ctx.clock.now(), { [hand.userId]: { handId: hand.id, status: 'skipped', position: null } }));
  });
}

export interface FloorGiven {
  handId: string;
  action: 'pick' | 'override';
  policyPick: string | null;
  seq: number;
  journalist: string;
  outlet: string | null;
  message: string;
}

/** Gives the floor to a hand (or the policy's pick), opening the question turn; everyone hears "Next question: …". */
export async function giveFloor(ctx: AppContext, moderator: User, slug: string, handId?: string): Promise<FloorGiven> {
  return commit(ctx, async (tx, emit, at) => {
    const conference = await requireConference(tx, slug);
    if (!acceptsHands(conference.status))
      throw new AppError('wrong_state', `the floor can be given only while the conference is live; it is ${conference.status}`);
    const { pick } = await floorState(tx, conference);
    let hand: Hand | null;
    if (handId) {
      hand = await tx.hands.get(handId);
      if (!hand || hand.conferenceId !== conference.id) throw new AppError('not_found', `no hand ${handId} in this conference`, 'handId');
      if (hand.status !== 'waiting') throw new AppError('wrong_state', `the hand is ${hand.status}, not waiting`, 'handId');
    } else {
      hand = pick?.source ?? null;
      if (!hand) throw new AppError('wrong_state', 'no eligible hand is waiting');
    }
    const action = pick && pick.id === hand.id ? 'pick' : 'override';
    await tx.hands.resolve(hand.id, 'called', at);
    const outlet = hand.outletId ? await tx.outlets.get(hand.outletId) : null;
    const turn = await tx.turns.open(
      conference.id,
      {
        kind: 'question',
        speaker: { name: hand.journalistName, titles: [], role: 'journalist' },
        outlet: outlet ? { name: outlet.name, aliases: outlet.aliases, country: outlet.country, origin: outlet.origin } : null,
        outletId: outlet?.id ?? null,
        replyTo: null,
        label: null,
        startsAt: secondsIntoConference(conference, ctx.clock.now()),
        handId: hand.id,
      },
      at,
    );
    await tx.floorLog.append(conference.id, { action, actorId: moderator.id, handId: hand.id, policyHandId: pick?.id ?? null, turnSeq: turn.seq }, at);
    const message = floorAnnouncement(hand.journalistName, outlet?.name ?? null);
    const announcement = { seq: turn.seq, journalist: hand.journalistName, outlet: outlet ? { name: outlet.name, origin: outlet.origin } : null, message };
    emit(conference.id, {
      type: 'floor.given',
      public: announcement,
      staff: { ...announcement, handId: hand.id, action, policyPick: pick?.id ?? null },
      users: { [hand.userId]: { ...announcement, handId: hand.id, you: true } },
    });
    emit(conference.id, { type: 'turn.opened', public: publicTurn(turn), staff: null, users: null });
    emit(conference.id, await queueChangedEvent(tx, conference, ctx.clock.now(), { [hand.userId]: { handId: hand.id, status: 'called', position: null } }));
    return { handId: hand.id, action, policyPick: pick?.id ?? null, seq: turn.seq, journalist: hand.journalistName, outlet: outlet?.name ?? null, message };
  });
}

export async function floorLog(ctx: AppContext, slug: string) {
  const conference = await requireConference(ctx.store, slug);
  return ctx.store.floorLog.list(conference.id);
}

/** The floor log of a published conference that publishes it; null otherwise. */
export async function publishedFloorLog(ctx: AppContext, slug: string): Promise<FloorLogEntry[] | null> {
  const conference = await ctx.store.conferences.info(slug);
  if (!conference || conference.status !== 'published' || !conference.settings.publishFloorLog) return null;
  return ctx.store.floorLog.list(conference.id);
}
