// Creating conferences and moving them through draft, scheduled, live, ended, published.
import { z } from './zod.ts';
import { allowedTransitions, canTransition } from '../domain/lifecycle.ts';
import { DEFAULT_FLOOR_SETTINGS, type FloorSettings } from '../domain/floor-policy.ts';
import type { ConferenceStatus, Person } from '../domain/record.ts';
import type { User } from '../domain/roles.ts';
import type { ConferenceInfo, NewConference, Repositories } from '../store/store.ts';
import { commit, type AppContext } from './context.ts';
import { AppError } from './errors.ts';
import { queueChangedEvent } from './floor.ts';
import { makeSlug } from '../transcript/slug.ts';

export async function requireConference(repos: Pick<Repositories, 'conferences'>, slug: string): Promise<ConferenceInfo> {
  const conference = await repos.conferences.info(slug);
  if (!conference) throw new AppError('not_found', `no conference with slug "${slug}"`);
  return conference;
}

export const FloorSettingsInput = z.object({
  perOutletLimit: z.number().int().min(1).max(100).nullable(),
  followUps: z.boolean(),
  alternateOrigins: z.boolean(),
  publishFloorLog: z.boolean(),
}) satisfies z.ZodType<FloorSettings>;

const PrincipalInput = z.union([
  z.string().trim().min(1).max(200),
  z.object({ name: z.string().trim().min(1).max(200), titles: z.array(z.string().max(200)).max(10).optional() }),
]);

/** A conference to create (POST /api/conferences); the HTTP layer validates with it. */
export const ConferenceInputSchema = z.object({
  title: z.string().trim().min(1).max(500),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
    .nullable()
    .optional(),
  startsAt: z.string().datetime({ offset: true }).nullable().optional().meta({ example: '2025-05-02T10:00:00+08:00' }),
  timeZone: z
    .string()
    .refine((tz) => Intl.supportedValuesOf('timeZone').includes(tz) || tz === 'UTC', 'an IANA time zone such as Asia/Shanghai')
    .nullable()
    .optional(),
  venue: z.string().max(500).nullable().optional(),
  occasion: z.string().max(500).nullable().optional(),
  host: z.string().max(500).nullable().optional(),
  hostCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable()
    .optional(),
  topic: z.string().max(500).nullable().optional(),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en or zh'))
    .min(1)
    .max(5)
    .optional(),
  principals: z.array(PrincipalInput).max(20).optional(),
  settings: FloorSettingsInput.partial().optional(),
});
export type ConferenceInput = z.infer<typeof ConferenceInputSchema>;

export function principals(input: ConferenceInput['principals']): Person[] {
  return (input ?? []).map((p) =>
    typeof p === 'string' ? { name: p, titles: [], role: 'principal' } : { name: p.name, titles: p.titles ?? [], role: 'principal' },
  );
}

/** Local date and time of an instant in a zone, as the record keeps them. */
export function localParts(startsAt: string, timeZone: string | null): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: timeZone ?? 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(startsAt));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

export async function createConference(ctx: AppContext, input: ConferenceInput): Promise<ConferenceInfo> {
  const timeZone = input.timeZone ?? null;
  const local = input.startsAt ? localParts(input.startsAt, timeZone) : null;
  const date = input.date ?? local?.date ?? null;
  const conference: NewConference = {
    slug: makeSlug(input.title, date),
    title: input.title,
    date,
    time: local?.time ?? null,
    timeZone,
    startsAt: input.startsAt ?? null,
    venue: input.venue ?? null,
    occasion: input.occasion ?? null,
    host: input.host ?? null,
    hostCountry: input.hostCountry ?? null,
    topic: input.topic ?? null,
    languages: input.languages?.length ? input.languages : ['en'],
    principals: principals(input.principals),
    settings: { ...DEFAULT_FLOOR_SETTINGS, ...input.settings },
  };
  return ctx.store.conferences.create(conference, ctx.clock.now().toISOString());
}

/** Moderators run the room (live, ended); the press office does the rest. */
const MODERATOR_MOVES: readonly ConferenceStatus[] = ['live', 'ended'];

export async function changeState(ctx: AppContext, actor: User, slug: string, status: ConferenceStatus): Promise<ConferenceInfo> {
  return commit(ctx, async (tx, emit, at) => {
    const conference = await requireConference(tx, slug);
    if (actor.role === 'moderator' && !MODERATOR_MOVES.includes(status))
      throw new AppError('forbidden', `moderators can set a conference live or ended, not ${status}`);
    if (conference.status === status) return conference;
    if (!canTransition(conference.status, status)) {
      const allowed = allowedTransitions(conference.status);
      throw new AppError('wrong_state', `a ${conference.status} conference can move to ${allowed.join(' or ')}, not ${status}`, 'status');
    }
    await tx.conferences.setStatus(conference.id, status, at);
    const now = ctx.clock.now();
    if (status === 'ended') {
      for (const turn of await tx.turns.all(conference.id)) {
        if (turn.state === 'open') {
          await tx.turns.finalize(conference.id, turn.seq, null, at);
          emit(conference.id, { type: 'turn.finalized', public: { seq: turn.seq, text: turn.text }, staff: null, users: null });
        }
      }
      const waiting = await tx.hands.waiting(conference.id);
      for (const hand of waiting) await tx.hands.resolve(hand.id, 'withdrawn', at);
      if (waiting.length > 0) {
        const told = Object.fromEntries(waiting.map((h) => [h.userId, { handId: h.id, status: 'withdrawn', position: null }]));
        emit(conference.id, await queueChangedEvent(tx, { ...conference, status }, now, told));
      }
    }
    emit(conference.id, { type: 'conference.state', public: { status, previous: conference.status, at: now.toISOString() }, staff: null, users: null });
    return { ...conference, status };
  });
}

/**
 * Seconds since the conference went live (its planned start when it never has), for a live turn's
 * startsAt and endsAt: the times subtitles are made from. Null when neither is known.
 */
export function secondsIntoConference(conference: Pick<ConferenceInfo, 'liveAt' | 'startsAt'>, now: Date): number | null {
  const zero = conference.liveAt ?? conference.startsAt;
  if (!zero) return null;
  return Math.max(0, Math.round((now.getTime() - Date.parse(zero)) / 100) / 10);
}

export async function updateSettings(ctx: AppContext, slug: string, settings: Partial<FloorSettings>): Promise<ConferenceInfo> {
  const conference = await requireConference(ctx.store, slug);
  const merged = { ...conference.settings, ...settings };
  await ctx.store.conferences.update(conference.id, { settings: merged }, ctx.clock.now().toISOString());
  return { ...conference, settings: merged };
}

/**
 * Deletes a draft, or the demo whatever its state: nothing public or acknowledged is lost, since a
 * draft was never shown and the demo is no one's record. Anything else is kept (409).
 */
export async function deleteConference(ctx: AppContext, slug: string): Promise<void> {
  const conference = await requireConference(ctx.store, slug);
  if (conference.status !== 'draft' && !conference.demo)
    throw new AppError('wrong_state', `only a draft or the demo can be deleted; this conference is ${conference.status}`);
  await ctx.store.conferences.delete(slug);
}
