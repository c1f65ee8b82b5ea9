import { randomUUID } from 'node:crypto';
import { nameKey, type Outlet } from '../../domain/record.ts';
import type { OutletsTable } from '../schema.ts';
import type { NewOutlet, OutletChanges, OutletRepository, StoredOutlet } from '../store.ts';
import type { Db } from './db.ts';
import { OutletMatcher } from './outlet-matcher.ts';
import { outletFromRow, parseJson } from './rows.ts';

export class OutletRepo implements OutletRepository {
  constructor(private readonly db: Db) {}

  async list(): Promise<StoredOutlet[]> {
    return (await this.db.selectFrom('outlets').selectAll().where('demo', '=', 0).orderBy('name').execute()).map(outletFromRow);
  }

  async get(id: string): Promise<StoredOutlet | null> {
    const row = await this.db.selectFrom('outlets').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? outletFromRow(row) : null;
  }

  /** The registry entry whose name or one of whose aliases matches, ignoring case and typography. */
  async findByName(name: string): Promise<StoredOutlet | null> {
    const key = nameKey(name);
    const byName = await this.db.selectFrom('outlets').selectAll().where('name_key', '=', key).executeTakeFirst();
    if (byName) return outletFromRow(byName);
    // Then by alias, or the same outlet named with or without its kind: the rule is OutletMatcher's.
    const all = await this.db.selectFrom('outlets').selectAll().execute();
    const found = new OutletMatcher(all).find(name);
    return found ? outletFromRow(found) : null;
  }

  async create(outlet: NewOutlet, at: string): Promise<StoredOutlet> {
    const row = {
      id: randomUUID(),
      name: outlet.name,
      name_key: nameKey(outlet.name),
      aliases: JSON.stringify(outlet.aliases),
      country: outlet.country,
      origin: outlet.origin,
      created_at: at,
    };
    await this.db.insertInto('outlets').values(row).execute();
    return outletFromRow(row);
  }

  /** Links a record's outlet to the registry, adding it when the registry lacks it. */
  async ensure(outlet: Outlet, at: string): Promise<string> {
    const found = await this.findByName(outlet.name);
    if (!found) return (await this.create(outlet, at)).id;
    // A real record naming an outlet the demo brought makes it a real outlet.
    await this.db.updateTable('outlets').set({ demo: 0 }).where('id', '=', found.id).where('demo', '=', 1).execute();
    return found.id;
  }

  async update(id: string, changes: OutletChanges): Promise<void> {
    const set: Partial<OutletsTable> = {};
    if (changes.name !== undefined) {
      set.name = changes.name;
      set.name_key = nameKey(changes.name);
    }
    if (changes.aliases !== undefined) set.aliases = JSON.stringify(changes.aliases);
    if (changes.country !== undefined) set.country = changes.country;
    if (changes.origin !== undefined) set.origin = changes.origin;
    if (Object.keys(set).length > 0) await this.db.updateTable('outlets').set(set).where('id', '=', id).execute();
  }

  async merge(keptId: string, goneId: string, aliases: readonly string[]): Promise<void> {
    const kept = await this.db.selectFrom('outlets').select(['name', 'demo']).where('id', '=', keptId).executeTakeFirstOrThrow();
    const gone = await this.db.selectFrom('outlets').select('demo').where('id', '=', goneId).executeTakeFirstOrThrow();
    await this.db.updateTable('turns').set({ outlet_id: keptId }).where('outlet_id', '=', goneId).execute();
    await this.db.updateTable('hands').set({ outlet_id: keptId }).where('outlet_id', '=', goneId).execute();
    await this.db.updateTable('users').set({ outlet_id: keptId }).where('outlet_id', '=', goneId).execute();
    await this.db.updateTable('accreditations').set({ outlet_id: keptId, outlet_name: kept.name }).where('outlet_id', '=', goneId).execute();
    await this.db.deleteFrom('outlets').where('id', '=', goneId).execute();
    // A real outlet merged into one the demo brought makes it real.
    const demo = Number(kept.demo ?? 0) === 1 && Number(gone.demo ?? 0) === 1 ? 1 : 0;
    await this.db
      .updateTable('outlets')
      .set({ aliases: JSON.stringify(aliases), demo })
      .where('id', '=', keptId)
      .execute();
  }

  async recordedNames(id: string): Promise<string[]> {
    const rows = await this.db.selectFrom('turns').select('outlet').distinct().where('outlet_id', '=', id).where('outlet', 'is not', null).execute();
    // A turn keeps its outlet as it was recorded, as JSON: its name is what the search index holds.
    const names = rows.flatMap((r) => {
      const name = parseJson<{ name?: unknown } | null>(r.outlet, null)?.name;
      return typeof name === 'string' ? [name] : [];
    });
    return [...new Set(names)];
  }

  /** Deletes the demo's outlets that nothing refers to any more. */
  async deleteUnusedDemo(): Promise<void> {
    await this.db
      .deleteFrom('outlets')
      .where('demo', '=', 1)
      .where((eb) =>
        eb.and([
          eb('id', 'not in', eb.selectFrom('turns').select('outlet_id').where('outlet_id', 'is not', null).$narrowType<{ outlet_id: string }>()),
          eb('id', 'not in', eb.selectFrom('hands').select('outlet_id').where('outlet_id', 'is not', null).$narrowType<{ outlet_id: string }>()),
          eb('id', 'not in', eb.selectFrom('accreditations').select('outlet_id').where('outlet_id', 'is not', null).$narrowType<{ outlet_id: string }>()),
          eb('id', 'not in', eb.selectFrom('users').select('outlet_id').where('outlet_id', 'is not', null).$narrowType<{ outlet_id: string }>()),
        ]),
      )
      .execute();
  }
}
