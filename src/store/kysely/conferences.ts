import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { nameKey, type ConferenceRecord, type Outlet } from '../../domain/record.ts';
import type { Database } from '../schema.ts';
import type { ConferenceFilter, ConferenceSummary, SaveRecordOptions, SaveRecordResult } from '../store.ts';
import { conferenceRow, outletFromRow, parseJson, recordFromRows, turnRow } from './rows.ts';

type Db = Kysely<Database>;

/** Rows per INSERT: well under SQLite's and PostgreSQL's bound-parameter limits (15 columns a row). */
const INSERT_CHUNK = 200;

export async function saveRecord(db: Db, record: ConferenceRecord, options: SaveRecordOptions): Promise<SaveRecordResult> {
  return db.transaction().execute(async (tx) => {
    const existing = await tx
      .selectFrom('conferences')
      .select(['id', 'slug'])
      .where('content_hash', '=', options.contentHash)
      .executeTakeFirst();
    if (existing) return { status: 'duplicate', ...existing };

    const now = new Date().toISOString();
    const id = randomUUID();
    const slug = await freeSlug(tx, record.conference.slug);
    const principals = record.people.filter((p) => p.role === 'principal');
    await tx
      .insertInto('conferences')
      .values({ ...conferenceRow(record.conference, principals, id, slug, now), content_hash: options.contentHash, source: options.source ?? null })
      .execute();

    const outletIds = new Map<string, string>();
    for (const outlet of uniqueOutlets(record)) outletIds.set(nameKey(outlet.name), await ensureOutlet(tx, outlet, now));
    const rows = record.turns.map((t) => turnRow(id, t, t.outlet ? (outletIds.get(nameKey(t.outlet.name)) ?? null) : null, now));
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await tx.insertInto('turns').values(rows.slice(i, i + INSERT_CHUNK)).execute();
    }
    return { status: 'created', id, slug };
  });
}

function uniqueOutlets(record: ConferenceRecord): Outlet[] {
  const seen = new Map<string, Outlet>();
  for (const t of record.turns) if (t.outlet && !seen.has(nameKey(t.outlet.name))) seen.set(nameKey(t.outlet.name), t.outlet);
  return [...seen.values()];
}

/** Links a record's outlet to the registry by name or alias, adding it when the registry lacks it. */
async function ensureOutlet(db: Db, outlet: Outlet, now: string): Promise<string> {
  const key = nameKey(outlet.name);
  const byName = await db.selectFrom('outlets').select('id').where('name_key', '=', key).executeTakeFirst();
  if (byName) return byName.id;
  const all = await db.selectFrom('outlets').select(['id', 'aliases']).execute();
  const byAlias = all.find((o) => parseJson<string[]>(o.aliases, []).some((a) => nameKey(a) === key));
  if (byAlias) return byAlias.id;
  const id = randomUUID();
  await db
    .insertInto('outlets')
    .values({ id, name: outlet.name, name_key: key, aliases: JSON.stringify(outlet.aliases), country: outlet.country, origin: outlet.origin, created_at: now })
    .execute();
  return id;
}

async function freeSlug(db: Db, wanted: string): Promise<string> {
  const taken = new Set(
    (await db.selectFrom('conferences').select('slug').where('slug', 'like', `${wanted}%`).execute()).map((r) => r.slug),
  );
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

export async function listConferences(db: Db, filter: ConferenceFilter = {}): Promise<ConferenceSummary[]> {
  let query = db
    .selectFrom('conferences as c')
    .leftJoin('turns as t', 't.conference_id', 'c.id')
    .select((eb) => ['c.id', 'c.slug', 'c.title', 'c.date', 'c.venue', 'c.occasion', 'c.status', 'c.languages', 'c.updated_at', eb.fn.count<number>('t.seq').as('turn_count')])
    .groupBy(['c.id', 'c.slug', 'c.title', 'c.date', 'c.venue', 'c.occasion', 'c.status', 'c.languages', 'c.updated_at'])
    .orderBy('c.date', 'desc')
    .orderBy('c.created_at', 'desc');
  if (filter.status?.length) query = query.where('c.status', 'in', [...filter.status]);
  for (const word of (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean)) {
    const pattern = `%${word.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    query = query.where((eb) =>
      eb.or(['c.title', 'c.venue', 'c.occasion'].map((col) => eb(eb.fn('lower', [eb.ref(col as 'c.title')]), 'like', pattern))),
    );
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
    status: r.status as ConferenceSummary['status'],
    languages: parseJson<string[]>(r.languages, []),
    turnCount: Number(r.turn_count),
    updatedAt: r.updated_at,
  }));
}

export async function getRecord(db: Db, slug: string): Promise<ConferenceRecord | null> {
  const row = await db.selectFrom('conferences').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (!row) return null;
  const turns = await db.selectFrom('turns').selectAll().where('conference_id', '=', row.id).orderBy('seq').execute();
  return recordFromRows(row, turns);
}

export async function deleteConference(db: Db, slug: string): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('conferences').select('id').where('slug', '=', slug).executeTakeFirst();
    if (!row) return false;
    await tx.deleteFrom('turns').where('conference_id', '=', row.id).execute();
    await tx.deleteFrom('conferences').where('id', '=', row.id).execute();
    return true;
  });
}

export async function listOutlets(db: Db) {
  return (await db.selectFrom('outlets').selectAll().orderBy('name').execute()).map(outletFromRow);
}
