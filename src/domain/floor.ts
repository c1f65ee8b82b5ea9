// Hands in the queue and the floor log: what happened, in the order it happened.
import type { Origin } from './record.ts';

export const HAND_STATUSES = ['waiting', 'lowered', 'called', 'skipped', 'withdrawn'] as const;
export type HandStatus = (typeof HAND_STATUSES)[number];

export interface Hand {
  id: string;
  conferenceId: string;
  userId: string;
  journalistName: string;
  outletId: string | null;
  outletName: string | null;
  origin: Origin;
  /** Seen by staff only. */
  topic: string | null;
  question: string | null;
  followUp: boolean;
  status: HandStatus;
  raisedAt: string;
  resolvedAt: string | null;
}

export const FLOOR_ACTIONS = ['pick', 'override', 'skip'] as const;
export type FloorAction = (typeof FLOOR_ACTIONS)[number];

export interface FloorLogEntry {
  at: string;
  action: FloorAction;
  /** Display name of the moderator who acted. */
  actor: string;
  handId: string;
  journalist: string;
  outlet: string | null;
  /** The hand the policy would have picked (differs from handId on an override). */
  policyHandId: string | null;
  policyJournalist: string | null;
  /** The question turn the floor opened, for picks and overrides. */
  turnSeq: number | null;
}
