import type { SettingsRepository } from '../store.ts';
import type { Db } from './db.ts';

export class SettingsRepo implements SettingsRepository {
  constructor(private readonly db: Db) {}

  async get(key: string): Promise<unknown> {
    const row = await this.db.selectFrom('site_settings').select('value').where('key', '=', key).executeTakeFirst();
    return row ? (JSON.parse(row.value) as unknown) : undefined;
  }

  async set(key: string, value: unknown, at: string): Promise<void> {
    const text = JSON.stringify(value);
    await this.db
      .insertInto('site_settings')
      .values({ key, value: text, updated_at: at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: text, updated_at: at }))
      .execute();
  }
}
