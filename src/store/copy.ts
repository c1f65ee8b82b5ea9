// Moves a SQLite archive into an empty PostgreSQL database without loss: every table's rows in one
// PostgreSQL transaction, in an order that satisfies the foreign keys, then both sides read back
// and compared table by table: the counts, and a checksum of every record by its primary key.
// The search index is not copied: PostgreSQL builds its own as the turns arrive (search_text).
import { createHash } from 'node:crypto';
import SQLite from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { PostgresDialect } from 'kysely';
import { postgresSearchText } from '../search/plain-words.ts';
import { migrateToLatest } from './kysely/store.ts';
import { postgresPool } from './postgres/open.ts';
import { openSqliteStore } from './sqlite/open.ts';
import { CopyRefused } from './copy-refused.ts';

/** Parents before children; a table added later and not named here is copied after these. */
const ORDER = [
  'outlets',
  'conferences',
  'users',
  'sessions',
  'accreditations',
  'access_tokens',
  'hands',
  'turns',
  'floor_log',
  'events',
  'turn_revisions',
  'conference_changes',
];
/** SQLite's own search structures: PostgreSQL has its own, built from the turns. */
const NOT_COPIED = /^(search_|sqlite_|kysely_)/;
const CHUNK = 500;

type Row = Record<string, unknown>;

export interface TableCopy {
  table: string;
  rows: number;
}

interface Table {
  name: string;
  columns: string[];
  key: string[];
}

function sqliteTables(source: SQLite.Database): Table[] {
  const names = (source.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[])
    .map((r) => r.name)
    .filter((n) => !NOT_COPIED.test(n));
  const ordered = [...ORDER.filter((n) => names.includes(n)), ...names.filter((n) => !ORDER.includes(n)).sort()];
  return ordered.map((name) => {
    const info = source.prepare(`SELECT name, pk FROM pragma_table_info(?)`).all(name) as { name: string; pk: number }[];
    return {
      name,
      columns: info.map((c) => c.name),
      key: info
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
    };
  });
}

/** One record's checksum: its columns in a fixed order, values as JSON. */
function checksum(row: Row, columns: string[]): string {
  return createHash('sha256')
    .update(JSON.stringify(columns.map((c) => row[c] ?? null)))
    .digest('base64url');
}

function keyOf(row: Row, key: string[]): string {
  return JSON.stringify(key.map((k) => row[k]));
}

export async function copySqliteToPostgres(fromPath: string, toUrl: string, progress: (message: string) => void = () => {}): Promise<TableCopy[]> {
  // Bring the file to the current schema first, as every command does when it opens one.
  await (await openSqliteStore(fromPath)).close();
  const source = new SQLite(fromPath, { readonly: true, fileMustExist: true });
  const target = new Kysely<Record<string, Row>>({ dialect: new PostgresDialect({ pool: postgresPool(toUrl, 2) }) });
  try {
    await migrateToLatest(target as never);
    const tables = sqliteTables(source);
    for (const table of tables) {
      const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table.name)}`.execute(target);
      if (Number(rows[0]?.n ?? 0) > 0) throw new CopyRefused(`the PostgreSQL database is not empty (table ${table.name} has rows): copy into a new database`);
    }
    await target.transaction().execute(async (tx) => {
      for (const table of tables) {
        const select = source.prepare(`SELECT * FROM "${table.name}" ORDER BY ${table.key.map((k) => `"${k}"`).join(', ') || 'rowid'}`);
        let batch: Row[] = [];
        let n = 0;
        const flush = async () => {
          if (batch.length > 0) await tx.insertInto(table.name).values(batch).execute();
          n += batch.length;
          batch = [];
        };
        for (const row of select.iterate() as Iterable<Row>) {
          batch.push(table.name === 'turns' ? { ...row, search_text: postgresSearchText(JSON.parse(String(row.text)) as Record<string, unknown>) } : row);
          if (batch.length >= CHUNK) await flush();
        }
        await flush();
        progress(`${table.name}: ${n} copied`);
      }
    });
    return await compare(source, target, tables, progress);
  } finally {
    source.close();
    await target.destroy();
  }
}

/** Reads both sides back: the same count and the same checksum for every record, or an error naming the first difference. */
async function compare(
  source: SQLite.Database,
  target: Kysely<Record<string, Row>>,
  tables: Table[],
  progress: (message: string) => void,
): Promise<TableCopy[]> {
  const result: TableCopy[] = [];
  for (const table of tables) {
    const key = table.key.length > 0 ? table.key : table.columns;
    const expected = new Map<string, string>();
    for (const row of source.prepare(`SELECT * FROM "${table.name}"`).iterate() as Iterable<Row>) expected.set(keyOf(row, key), checksum(row, table.columns));
    const copied = await target
      .selectFrom(table.name)
      .select(table.columns.map((c) => sql.ref(c).as(c)))
      .execute();
    if (copied.length !== expected.size) throw new Error(`${table.name}: ${expected.size} records in SQLite, ${copied.length} in PostgreSQL`);
    for (const row of copied) {
      const k = keyOf(row, key);
      if (expected.get(k) !== checksum(row, table.columns)) throw new Error(`${table.name}: record ${k} differs after the copy`);
    }
    progress(`${table.name}: ${copied.length} records, checksums match`);
    result.push({ table: table.name, rows: copied.length });
  }
  return result;
}
