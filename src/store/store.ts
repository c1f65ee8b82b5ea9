// The storage contract: what the store keeps and hands out, as types of its own. One
// implementation (kysely/) serves every SQL dialect; each dialect only opens its connection, and
// all of them pass the same suite (store.contract.ts). app/ and the layers above import this file,
// never the implementation. The store only stores: rules (who may, what a correction keeps) live in
// domain/ and app/, and every time it writes (`at`, an ISO timestamp) comes from the caller's clock.
import type { Accreditation, AccreditationStatus } from '../domain/accreditation.ts';
import type { LiveEvent, NewEvent } from '../domain/events.ts';
import type { FloorSettings } from '../domain/floor-policy.ts';
import type { FloorAction, FloorLogEntry, Hand, HandStatus } from '../domain/floor.ts';
import type { Conference, ConferenceRecord, ConferenceStatus, Origin, Outlet, Person, Turn, TurnKind } from '../domain/record.ts';
import type { User, UserRole } from '../domain/roles.ts';
import type { MatchPlan } from '../search/match.ts';

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
  /** The demo conference, shown as such and counted nowhere. */
  demo: boolean;
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

export type SaveRecordResult = { status: 'created'; id: string; slug: string } | { status: 'duplicate'; id: string; slug: string };

/** One record of a batch: stored, a duplicate, or not stored with the database's reason. */
export type BatchSaveResult = SaveRecordResult | { status: 'failed'; reason: string };

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

export interface NewOutlet {
  name: string;
  aliases: string[];
  country: string | null;
  origin: Origin;
}

export interface NewUser {
  email: string;
  name: string;
  role: UserRole;
  passwordHash: string | null;
  outletId: string | null;
}

export interface NewAccreditation {
  name: string;
  email: string;
  outletName: string;
  outletId: string | null;
  conferenceId: string | null;
  validFrom: string | null;
  validUntil: string | null;
  /** The interface language of the application (en, zh), for the e-mail with the link. */
  lang?: string | null;
}

export interface NewHand {
  conferenceId: string;
  userId: string;
  outletId: string | null;
  topic: string | null;
  question: string | null;
  followUp: boolean;
}

export interface NewFloorLogEntry {
  action: FloorAction;
  actorId: string;
  handId: string;
  policyHandId: string | null;
  turnSeq: number | null;
}

/** A turn as written live: its state, how often it was corrected, the hand it answers. */
export interface LiveTurn extends Turn {
  state: 'open' | 'final';
  revision: number;
  handId: string | null;
  updatedAt: string;
}

/** What a turn says: the part a correction replaces. */
export interface TurnContent {
  kind: TurnKind;
  speaker: Person | null;
  outlet: Outlet | null;
  text: Record<string, string>;
}

/** One kept revision of a turn, as stored. */
export interface NewTurnRevision extends TurnContent {
  seq: number;
  revision: number;
  authorId: string | null;
  at: string;
}

export interface TurnRevision extends TurnContent {
  revision: number;
  authorId: string | null;
  authorName: string | null;
  authorRole: UserRole | null;
  createdAt: string;
}

export interface OpenTurn {
  kind: TurnKind;
  speaker: Person | null;
  outlet: Outlet | null;
  outletId: string | null;
  replyTo: number | null;
  label: string | null;
  startsAt: number | null;
  handId: string | null;
}

/** Filters a search runs on the index's documents. */
export interface SearchDocFilters {
  /** Conference statuses to search in. */
  statuses: readonly string[];
  speaker?: string;
  /** Any of these outlet names, case-insensitive (ASCII letters): an outlet's name, aliases and the names its turns carry. */
  outlets?: readonly string[];
  origin?: string;
  kind?: string;
  from?: string;
  to?: string;
  lang?: string;
}

export interface SearchSpec extends SearchDocFilters {
  /** An FTS5 MATCH expression built by src/search/match.ts, never raw user text. */
  match: string;
  /** The same query as phrases and operators, for the in-memory search. */
  plan?: MatchPlan;
  /** The same query as a PostgreSQL tsquery (src/search/tsquery.ts). */
  tsquery?: string;
  conferenceId?: string;
  limit: number;
  offset: number;
  /** How many speakers and outlets the facets list, most frequent first; years are all listed. */
  facetSize: number;
}

export interface SearchHitRow {
  slug: string;
  title: string;
  date: string | null;
  seq: number;
  lang: string;
  kind: string;
  speaker: string | null;
  outlet: string | null;
  origin: string | null;
  /** The turn's text in this language. */
  text: string;
  /** bm25, higher is better. */
  score: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchRows {
  hits: SearchHitRow[];
  total: number;
  facets: { speakers: FacetCount[]; outlets: FacetCount[]; years: FacetCount[] };
}

export interface RecordsQuery {
  statuses: readonly string[];
  /** Only these slugs, when given. */
  slugs?: readonly string[];
  /** Conference dates, inclusive, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** Newest publication first, at most this many (the feed); otherwise every match, oldest first. */
  newestPublished?: number;
}

export interface StoredRecord {
  record: ConferenceRecord;
  /** When the conference was last published; null if it never was. */
  publishedAt: string | null;
  updatedAt: string;
  /** The registered outlet each turn is linked to, by seq: a turn names its outlet as it was said, the registry says which one it is. */
  turnOutletIds: ReadonlyMap<number, string>;
}

export type ConferenceChanges = Partial<
  Pick<
    NewConference,
    'title' | 'date' | 'time' | 'timeZone' | 'startsAt' | 'venue' | 'occasion' | 'host' | 'hostCountry' | 'topic' | 'languages' | 'principals' | 'settings'
  >
>;

export interface ConferenceRepository {
  /** Stores a whole record in one transaction; the slug gets a numeric suffix when taken. */
  saveRecord(record: ConferenceRecord, options: SaveRecordOptions, at: string): Promise<SaveRecordResult>;
  /**
   * Stores many records in one transaction (one commit, one sync to disk), each all or nothing on
   * its own: a record the database refuses is rolled back to its savepoint and reported, the others
   * are kept. Call outside a transaction. Results are in the order of the records.
   */
  saveRecords(items: readonly { record: ConferenceRecord; options: SaveRecordOptions }[], at: string): Promise<BatchSaveResult[]>;
  /** A new conference to be run live, with no turns yet. */
  create(input: NewConference, at: string): Promise<ConferenceInfo>;
  info(slug: string): Promise<ConferenceInfo | null>;
  infoById(id: string): Promise<ConferenceInfo | null>;
  setStatus(id: string, status: ConferenceStatus, at: string): Promise<void>;
  update(id: string, changes: ConferenceChanges, at: string): Promise<void>;
  list(filter?: ConferenceFilter): Promise<ConferenceSummary[]>;
  getRecord(slug: string): Promise<ConferenceRecord | null>;
  /** Deletes a conference with everything of it; the demo's outlets nothing else names go too. */
  delete(slug: string): Promise<boolean>;
  /** Marks the demo conference and the outlets only it names: shown as a demo, counted nowhere. */
  markDemo(id: string): Promise<void>;
  /** Keeps changes to a conference's details, numbered 1, 2, 3… within the conference. */
  logChanges(conferenceId: string, changes: readonly NewConferenceChange[], at: string): Promise<void>;
  /** The logged changes, oldest first, with the name of who made each. */
  changes(conferenceId: string): Promise<ConferenceChange[]>;
}

export interface NewConferenceChange {
  userId: string;
  field: string;
  /** The values before and after, as text (null when empty). */
  from: string | null;
  to: string | null;
}

export interface ConferenceChange extends NewConferenceChange {
  n: number;
  at: string;
  /** Null when the account is gone. */
  userName: string | null;
}

export type OutletChanges = Partial<NewOutlet>;

export interface OutletRepository {
  list(): Promise<StoredOutlet[]>;
  get(id: string): Promise<StoredOutlet | null>;
  findByName(name: string): Promise<StoredOutlet | null>;
  create(outlet: NewOutlet, at: string): Promise<StoredOutlet>;
  /** Links a record's outlet to the registry, adding it when the registry lacks it. */
  ensure(outlet: Outlet, at: string): Promise<string>;
  /** Deletes the demo's outlets that nothing refers to any more. */
  deleteUnusedDemo(): Promise<void>;
  update(id: string, changes: OutletChanges): Promise<void>;
  /**
   * Merges one outlet into another: every turn, hand, accreditation and journalist of `goneId` now
   * names `keptId`, which takes `aliases`; `goneId` is deleted. Call inside a transaction.
   */
  merge(keptId: string, goneId: string, aliases: readonly string[]): Promise<void>;
  /** The outlet names the turns linked to this outlet were recorded under. */
  recordedNames(id: string): Promise<string[]>;
}

export interface UserRepository {
  create(input: NewUser, at: string): Promise<User>;
  get(id: string): Promise<User | null>;
  findByEmail(email: string): Promise<(User & { passwordHash: string | null }) | null>;
  list(): Promise<User[]>;
  /** How many staff accounts exist (disabled ones too): none means the server still needs its set-up. */
  countStaff(): Promise<number>;
  update(
    id: string,
    changes: { name?: string; role?: UserRole; passwordHash?: string | null; outletId?: string | null; disabledAt?: string | null },
  ): Promise<void>;
}

export interface SessionRepository {
  create(tokenHash: string, userId: string, expiresAt: string, at: string): Promise<void>;
  /** The user of a session neither revoked nor expired at `now`. */
  user(tokenHash: string, now: string): Promise<User | null>;
  revoke(tokenHash: string, at: string): Promise<void>;
  revokeAllOf(userId: string, at: string): Promise<void>;
  createAccessToken(tokenHash: string, userId: string, accreditationId: string, expiresAt: string, at: string): Promise<void>;
  consumeAccessToken(tokenHash: string, now: string): Promise<{ userId: string; accreditationId: string } | null>;
  expireAccessTokensOf(userId: string, now: string): Promise<void>;
}

export interface AccreditationRepository {
  create(input: NewAccreditation, at: string): Promise<Accreditation>;
  get(id: string): Promise<Accreditation | null>;
  list(status?: AccreditationStatus): Promise<Accreditation[]>;
  forUser(userId: string): Promise<Accreditation[]>;
  decide(id: string, decision: { status: AccreditationStatus; by: string; userId?: string; outletId?: string | null }, at: string): Promise<void>;
  countSince(email: string, since: string): Promise<number>;
}

export interface HandRepository {
  raise(input: NewHand, at: string): Promise<string>;
  get(id: string): Promise<Hand | null>;
  waiting(conferenceId: string): Promise<Hand[]>;
  waitingOf(conferenceId: string, userId: string): Promise<Hand | null>;
  resolve(id: string, status: Exclude<HandStatus, 'waiting'>, at: string): Promise<void>;
  withdrawAllOf(userId: string, at: string): Promise<string[]>;
  countSince(userId: string, since: string): Promise<number>;
}

export interface LiveTurnRepository {
  open(conferenceId: string, input: OpenTurn, at: string): Promise<LiveTurn>;
  get(conferenceId: string, seq: number): Promise<LiveTurn | null>;
  all(conferenceId: string): Promise<LiveTurn[]>;
  setText(conferenceId: string, seq: number, text: Record<string, string>, at: string): Promise<void>;
  finalize(conferenceId: string, seq: number, endsAt: number | null, at: string): Promise<void>;
  /** Replaces what a turn says and sets its revision number. */
  replace(conferenceId: string, seq: number, content: TurnContent, revision: number, at: string): Promise<void>;
  keepRevision(conferenceId: string, revision: NewTurnRevision): Promise<void>;
  revisions(conferenceId: string, seq: number): Promise<TurnRevision[]>;
  /** Seqs of the turns that have been corrected, for showing correction history. */
  correctedSeqs(conferenceId: string): Promise<number[]>;
  /** Questions asked per outlet: in this conference, and in all others. */
  /** Questions asked per outlet, here and in every other conference, for the given outlets only. */
  questionsByOutlet(conferenceId: string, outletIds: readonly string[]): Promise<{ here: Map<string, number>; earlier: Map<string, number> }>;
  /** The conference's last question turn, for follow-up eligibility. */
  lastQuestion(conferenceId: string): Promise<{ seq: number; handId: string | null; outlet: Outlet | null } | null>;
}

export interface EventRepository {
  /**
   * Appends events to a conference's log with the next ids. Call inside the transaction that makes
   * the change they describe: ids stay gapless under concurrent writers.
   */
  append(conferenceId: string, events: readonly NewEvent[], at: string): Promise<LiveEvent[]>;
  after(conferenceId: string, afterId: number, limit?: number): Promise<LiveEvent[]>;
  /** The last event id of each conference asked about (the head of its log). */
  heads(conferenceIds: readonly string[]): Promise<Map<string, number>>;
}

export interface FloorLogRepository {
  append(conferenceId: string, entry: NewFloorLogEntry, at: string): Promise<void>;
  list(conferenceId: string): Promise<FloorLogEntry[]>;
}

/** Site-wide settings an admin changes in the web: a JSON value per key. The store keeps no rules about them. */
export interface SettingsRepository {
  /** The stored value, or undefined when the key was never set. */
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, at: string): Promise<void>;
}

export interface SearchRepository {
  /** The total, the facets and the page of matching turns. */
  find(spec: SearchSpec): Promise<SearchRows>;
  /** Loads what an in-memory search keeps, when this database has one; false when it has not. */
  warm(): Promise<boolean>;
  /** Bytes an in-memory search holds, or null without one. */
  memoryUse(): { table: number; postings: number } | null;
  conferenceId(slug: string): Promise<string | null>;
}

export interface SelectionRepository {
  /** Which of these slugs name a conference in one of these statuses. */
  visibleSlugs(slugs: readonly string[], statuses: readonly string[]): Promise<string[]>;
  records(query: RecordsQuery): Promise<StoredRecord[]>;
}

/** Every repository over one executor: the database itself, or a transaction. */
export interface Repositories {
  conferences: ConferenceRepository;
  outlets: OutletRepository;
  users: UserRepository;
  sessions: SessionRepository;
  accreditations: AccreditationRepository;
  hands: HandRepository;
  turns: LiveTurnRepository;
  events: EventRepository;
  floorLog: FloorLogRepository;
  settings: SettingsRepository;
  search: SearchRepository;
  selection: SelectionRepository;
}

export interface Store extends Repositories {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs fn with repositories bound to one transaction: all of it commits, or none. */
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * A unique index refused a row: two requests raced to create the same thing and the index, the one
 * check that cannot race, let one through. Callers answer "exists already" (409), never 500.
 * SQLite (better-sqlite3) and PostgreSQL (pg, SQLSTATE 23505) report it under their own codes.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}
