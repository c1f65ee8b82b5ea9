// One Store over Kysely: the query code is shared by every dialect; only the connection differs.
import { Migrator } from 'kysely';
import { migrationProvider } from '../migrations.ts';
import type { Repositories, Store } from '../store.ts';
import { AccreditationRepo } from './accreditations.ts';
import { ConferenceRepo } from './conferences.ts';
import type { Db } from './db.ts';
import { EventRepo } from './events.ts';
import { FloorLogRepo } from './floor-log.ts';
import { HandRepo } from './hands.ts';
import { LiveTurnRepo } from './live-turns.ts';
import { OutletRepo } from './outlets.ts';
import { SearchRepo } from './search.ts';
import { SelectionRepo } from './selection.ts';
import { SessionRepo, UserRepo } from './users.ts';

/** Every repository over one executor: the database itself, or a transaction. */
export function repositories(db: Db): Repositories {
  return {
    conferences: new ConferenceRepo(db),
    outlets: new OutletRepo(db),
    users: new UserRepo(db),
    sessions: new SessionRepo(db),
    accreditations: new AccreditationRepo(db),
    hands: new HandRepo(db),
    turns: new LiveTurnRepo(db),
    events: new EventRepo(db),
    floorLog: new FloorLogRepo(db),
    search: new SearchRepo(db),
    selection: new SelectionRepo(db),
  };
}

export function createStore(db: Db, dialect: Store['dialect']): Store {
  return {
    ...repositories(db),
    dialect,
    transaction: (fn) => db.transaction().execute((tx) => fn(repositories(tx))),
    close: () => db.destroy(),
  };
}

export async function migrateToLatest(db: Db): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
