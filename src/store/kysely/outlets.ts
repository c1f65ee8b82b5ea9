import { randomUUID } from 'node:crypto';
import { nameKey, type Outlet } from '../../domain/record.ts';
import type { NewOutlet, OutletRepository, StoredOutlet } from '../store.ts';
import type { Db } from './db.ts';
import { outletFromRow, parseJson } from './rows.ts';

export class OutletRepo implements OutletRepository {
  constructor(private readonly db: Db) {}

  async list(): Promise<StoredOutlet[]> {
    return (await this.db.selectFrom('outlets').selectAll().orderBy('name').execute()).map(outletFromRow);
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
    const all = await this.db.selectFrom('outlets').selectAll().where('aliases', '!=', '[]').execute();
    const byAlias = all.find((o) => parseJson<string[]>(o.aliases, []).some((a) => nameKey(a) === key));
    return byAlias ? outletFromRow(byAlias) : null;
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
    return (await this.findByName(outlet.name))?.id ?? (await this.create(outlet, at)).id;
  }
}
