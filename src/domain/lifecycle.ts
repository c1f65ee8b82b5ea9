import type { ConferenceStatus } from './record.ts';

/**
 * The moves a conference may make. A press office can step back before going live, resume a
 * conference ended by mistake, and unpublish a record to correct it. A scheduled conference was
 * announced, so it is cancelled (and the public told), never deleted; it can be scheduled again.
 */
const TRANSITIONS: Record<ConferenceStatus, readonly ConferenceStatus[]> = {
  draft: ['scheduled', 'live'],
  scheduled: ['draft', 'live', 'cancelled'],
  cancelled: ['scheduled'],
  live: ['ended'],
  ended: ['live', 'published'],
  published: ['ended'],
};

export function canTransition(from: ConferenceStatus, to: ConferenceStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function allowedTransitions(from: ConferenceStatus): readonly ConferenceStatus[] {
  return TRANSITIONS[from];
}

/** What the public may see of a conference in each state. */
export function isPublic(status: ConferenceStatus): boolean {
  return status === 'live' || status === 'published';
}

/** Hands may be raised and the floor given only while the conference is live. */
export function acceptsHands(status: ConferenceStatus): boolean {
  return status === 'live';
}

/** The record can be written while live and edited until it is published. */
export function acceptsWriting(status: ConferenceStatus): boolean {
  return status === 'live' || status === 'ended';
}

/** A conference's details, as the press office edits them. */
export const CONFERENCE_DETAILS = [
  'title',
  'date',
  'startsAt',
  'timeZone',
  'venue',
  'occasion',
  'host',
  'hostCountry',
  'topic',
  'languages',
  'principals',
] as const;
export type ConferenceDetail = (typeof CONFERENCE_DETAILS)[number];

/** Once it has gone live, what the public saw stays: only the title, venue and start time may change, and each change is logged. */
const LATER_DETAILS: readonly ConferenceDetail[] = ['title', 'venue', 'startsAt', 'timeZone', 'date'];

/** The details that may change in a state: all before going live, a few after, none while cancelled (schedule it again first). */
export function editableDetails(status: ConferenceStatus): readonly ConferenceDetail[] {
  if (status === 'draft' || status === 'scheduled') return CONFERENCE_DETAILS;
  if (status === 'cancelled') return [];
  return LATER_DETAILS;
}

/** Changes made after a conference went live are logged: who, when, old and new. */
export function editIsLogged(status: ConferenceStatus): boolean {
  return status === 'live' || status === 'ended' || status === 'published';
}
