// saveRecords on SQLite: a batch of imported records stored by better-sqlite3 directly, in one
// synchronous transaction, its statements prepared once. What Kysely cost per row (building and
// compiling each statement) and what the search triggers cost per turn (two statements, and FTS5
// taking one row at a time) were most of a bulk import's time; here the batch's outlets are
// resolved against one load of the registry, and its turns are indexed together at the end
// (INDEX_NEW_CONFERENCES, INDEX_NEW_DOCS: what the trigger does, for the whole batch). Each record
// runs in a savepoint, so one the database refuses is rolled back alone and reported. The rows are
// the ones the Kysely path writes (conferenceRow, turnRow); durability is the connection's own
// (WAL, synchronous=FULL): the batch is one commit.
import { randomUUID } from 'node:crypto';
import type SQLite from 'better-sqlite3';
import { nameKey, type ConferenceRecord, type Outlet } from '../../domain/record.ts';
import type { OutletsTable } from '../schema.ts';
import { INDEX_NEW_CONFERENCES, INDEX_NEW_DOCS } from '../search-migration.ts';
import type { BatchSaveResult, SaveRecordOptions, SaveRecordResult } from '../store.ts';
import { OutletMatcher } from '../kysely/outlet-matcher.ts';
import { conferenceRow, turnRow, uniqueOutlets } from '../kysely/rows.ts';

export type BatchItem = { record: ConferenceRecord; options: SaveRecordOptions };
type OutletRow = Pick<OutletsTable, 'id' | 'name' | 'aliases' | 'demo'>;

/** Slugs asked for at once when the wanted one is taken: equality on the unique slug index. */
const SLUG_PROBE = 64;

function prepareStatements(sqlite: SQLite.Database) {
  const insert = (table: string, columns: string[]) =>
    sqlite.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
  // The columns are those of the rows the Kysely path writes, so both write the same.
  const sample: ConferenceRecord = { schema: 1, conference: { slug: '', title: '' }, people: [], outlets: [], turns: [] } as unknown as ConferenceRecord;
  const conferenceColumns = Object.keys(conferenceRow(sample, [], '', '', ''));
  const turnColumns = Object.keys(turnRow('', { seq: 0, kind: 'statement', speaker: null, outlet: null, replyTo: null, label: null, text: {} }, null, ''));
  return {
    byHash: sqlite.prepare<[string], { id: string; slug: string }>('SELECT id, slug FROM conferences WHERE content_hash = ?'),
    slugTaken: sqlite.prepare<[string], number>('SELECT 1 FROM conferences WHERE slug = ?').pluck(),
    slugsTaken: sqlite
      .prepare<string[], string>(`SELECT slug FROM conferences WHERE slug IN (${Array.from({ length: SLUG_PROBE }, () => '?').join(', ')})`)
      .pluck(),
    conference: insert('conferences', conferenceColumns),
    turn: insert('turns', turnColumns),
    outlets: sqlite.prepare<[], OutletRow>('SELECT id, name, aliases, demo FROM outlets ORDER BY rowid'),
    outlet: insert('outlets', ['id', 'name', 'name_key', 'aliases', 'country', 'origin', 'created_at']),
    outletNotDemo: sqlite.prepare<[string]>('UPDATE outlets SET demo = 0 WHERE id = ? AND demo = 1'),
    defer: sqlite.prepare<[string]>('INSERT INTO search_deferred (since) VALUES (?)'),
    undefer: sqlite.prepare<[]>('DELETE FROM search_deferred'),
    lastConference: sqlite.prepare<[], number>('SELECT coalesce(max(rowid), 0) FROM conferences').pluck(),
    lastDoc: sqlite.prepare<[], number>('SELECT coalesce(max(id), 0) FROM search_docs').pluck(),
    indexConferences: sqlite.prepare<[number]>(INDEX_NEW_CONFERENCES),
    indexDocs: sqlite.prepare<[number]>(INDEX_NEW_DOCS),
  };
}

type Statements = ReturnType<typeof prepareStatements>;
/** For a wanted slug, the first suffix not yet known to be taken in this batch. */
type SlugHints = Map<string, number>;

export class SqliteBulkSave {
  private statements: Statements | null = null;

  constructor(private readonly sqlite: SQLite.Database) {}

  /** Stores the batch in one transaction and returns each record's result, in order. */
  save(items: readonly BatchItem[], at: string): BatchSaveResult[] {
    const s = (this.statements ??= prepareStatements(this.sqlite));
    const batch = this.sqlite.transaction(() => {
      // The turn trigger stands aside while this row exists: inside this transaction only.
      s.defer.run(at);
      const lastConference = s.lastConference.get()!;
      const lastDoc = s.lastDoc.get()!;
      let outlets = new OutletMatcher(s.outlets.all());
      let slugs: SlugHints = new Map();
      const saveOne = this.sqlite.transaction((item: BatchItem) => this.saveOne(s, outlets, slugs, item, at)); // a savepoint
      const results: BatchSaveResult[] = [];
      for (const item of items) {
        try {
          results.push(saveOne(item));
        } catch (error) {
          results.push({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
          // Outlets it added and the slug it took were rolled back with it.
          outlets = new OutletMatcher(s.outlets.all());
          slugs = new Map();
        }
      }
      // The search index of every turn stored above, as the trigger would have written it.
      s.indexConferences.run(lastConference);
      s.indexDocs.run(lastDoc);
      s.undefer.run();
      return results;
    });
    return batch.immediate();
  }

  private saveOne(s: Statements, outlets: OutletMatcher<OutletRow>, slugs: SlugHints, { record, options }: BatchItem, at: string): SaveRecordResult {
    const existing = s.byHash.get(options.contentHash);
    if (existing) return { status: 'duplicate', ...existing };
    const id = randomUUID();
    const slug = this.freeSlug(s, slugs, record.conference.slug);
    const principals = record.people.filter((p) => p.role === 'principal');
    s.conference.run({ ...conferenceRow(record, principals, id, slug, at), content_hash: options.contentHash, source: options.source ?? null });
    const outletIds = new Map<string, string>();
    for (const outlet of uniqueOutlets(record)) outletIds.set(nameKey(outlet.name), this.ensureOutlet(s, outlets, outlet, at));
    for (const t of record.turns) s.turn.run(turnRow(id, t, t.outlet ? (outletIds.get(nameKey(t.outlet.name)) ?? null) : null, at));
    return { status: 'created', id, slug };
  }

  /** OutletRepo.ensure against the registry loaded for the batch. */
  private ensureOutlet(s: Statements, outlets: OutletMatcher<OutletRow>, outlet: Outlet, at: string): string {
    const found = outlets.find(outlet.name);
    if (found) {
      // A real record naming an outlet the demo brought makes it a real outlet.
      if (found.demo === 1) {
        s.outletNotDemo.run(found.id);
        found.demo = 0;
      }
      return found.id;
    }
    const row = { id: randomUUID(), name: outlet.name, aliases: JSON.stringify(outlet.aliases), demo: 0 };
    s.outlet.run({ ...row, name_key: nameKey(outlet.name), country: outlet.country, origin: outlet.origin, created_at: at });
    outlets.add(row);
    return row.id;
  }

  /**
   * The wanted slug, or the first of wanted-2, wanted-3… that no conference has. Many records of a
   * batch may want one slug (a title without a date): the batch remembers how far each is taken,
   * so that the nth of them is not n probes.
   */
  private freeSlug(s: Statements, hints: SlugHints, wanted: string): string {
    let first = hints.get(wanted);
    if (first === undefined) {
      if (!s.slugTaken.get(wanted)) return wanted;
      first = 2;
    }
    for (; ; first += SLUG_PROBE) {
      const numbers = Array.from({ length: SLUG_PROBE }, (_, k) => first! + k);
      const taken = new Set(s.slugsTaken.all(...numbers.map((n) => `${wanted}-${n}`)));
      const free = numbers.find((n) => !taken.has(`${wanted}-${n}`));
      if (free !== undefined) {
        hints.set(wanted, free + 1);
        return `${wanted}-${free}`;
      }
    }
  }
}
