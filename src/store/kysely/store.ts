// One Store over Kysely: the query code is shared by every dialect; only the connection differs.
import { Migrator } from 'kysely';
import { migrationProvider } from '../migrations.ts';
import type { Repositories, Store } from '../store.ts';
import { AccreditationRepo } from './accreditations.ts';
import { ConferenceRepo, type SaveRecordsInBulk } from './conferences.ts';
import type { Db } from './db.ts';
import { EventRepo } from './events.ts';
import { FloorLogRepo } from './floor-log.ts';
import { HandRepo } from './hands.ts';
import { LiveTurnRepo } from './live-turns.ts';
import { OutletRepo } from './outlets.ts';
import { SearchRepo } from './search.ts';
import { SelectionRepo } from './selection.ts';
import { SettingsRepo } from './settings.ts';
import { SessionRepo, UserRepo } from './users.ts';

/** Every repository over one executor: the database itself, or a transaction. */
export function repositories(db: Db, saveInBulk?: SaveRecordsInBulk): Repositories {
  return {
    conferences: new ConferenceRepo(db, saveInBulk),
    outlets: new OutletRepo(db),
    users: new UserRepo(db),
    sessions: new SessionRepo(db),
    accreditations: new AccreditationRepo(db),
    hands: new HandRepo(db),
    turns: new LiveTurnRepo(db),
    events: new EventRepo(db),
    floorLog: new FloorLogRepo(db),
    settings: new SettingsRepo(db),
    search: new SearchRepo(db),
    selection: new SelectionRepo(db),
  };
}

/** The store over db; saveInBulk, when the adapter has one, stores batches of records (outside transactions). */
export function createStore(db: Db, dialect: Store['dialect'], saveInBulk?: SaveRecordsInBulk): Store {
  return {
    ...repositories(db, saveInBulk),
    dialect,
    transaction: dialect === 'postgres' ? (fn) => serializable(db, fn) : (fn) => db.transaction().execute((tx) => fn(repositories(tx))),
    close: () => db.destroy(),
  };
}

/** serialization_failure, deadlock_detected: the transaction did nothing and may run again. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 30;

/**
 * SQLite runs one write transaction at a time; on PostgreSQL, SERIALIZABLE gives the use cases the
 * same guarantee (a turn's text appended by two nodes at once is never a lost update), and a
 * transaction that lost the race runs again from the start. Nothing is published or answered
 * before the commit, so running again is invisible to the caller.
 */
async function serializable<T>(db: Db, fn: (tx: Repositories) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db
        .transaction()
        .setIsolationLevel('serializable')
        .execute((tx) => fn(repositories(tx)));
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code !== 'string' || !RETRYABLE.has(code) || attempt >= MAX_ATTEMPTS) throw error;
      // Random back-off, growing: writers racing for one conference's counter spread out.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(100, 2 ** attempt)));
    }
  }
}

export async function migrateToLatest(db: Db): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
