import type { ConferenceStatus } from './record.ts';

/**
 * The moves a conference may make. A press office can step back before going live, resume a
 * conference ended by mistake, and unpublish a record to correct it.
 */
const TRANSITIONS: Record<ConferenceStatus, readonly ConferenceStatus[]> = {
  draft: ['scheduled', 'live'],
  scheduled: ['draft', 'live'],
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
