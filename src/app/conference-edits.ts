// Editing a conference's details: everything before it goes live; once it has, only what the public
// may need corrected (title, venue, start time), each change logged with who made it and when.
import { CONFERENCE_DETAILS, editableDetails, editIsLogged, type ConferenceDetail } from '../domain/lifecycle.ts';
import type { User } from '../domain/roles.ts';
import type { ConferenceChange, ConferenceChanges, ConferenceInfo, NewConferenceChange } from '../store/store.ts';
import { ConferenceInputSchema, localParts, principals, requireConference } from './conferences.ts';
import { commit, type AppContext } from './context.ts';
import { AppError } from './errors.ts';
import type { z } from './zod.ts';

/** The details to change (PATCH /api/conferences/{slug}); those left out stay as they are. */
export const ConferenceEditSchema = ConferenceInputSchema.omit({ settings: true })
  .partial()
  .refine((edit) => Object.values(edit).some((v) => v !== undefined), 'name at least one detail to change');
export type ConferenceEdit = z.infer<typeof ConferenceEditSchema>;

/** A value as the change log keeps it: text, or null when empty. */
function asText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function currentDetails(c: ConferenceInfo): Record<ConferenceDetail, unknown> {
  const { title, date, startsAt, timeZone, venue, occasion, host, hostCountry, topic, languages } = c;
  return { title, date, startsAt, timeZone, venue, occasion, host, hostCountry, topic, languages, principals: c.principals };
}

function wantedDetails(edit: ConferenceEdit): Partial<Record<ConferenceDetail, unknown>> {
  const wanted: Partial<Record<ConferenceDetail, unknown>> = {};
  for (const field of CONFERENCE_DETAILS) {
    const value = edit[field];
    if (value === undefined) continue;
    wanted[field] = field === 'principals' ? principals(edit.principals) : field === 'venue' && value === '' ? null : value;
  }
  return wanted;
}

function refusal(status: ConferenceInfo['status'], field: string): AppError {
  if (status === 'cancelled') return new AppError('wrong_state', 'a cancelled conference is not edited: schedule it again first', field);
  return new AppError('wrong_state', `a ${status} conference keeps its ${field}: once it has gone live only its title, venue and start time can change`, field);
}

/** What the public pages show of a conference and may see change while they are open. */
const SHOWN_DETAILS: readonly string[] = ['title', 'venue', 'startsAt', 'timeZone', 'date'];

export async function editConference(ctx: AppContext, actor: User, slug: string, edit: ConferenceEdit): Promise<ConferenceInfo> {
  return commit(ctx, async (tx, emit, at) => {
    const conference = await requireConference(tx, slug);
    const allowed = editableDetails(conference.status);
    const before = currentDetails(conference);
    const changed: Partial<Record<ConferenceDetail, unknown>> = {};
    for (const [field, value] of Object.entries(wantedDetails(edit)) as [ConferenceDetail, unknown][]) {
      if (JSON.stringify(value ?? null) === JSON.stringify(before[field] ?? null)) continue;
      if (!allowed.includes(field)) throw refusal(conference.status, field);
      changed[field] = value ?? null;
    }
    const changes = { ...changed } as ConferenceChanges;
    if ('startsAt' in changed || 'timeZone' in changed) {
      // The start's local date and time, in the conference's zone, follow the start.
      const startsAt = 'startsAt' in changed ? changes.startsAt : conference.startsAt;
      const timeZone = 'timeZone' in changed ? (changes.timeZone ?? null) : conference.timeZone;
      if (startsAt) {
        const local = localParts(startsAt, timeZone);
        if (edit.date === undefined) changes.date = local.date;
        changes.time = local.time;
      } else changes.time = null;
    }
    if (Object.keys(changes).length === 0) return conference;
    await tx.conferences.update(conference.id, changes, at);
    if (editIsLogged(conference.status)) {
      const logged: NewConferenceChange[] = Object.keys(changed).map((field) => ({
        userId: actor.id,
        field,
        from: asText(before[field as ConferenceDetail]),
        to: asText(changed[field as ConferenceDetail]),
      }));
      await tx.conferences.logChanges(conference.id, logged, at);
    }
    const edited = { ...conference, ...changes };
    // Pages open on a conference that has a stream update in place; drafts have no public page.
    if ((conference.status === 'scheduled' || conference.status === 'live') && Object.keys(changed).some((f) => SHOWN_DETAILS.includes(f))) {
      const { title, venue, date, time, startsAt, timeZone } = edited;
      emit(conference.id, { type: 'conference.details', public: { title, venue, date, time, startsAt, timeZone }, staff: null, users: null });
    }
    return edited;
  });
}

export async function conferenceChanges(ctx: AppContext, slug: string): Promise<ConferenceChange[]> {
  const conference = await requireConference(ctx.store, slug);
  return ctx.store.conferences.changes(conference.id);
}
