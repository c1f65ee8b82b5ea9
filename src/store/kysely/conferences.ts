import { randomUUID } from 'node:crypto';
import { nameKey, type ConferenceRecord, type ConferenceStatus, type Person } from '../../domain/record.ts';
import { DEFAULT_FLOOR_SETTINGS, type FloorSettings } from '../../domain/floor-policy.ts';
import type { ConferencesTable } from '../schema.ts';
import type {
  BatchSaveResult,
  ConferenceChange,
  ConferenceChanges,
  ConferenceFilter,
  ConferenceInfo,
  ConferenceRepository,
  ConferenceSummary,
  NewConference,
  NewConferenceChange,
  SaveRecordOptions,
  SaveRecordResult,
} from '../store.ts';
import { searchTextColumn } from './search-text.ts';
import { atomic, type Db } from './db.ts';
import { conferenceChanges, logConferenceChanges } from './conference-changes.ts';
import { OutletRepo } from './outlets.ts';
import { conferenceFromRow, conferenceRow, parseJson, recordFromRows, turnRow, uniqueOutlets } from './rows.ts';

/** Rows per INSERT: well under SQLite's and PostgreSQL's bound-parameter limits (18 columns a row). */
const INSERT_CHUNK = 200;

/** What a listed conference shows; selected and grouped by alike (PostgreSQL wants every one in GROUP BY). */
const SUMMARY_COLUMNS = [
  'c.id',
  'c.slug',
  'c.title',
  'c.date',
  'c.venue',
  'c.occasion',
  'c.status',
  'c.languages',
  'c.updated_at',
  'c.starts_at',
  'c.time_zone',
  'c.demo',
] as const;

/** An adapter's own way to store a batch of records (SQLite: src/store/sqlite/bulk-save.ts). */
export type SaveRecordsInBulk = ConferenceRepository['saveRecords'];

export class ConferenceRepo implements ConferenceRepository {
  constructor(
    private readonly db: Db,
    private readonly saveInBulk?: SaveRecordsInBulk,
  ) {}

  /** Stores a whole record in one transaction; the slug gets a numeric suffix when taken. */
  async saveRecord(record: ConferenceRecord, options: SaveRecordOptions, at: string): Promise<SaveRecordResult> {
    try {
      return await this.saveRecordOnce(record, options, at);
    } catch (error) {
      // Two nodes saving the same record at once (the demo on a first start, one file imported
      // twice): the unique content hash lets one in; the other is then a duplicate, not an error.
      if (this.db.isTransaction || !isUniqueViolation(error)) throw error;
      const existing = await this.db.selectFrom('conferences').select(['id', 'slug']).where('content_hash', '=', options.contentHash).executeTakeFirst();
      if (!existing) throw error;
      return { status: 'duplicate', ...existing };
    }
  }

  private saveRecordOnce(record: ConferenceRecord, options: SaveRecordOptions, at: string): Promise<SaveRecordResult> {
    return atomic(this.db, async (tx) => {
      const existing = await tx.selectFrom('conferences').select(['id', 'slug']).where('content_hash', '=', options.contentHash).executeTakeFirst();
      if (existing) return { status: 'duplicate', ...existing };

      const now = at;
      const id = randomUUID();
      const slug = await freeSlug(tx, record.conference.slug);
      const principals = record.people.filter((p) => p.role === 'principal');
      await tx
        .insertInto('conferences')
        .values({ ...conferenceRow(record, principals, id, slug, now), content_hash: options.contentHash, source: options.source ?? null })
        .execute();

      const outlets = new OutletRepo(tx);
      const outletIds = new Map<string, string>();
      for (const outlet of uniqueOutlets(record)) outletIds.set(nameKey(outlet.name), await outlets.ensure(outlet, at));
      const rows = record.turns.map((t) => ({
        ...turnRow(id, t, t.outlet ? (outletIds.get(nameKey(t.outlet.name)) ?? null) : null, now),
        ...searchTextColumn(tx, t.text),
      }));
      for (let i = 0; i < rows.length; i += INSERT_CHUNK)
        await tx
          .insertInto('turns')
          .values(rows.slice(i, i + INSERT_CHUNK))
          .execute();
      return { status: 'created', id, slug };
    });
  }

  async saveRecords(items: readonly { record: ConferenceRecord; options: SaveRecordOptions }[], at: string): Promise<BatchSaveResult[]> {
    if (this.db.isTransaction) throw new Error('saveRecords runs its own transaction: call it on the store, not inside one');
    if (this.saveInBulk) return this.saveInBulk(items, at);
    // First the whole batch in one transaction with no savepoint per record: a savepoint makes
    // SQLite's full-text index write out its pending terms, one small segment per record. Only if a
    // record fails is the batch run again, a savepoint each, so that one alone is left out.
    try {
      return await this.db.transaction().execute(async (tx) => {
        const repo = new ConferenceRepo(tx);
        const results: BatchSaveResult[] = [];
        for (const { record, options } of items) results.push(await repo.saveRecord(record, options, at));
        return results;
      });
    } catch {
      return this.saveRecordsOneByOne(items, at);
    }
  }

  private async saveRecordsOneByOne(items: readonly { record: ConferenceRecord; options: SaveRecordOptions }[], at: string): Promise<BatchSaveResult[]> {
    const trx = await this.db.startTransaction().execute();
    const results: BatchSaveResult[] = [];
    try {
      for (const [i, { record, options }] of items.entries()) {
        const name = `record${i}`;
        const point = await trx.savepoint(name).execute();
        try {
          results.push(await new ConferenceRepo(point).saveRecord(record, options, at));
          await point.releaseSavepoint(name).execute();
        } catch (error) {
          await point.rollbackToSavepoint(name).execute();
          results.push({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
        }
      }
      await trx.commit().execute();
    } catch (error) {
      await trx.rollback().execute();
      throw error;
    }
    return results;
  }

  /** A new conference to be run live, with no turns yet. */
  create(input: NewConference, at: string): Promise<ConferenceInfo> {
    return atomic(this.db, async (tx) => {
      const now = at;
      const id = randomUUID();
      const slug = await freeSlug(tx, input.slug);
      await tx
        .insertInto('conferences')
        .values({
          id,
          slug,
          title: input.title,
          date: input.date,
          time: input.time,
          time_zone: input.timeZone,
          venue: input.venue,
          occasion: input.occasion,
          host: input.host,
          host_country: input.hostCountry,
          topic: input.topic,
          languages: JSON.stringify(input.languages),
          principals: JSON.stringify(input.principals),
          status: 'draft',
          content_hash: null,
          source: null,
          created_at: now,
          updated_at: now,
          published_at: null,
          last_event_id: 0,
          settings: JSON.stringify(input.settings),
          starts_at: input.startsAt,
        })
        .execute();
      return (await new ConferenceRepo(tx).info(slug))!;
    });
  }

  async info(slug: string): Promise<ConferenceInfo | null> {
    const row = await this.db.selectFrom('conferences').selectAll().where('slug', '=', slug).executeTakeFirst();
    return row ? infoFromRow(row) : null;
  }

  async infoById(id: string): Promise<ConferenceInfo | null> {
    const row = await this.db.selectFrom('conferences').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? infoFromRow(row) : null;
  }

  /** Moves a conference; the first move to live records when it went live: the zero of its turns' times. */
  async setStatus(id: string, status: ConferenceStatus, at: string): Promise<void> {
    const now = at;
    await this.db
      .updateTable('conferences')
      .set((eb) => ({
        status,
        updated_at: now,
        ...(status === 'published' ? { published_at: now } : {}),
        ...(status === 'live' ? { live_at: eb.fn.coalesce('live_at', eb.val(now)) } : {}),
      }))
      .where('id', '=', id)
      .execute();
  }

  async update(id: string, changes: ConferenceChanges, at: string): Promise<void> {
    const set: Partial<ConferencesTable> = { updated_at: at };
    if (changes.title !== undefined) set.title = changes.title;
    if (changes.date !== undefined) set.date = changes.date;
    if (changes.time !== undefined) set.time = changes.time;
    if (changes.timeZone !== undefined) set.time_zone = changes.timeZone;
    if (changes.startsAt !== undefined) set.starts_at = changes.startsAt;
    if (changes.venue !== undefined) set.venue = changes.venue;
    if (changes.occasion !== undefined) set.occasion = changes.occasion;
    if (changes.host !== undefined) set.host = changes.host;
    if (changes.hostCountry !== undefined) set.host_country = changes.hostCountry;
    if (changes.topic !== undefined) set.topic = changes.topic;
    if (changes.languages !== undefined) set.languages = JSON.stringify(changes.languages);
    if (changes.principals !== undefined) set.principals = JSON.stringify(changes.principals);
    if (changes.settings !== undefined) set.settings = JSON.stringify(changes.settings);
    await this.db.updateTable('conferences').set(set).where('id', '=', id).execute();
  }

  async list(filter: ConferenceFilter = {}): Promise<ConferenceSummary[]> {
    let query = this.db
      .selectFrom('conferences as c')
      .leftJoin('turns as t', 't.conference_id', 'c.id')
      .select((eb) => [...SUMMARY_COLUMNS, eb.fn.count<number>('t.seq').as('turn_count')])
      .groupBy([...SUMMARY_COLUMNS])
      .orderBy('c.date', 'desc')
      .orderBy('c.created_at', 'desc');
    if (filter.status?.length) query = query.where('c.status', 'in', [...filter.status]);
    for (const word of (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean)) {
      const pattern = `%${word.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      query = query.where((eb) => eb.or((['c.title', 'c.venue', 'c.occasion'] as const).map((col) => eb(eb.fn('lower', [eb.ref(col)]), 'like', pattern))));
    }
    if (filter.limit) query = query.limit(filter.limit);
    const rows = await query.execute();
    return rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      date: r.date,
      venue: r.venue,
      occasion: r.occasion,
      status: r.status as ConferenceStatus,
      languages: parseJson<string[]>(r.languages, []),
      turnCount: Number(r.turn_count),
      updatedAt: r.updated_at,
      startsAt: r.starts_at,
      timeZone: r.time_zone,
      demo: Boolean(r.demo),
    }));
  }

  async getRecord(slug: string): Promise<ConferenceRecord | null> {
    const row = await this.db.selectFrom('conferences').selectAll().where('slug', '=', slug).executeTakeFirst();
    if (!row) return null;
    const turns = await this.db.selectFrom('turns').selectAll().where('conference_id', '=', row.id).orderBy('seq').execute();
    return recordFromRows(row, turns);
  }

  /** Marks the demo conference, and the outlets only it names, so they count nowhere among real ones. */
  logChanges(conferenceId: string, changes: readonly NewConferenceChange[], at: string): Promise<void> {
    return logConferenceChanges(this.db, conferenceId, changes, at);
  }

  changes(conferenceId: string): Promise<ConferenceChange[]> {
    return conferenceChanges(this.db, conferenceId);
  }

  async markDemo(id: string): Promise<void> {
    await this.db.updateTable('conferences').set({ demo: 1 }).where('id', '=', id).execute();
    await this.db
      .updateTable('outlets')
      .set({ demo: 1 })
      .where('id', 'in', (eb) =>
        eb.selectFrom('turns').select('outlet_id').where('conference_id', '=', id).where('outlet_id', 'is not', null).$narrowType<{ outlet_id: string }>(),
      )
      .where('id', 'not in', (eb) =>
        eb.selectFrom('turns').select('outlet_id').where('conference_id', '!=', id).where('outlet_id', 'is not', null).$narrowType<{ outlet_id: string }>(),
      )
      .execute();
  }

  delete(slug: string): Promise<boolean> {
    return atomic(this.db, async (tx) => {
      const row = await tx.selectFrom('conferences').select('id').where('slug', '=', slug).executeTakeFirst();
      if (!row) return false;
      for (const table of ['events', 'floor_log', 'hands', 'turn_revisions', 'turns', 'accreditations', 'conference_changes'] as const) {
        await tx.deleteFrom(table).where('conference_id', '=', row.id).execute();
      }
      await tx.deleteFrom('conferences').where('id', '=', row.id).execute();
      await new OutletRepo(tx).deleteUnusedDemo();
      return true;
    });
  }
}

export function infoFromRow(row: ConferencesTable): ConferenceInfo {
  return {
    ...conferenceFromRow(row),
    id: row.id,
    principals: parseJson<Person[]>(row.principals, []),
    settings: { ...DEFAULT_FLOOR_SETTINGS, ...parseJson<Partial<FloorSettings>>(row.settings, {}) },
    startsAt: row.starts_at,
    liveAt: row.live_at ?? null,
    demo: Boolean(row.demo),
    lastEventId: row.last_event_id,
  };
}

// Candidates asked for at once: equality on the unique slug index, where `LIKE 'x%'` made SQLite
// scan the whole table for every record stored (quadratic over a bulk import).
const SLUG_PROBE = 64;

async function freeSlug(db: Db, wanted: string): Promise<string> {
  for (let first = 1; ; first += SLUG_PROBE) {
    const candidates = Array.from({ length: SLUG_PROBE }, (_, k) => (first + k === 1 ? wanted : `${wanted}-${first + k}`));
    const rows = await db.selectFrom('conferences').select('slug').where('slug', 'in', candidates).execute();
    const taken = new Set(rows.map((r) => r.slug));
    const free = candidates.find((c) => !taken.has(c));
    if (free) return free;
  }
}

/** A unique index refused a row: PostgreSQL's 23505, SQLite's SQLITE_CONSTRAINT_UNIQUE. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
