// Whole records for a set of conferences at once (analytics, research exports, the Atom feed):
// one query for the conferences and one per chunk of them for their turns, instead of a query per
// record. Conference-level filters run in SQL; turn-level ones are applied by the caller
// (src/domain/selection.ts), since an exchange is kept or dropped as a whole.
import type { TurnsTable } from '../schema.ts';
import type { RecordsQuery, SelectionRepository, StoredRecord } from '../store.ts';
import type { Db } from './db.ts';
import { recordFromRows } from './rows.ts';

/** Conferences per turns query: far under SQLite's and PostgreSQL's bound-parameter limits. */
const ID_CHUNK = 500;

export class SelectionRepo implements SelectionRepository {
  constructor(private readonly db: Db) {}

  /** Which of these slugs name a conference in one of these statuses. */
  async visibleSlugs(slugs: readonly string[], statuses: readonly string[]): Promise<string[]> {
    if (slugs.length === 0 || statuses.length === 0) return [];
    const rows = await this.db
      .selectFrom('conferences')
      .select('slug')
      .where('slug', 'in', [...slugs])
      .where('status', 'in', [...statuses])
      .execute();
    return rows.map((r) => r.slug);
  }

  async records(query: RecordsQuery): Promise<StoredRecord[]> {
    if (query.statuses.length === 0 || query.slugs?.length === 0) return [];
    let select = this.db
      .selectFrom('conferences')
      .selectAll()
      .where('status', 'in', [...query.statuses]);
    // The demo counts in no selection of real conferences; named by its slug it is still there.
    if (query.slugs) select = select.where('slug', 'in', [...query.slugs]);
    else select = select.where('demo', '=', 0);
    if (query.from !== undefined) select = select.where('date', '>=', query.from);
    if (query.to !== undefined) select = select.where('date', '<=', query.to);
    if (query.newestPublished !== undefined) {
      select = select.where('published_at', 'is not', null).orderBy('published_at', 'desc').orderBy('id').limit(query.newestPublished);
    }
    const rows = await select.execute();
    if (query.newestPublished === undefined) rows.sort((a, b) => chronological(a.date, b.date) || a.created_at.localeCompare(b.created_at));

    const turns = new Map<string, TurnsTable[]>();
    for (let i = 0; i < rows.length; i += ID_CHUNK) {
      const ids = rows.slice(i, i + ID_CHUNK).map((r) => r.id);
      const chunk = await this.db.selectFrom('turns').selectAll().where('conference_id', 'in', ids).orderBy('conference_id').orderBy('seq').execute();
      for (const t of chunk) {
        const list = turns.get(t.conference_id) ?? [];
        list.push(t);
        turns.set(t.conference_id, list);
      }
    }
    return rows.map((row) => {
      const rowsOf = turns.get(row.id) ?? [];
      const turnOutletIds = new Map(rowsOf.flatMap((t) => (t.outlet_id ? [[t.seq, t.outlet_id] as const] : [])));
      return { record: recordFromRows(row, rowsOf), publishedAt: row.published_at, updatedAt: row.updated_at, turnOutletIds };
    });
  }
}

/** Dated conferences by date, then the undated ones: the same order in every SQL dialect. */
function chronological(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
