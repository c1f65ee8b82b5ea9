// Rate-limit counts in PostgreSQL, shared by every node on the database: the cluster's limits when
// it has no Redis. The table is rate-limiter-flexible's (a key, its points, when they expire), kept
// outside the archive: not a migration, not copied, not exported; the library deletes expired rows
// every hour. While PostgreSQL is away each node counts in its own memory rather than refuse all.
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';
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
    // Keys hold an email or an address from outside: text, not the library's varchar(255).
    await pool.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (key text PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`);
  } catch (error) {
    // 23505: another node created the table at the same moment (PostgreSQL's catalog race).
    if ((error as { code?: string }).code !== '23505') {
      await pool.end();
      throw error;
    }
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
