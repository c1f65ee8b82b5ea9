// One Store over Kysely: the query code is shared by every dialect; only the connection differs.
import { Migrator, type Kysely } from 'kysely';
import type { ConferenceRecord } from '../../domain/record.ts';
import { migrationProvider } from '../migrations.ts';
import type { Database } from '../schema.ts';
import type { ConferenceFilter, SaveRecordOptions, Store } from '../store.ts';
import * as conferences from './conferences.ts';

export class KyselyStore implements Store {
  constructor(
    readonly db: Kysely<Database>,
    readonly dialect: Store['dialect'],
  ) {}

  saveRecord(record: ConferenceRecord, options: SaveRecordOptions) {
    return conferences.saveRecord(this.db, record, options);
  }
  listConferences(filter?: ConferenceFilter) {
    return conferences.listConferences(this.db, filter);
  }
  getRecord(slug: string) {
    return conferences.getRecord(this.db, slug);
  }
  deleteConference(slug: string) {
    return conferences.deleteConference(this.db, slug);
  }
  listOutlets() {
    return conferences.listOutlets(this.db);
  }
  async close() {
    await this.db.destroy();
  }
}

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
