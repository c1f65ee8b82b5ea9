// Schema migrations, in order, written with Kysely's schema builder so every dialect runs the same steps.
import { type Kysely, type Migration, type MigrationProvider } from 'kysely';

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
        .addColumn('starts_at', 'real')
        .addColumn('ends_at', 'real')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('turns_pk', ['conference_id', 'seq'])
        .execute();
      await db.schema.createIndex('turns_outlet').on('turns').column('outlet_id').execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
