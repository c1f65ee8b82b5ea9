// What the store keeps and hands out. One implementation (kysely/) serves every SQL dialect; each
// dialect only opens its connection, and all of them pass the same suite (store.contract.ts).
import type { Conference, ConferenceStatus, Origin, Person } from '../domain/record.ts';
import type { FloorSettings } from '../domain/floor-policy.ts';

export type { Store, Repositories } from './kysely/store.ts';

export interface ConferenceSummary {
  id: string;
  slug: string;
  title: string;
  date: string | null;
  venue: string | null;
  occasion: string | null;
  status: ConferenceStatus;
  languages: string[];
  turnCount: number;
  updatedAt: string;
  /** The planned start, an ISO instant, and the conference's own IANA zone. */
  startsAt: string | null;
  timeZone: string | null;
}

export interface ConferenceFilter {
  status?: readonly ConferenceStatus[];
  /** Case-insensitive words that must all appear in the title, venue or occasion. */
  text?: string;
  limit?: number;
}

export interface SaveRecordOptions {
  /** A digest of the record's content; a second record with the same digest is a duplicate. */
  contentHash: string;
  source?: string | null;
}

export type SaveRecordResult =
  | { status: 'created'; id: string; slug: string }
  | { status: 'duplicate'; id: string; slug: string };

/** A conference with what running it live needs. */
export interface ConferenceInfo extends Conference {
  id: string;
  principals: Person[];
  settings: FloorSettings;
  /** ISO timestamp of the planned start. */
  startsAt: string | null;
  /** When it first went live (ISO): the zero of its turns' times. */
  liveAt: string | null;
  /** The demo conference: flagged on its pages, counted nowhere. */
  demo: boolean;
  lastEventId: number;
}

export interface NewConference {
  slug: string;
  title: string;
  date: string | null;
  time: string | null;
  timeZone: string | null;
  startsAt: string | null;
  venue: string | null;
  occasion: string | null;
  host: string | null;
  hostCountry: string | null;
  topic: string | null;
  languages: string[];
  principals: Person[];
  settings: FloorSettings;
}

export interface StoredOutlet {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  origin: Origin;
}
