// What a signed-in journalist may take part in: the conferences their accreditations admit.
import { admits } from '../domain/accreditation.ts';
import type { ConferenceStatus } from '../domain/record.ts';
import type { User } from '../domain/roles.ts';
import type { ConferenceInfo } from '../store/store.ts';
import type { AppContext } from './context.ts';

export interface AccreditedConference {
  slug: string;
  title: string;
  date: string | null;
  status: ConferenceStatus;
  languages: string[];
}

/**
 * Conferences that are about to happen, happening or just over, and cancelled ones, so the journalist
 * learns it is off; drafts and published records are left out.
 */
const CURRENT: readonly ConferenceStatus[] = ['scheduled', 'live', 'ended', 'cancelled'];

/** The current conferences the journalist is accredited for, live ones first, cancelled ones last, then by date. */
export async function accreditedConferences(ctx: AppContext, journalist: User): Promise<AccreditedConference[]> {
  const accreditations = (await ctx.store.accreditations.forUser(journalist.id)).filter((a) => a.status === 'approved');
  if (accreditations.length === 0) return [];
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const candidates = await ctx.store.conferences.list({ status: CURRENT });
  const admitted: ConferenceInfo[] = [];
  for (const summary of candidates) {
    const info = await ctx.store.conferences.info(summary.slug);
    if (info && accreditations.some((a) => admits(a, info, today))) admitted.push(info);
  }
  const rank = (s: ConferenceStatus) => (s === 'live' ? 0 : s === 'scheduled' ? 1 : s === 'ended' ? 2 : 3);
  return admitted
    .sort((a, b) => rank(a.status) - rank(b.status) || (b.date ?? '').localeCompare(a.date ?? ''))
    .map((c) => ({ slug: c.slug, title: c.title, date: c.date, status: c.status, languages: c.languages }));
}
