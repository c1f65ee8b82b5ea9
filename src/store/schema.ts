// Table shapes as Kysely sees them. JSON columns hold text in every dialect; timestamps are ISO strings.

export interface ConferencesTable {
  id: string;
  slug: string;
  title: string;
  date: string | null;
  time: string | null;
  time_zone: string | null;
  venue: string | null;
  occasion: string | null;
  host: string | null;
  host_country: string | null;
  topic: string | null;
  languages: string;
  principals: string;
  status: string;
  content_hash: string | null;
  source: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  /** Live conferences: the last id given to an event in this conference's log. */
  last_event_id: number;
  settings: string;
  starts_at: string | null;
  // Columns added later (0006) are optional on insert, with the database's default (null, 0), so
  // writes stay valid on any schema since they were added.
  /** When the conference first went live: the zero of its turns' times. */
  live_at?: string | null;
  /** The demo conference, kept out of the outlet registry and analytics. */
  demo?: number;
}

export interface OutletsTable {
  id: string;
  name: string;
  name_key: string;
  aliases: string;
  country: string | null;
  origin: string;
  created_at: string;
  /** Known only from the demo conference: left out of the registry until a real record names it (0006). */
  demo?: number;
}

export interface TurnsTable {
  conference_id: string;
  seq: number;
  kind: string;
  speaker: string | null;
  speaker_name: string | null;
  outlet: string | null;
  outlet_id: string | null;
  outlet_name: string | null;
  outlet_origin: string | null;
  reply_to: number | null;
  label: string | null;
  text: string;
  starts_at: number | null;
  ends_at: number | null;
  updated_at: string;
  /** 'open' while being written live, then 'final'. */
  state: string;
  revision: number;
  hand_id: string | null;
  /** PostgreSQL only: each language's text cut into words for the index (src/search/plain-words.ts). */
  search_text?: string | null;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string | null;
  outlet_id: string | null;
  created_at: string;
  /** Set when an admin disables the account: it can no longer sign in, its sessions end. */
  disabled_at?: string | null;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface AccessTokensTable {
  token_hash: string;
  user_id: string;
  accreditation_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface AccreditationsTable {
  id: string;
  name: string;
  email: string;
  outlet_name: string;
  outlet_id: string | null;
  conference_id: string | null;
  valid_from: string | null;
  valid_until: string | null;
  status: string;
  user_id: string | null;
  created_at: string;
  decided_at: string | null;
  decided_by: string | null;
  /** The interface language the journalist applied in: their e-mails and pages use it. */
  lang?: string | null;
}

export interface HandsTable {
  id: string;
  conference_id: string;
  user_id: string;
  outlet_id: string | null;
  topic: string | null;
  question: string | null;
  follow_up: number;
  status: string;
  raised_at: string;
  resolved_at: string | null;
}

export interface FloorLogTable {
  conference_id: string;
  /** 1, 2, 3 … within the conference. */
  n: number;
  at: string;
  action: string;
  actor_id: string;
  hand_id: string;
  policy_hand_id: string | null;
  turn_seq: number | null;
}

export interface EventsTable {
  conference_id: string;
  id: number;
  type: string;
  public_data: string | null;
  staff_data: string | null;
  user_data: string | null;
  created_at: string;
}

export interface TurnRevisionsTable {
  conference_id: string;
  seq: number;
  revision: number;
  kind: string;
  speaker: string | null;
  outlet: string | null;
  text: string;
  author_id: string | null;
  created_at: string;
}

/** One JSON value per key (site_settings, 0008). */
export interface SiteSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

/** Changes to a conference's details after it went live (0008). */
export interface ConferenceChangesTable {
  conference_id: string;
  n: number;
  at: string;
  user_id: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
}

export interface Database {
  conferences: ConferencesTable;
  outlets: OutletsTable;
  turns: TurnsTable;
  users: UsersTable;
  sessions: SessionsTable;
  access_tokens: AccessTokensTable;
  accreditations: AccreditationsTable;
  hands: HandsTable;
  floor_log: FloorLogTable;
  events: EventsTable;
  turn_revisions: TurnRevisionsTable;
  conference_changes: ConferenceChangesTable;
  site_settings: SiteSettingsTable;
}
