// The storage contract. Every adapter (SQLite now, PostgreSQL later) passes the same suite: store.contract.ts.
import type { ConferenceRecord, ConferenceStatus, Origin } from '../domain/record.ts';

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

export interface StoredOutlet {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  origin: Origin;
}

export interface ConferenceStore {
  /** Stores a whole record in one transaction; the slug gets a numeric suffix when taken. */
  saveRecord(record: ConferenceRecord, options: SaveRecordOptions): Promise<SaveRecordResult>;
  listConferences(filter?: ConferenceFilter): Promise<ConferenceSummary[]>;
  getRecord(slug: string): Promise<ConferenceRecord | null>;
  deleteConference(slug: string): Promise<boolean>;
  listOutlets(): Promise<StoredOutlet[]>;
}

export interface Store extends ConferenceStore {
  readonly dialect: 'sqlite' | 'postgres';
  close(): Promise<void>;
}
