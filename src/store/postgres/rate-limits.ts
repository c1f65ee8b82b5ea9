// Rate-limit counts in PostgreSQL, shared by every node on the database: the cluster's limits when
// it has no Redis. The table is rate-limiter-flexible's (a key, its points, when they expire), kept
// outside the archive: not a migration, not copied, not exported; the library deletes expired rows
// every hour. While PostgreSQL is away each node counts in its own memory rather than refuse all.
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type pg from 'pg';
import { postgresPool } from './open.ts';

const TABLE = 'rate_limits';

export interface PostgresLimits {
  /** The same shape as app/rate-limits.ts's LimiterFactory. */
  limiter: (options: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;
  close(): Promise<void>;
}

export async function postgresLimits(url: string): Promise<PostgresLimits> {
  const pool = postgresPool(url, 2);
  try {
    await createTable(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    limiter: (options) =>
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: TABLE,
        tableCreated: true,
        ...options,
        insuranceLimiter: new RateLimiterMemory(options),
      }),
    close: () => pool.end(),
  };
}

/** Nodes starting together each create the table: an advisory lock makes them take turns, since
 * CREATE TABLE IF NOT EXISTS still races in PostgreSQL's catalog ("type already exists"). */
async function createTable(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('presser.rate_limits'))");
    // Keys hold an email or an address from outside: text, not the library's varchar(255).
    await client.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (key text PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
