// Schema migrations, in order, written with Kysely's schema builder so every dialect runs the same steps.
import { PostgresAdapter, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { searchBulkLoad, searchChanges, searchIndex } from './search-migration.ts';

const migrations: Record<string, Migration> = {
  '0001_record': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('conferences')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('time', 'text')
        .addColumn('time_zone', 'text')
        .addColumn('venue', 'text')
        .addColumn('occasion', 'text')
        .addColumn('host', 'text')
        .addColumn('host_country', 'text')
        .addColumn('topic', 'text')
        .addColumn('languages', 'text', (c) => c.notNull())
        .addColumn('principals', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('content_hash', 'text')
        .addColumn('source', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text')
        .execute();
      await db.schema.createIndex('conferences_content_hash').on('conferences').column('content_hash').execute();
      await db.schema.createIndex('conferences_date').on('conferences').column('date').execute();

      await db.schema
        .createTable('outlets')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull().unique())
        .addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('country', 'text')
        .addColumn('origin', 'text', (c) => c.notNull().defaultTo('unknown'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('turns')
        .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('speaker', 'text')
        .addColumn('speaker_name', 'text')
        .addColumn('outlet', 'text')
        .addColumn('outlet_id', 'text', (c) => c.references('outlets.id').onDelete('set null'))
        .addColumn('outlet_name', 'text')
        .addColumn('outlet_origin', 'text')
        .addColumn('reply_to', 'integer')
        .addColumn('label', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('starts_at', seconds(db))
        .addColumn('ends_at', seconds(db))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('turns_pk', ['conference_id', 'seq'])
        .execute();
      await db.schema.createIndex('turns_outlet').on('turns').column('outlet_id').execute();
    },
  },
  '0002_live': { up: liveTables },
  '0003_search': { up: searchIndex },
  '0004_search_changes': { up: searchChanges },
  '0005_floor_history': { up: floorHistory },
  // One waiting hand per journalist and conference, decided by the index so that racing raises
  // cannot both pass the check.
  '0006_one_waiting_hand': {
    async up(db) {
      await db.schema
        .createIndex('hands_one_waiting')
        .on('hands')
        .columns(['conference_id', 'user_id'])
        .unique()
        .where(sql<boolean>`status = 'waiting'`)
        .execute();
    },
  },
  '0007_office_day': { up: officeDay },
  '0008_conference_changes': { up: conferenceChanges },
  // One conference per content hash, decided by the index: nodes importing the same record at the
  // same moment (the demo, when several start on an empty database) cannot both store it.
  '0009_unique_content_hash': {
    async up(db) {
      await db.schema.dropIndex('conferences_content_hash').execute();
      await db.schema.createIndex('conferences_content_hash').on('conferences').column('content_hash').unique().execute();
    },
  },
  '0010_embed_origins': { up: siteSettings },
  '0011_search_bulk_load': { up: searchBulkLoad },
};

/** The log of changes to a conference's details made after it went live: who, when, old and new. */
async function conferenceChanges(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('conference_changes')
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('old_value', 'text')
    .addColumn('new_value', 'text')
    .addPrimaryKeyConstraint('conference_changes_pk', ['conference_id', 'n'])
    .execute();
}

/**
 * The floor counts each queued outlet's questions, here and in every earlier conference, whenever
 * the queue changes: a partial index of question turns by outlet answers that from the index alone
 * instead of a scan of every turn in the archive.
 */
async function floorHistory(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('turns_questions').on('turns').columns(['outlet_id', 'conference_id']).where(sql<boolean>`kind = 'question'`).execute();
  // Raising a hand and opening a stream look up the caller's accreditations.
  await db.schema.createIndex('accreditations_user').on('accreditations').column('user_id').execute();
}

/** Accounts, accreditation, the floor, the durable event log and turn revisions. */
async function liveTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('conferences')
    .addColumn('last_event_id', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('conferences')
    .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.alterTable('conferences').addColumn('starts_at', 'text').execute();
  await db.schema
    .alterTable('turns')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('final'))
    .execute();
  await db.schema
    .alterTable('turns')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('turns').addColumn('hand_id', 'text').execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('outlet_id', 'text', (c) => c.references('outlets.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('accreditations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('outlet_name', 'text', (c) => c.notNull())
    .addColumn('outlet_id', 'text', (c) => c.references('outlets.id').onDelete('set null'))
    .addColumn('conference_id', 'text', (c) => c.references('conferences.id').onDelete('cascade'))
    .addColumn('valid_from', 'text')
    .addColumn('valid_until', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .execute();
  await db.schema.createIndex('accreditations_status').on('accreditations').columns(['status', 'created_at']).execute();

  await db.schema
    .createTable('access_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('accreditation_id', 'text', (c) => c.notNull().references('accreditations.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();

  await db.schema
    .createTable('hands')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('outlet_id', 'text', (c) => c.references('outlets.id').onDelete('set null'))
    .addColumn('topic', 'text')
    .addColumn('question', 'text')
    .addColumn('follow_up', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('raised_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .execute();
  await db.schema.createIndex('hands_conference_status').on('hands').columns(['conference_id', 'status']).execute();

  await db.schema
    .createTable('floor_log')
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('hand_id', 'text', (c) => c.notNull())
    .addColumn('policy_hand_id', 'text')
    .addColumn('turn_seq', 'integer')
    .addPrimaryKeyConstraint('floor_log_pk', ['conference_id', 'n'])
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('id', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('public_data', 'text')
    .addColumn('staff_data', 'text')
    .addColumn('user_data', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('events_pk', ['conference_id', 'id'])
    .execute();

  await db.schema
    .createTable('turn_revisions')
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('speaker', 'text')
    .addColumn('outlet', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('turn_revisions_pk', ['conference_id', 'seq', 'revision'])
    .execute();
}

export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Seconds into a recording: SQLite's real is 8 bytes; PostgreSQL's is 4, too coarse past a few hours. */
function seconds(db: Kysely<unknown>): 'real' | 'double precision' {
  return isPostgres(db) ? 'double precision' : 'real';
}

/** Disabled accounts; the demo flag; the embeddable live view's allowed origins. */
async function officeDay(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();
  await db.schema.alterTable('conferences').addColumn('live_at', 'text').execute();
  await db.schema.alterTable('accreditations').addColumn('lang', 'text').execute();
  await db.schema
    .alterTable('conferences')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('outlets')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

/** Settings of the whole site an admin changes in the web (first: the origins that may frame the embed page). */
async function siteSettings(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('site_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
