// PostgreSQL for tests: the shared server (127.0.0.1:5432, trust auth, database `test`), one fresh
// database per test, dropped when the test file ends. Without the server the tests skip with a
// message, unless PRESSER_REQUIRE_SERVICES=1 (CI), where its absence is a failure.
import { randomBytes } from 'node:crypto';
import { after } from 'node:test';
import pg from 'pg';

export const PG_BASE_URL = process.env.PRESSER_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export function requireServices(): boolean {
  return process.env.PRESSER_REQUIRE_SERVICES === '1';
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>, url = PG_BASE_URL): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Null when PostgreSQL answers; otherwise why not, to skip with. Throws when services are required.
 */
export async function postgresMissing(url = PG_BASE_URL): Promise<string | null> {
  try {
    await admin((c) => c.query('SELECT 1'), url);
    return null;
  } catch (error) {
    const why = `PostgreSQL is not reachable at ${url} (${error instanceof Error ? error.message : String(error)}): start it, or set PRESSER_TEST_PG_URL`;
    if (requireServices()) throw new Error(`${why}; PRESSER_REQUIRE_SERVICES=1 requires it`);
    return why;
  }
}

const created: { base: string; name: string }[] = [];
// Registered when the test file imports this module, so it runs when the whole file ends (an
// after() called from inside a hook would run when that hook ends).
after(async () => {
  for (const { base, name } of created.splice(0)) await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`), base).catch(() => {});
});

/** A new empty database on the server of baseUrl; its URL. Dropped after the test file. */
export async function freshDatabase(baseUrl = PG_BASE_URL): Promise<string> {
  const name = `presser_t_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`), baseUrl);
  created.push({ base: baseUrl, name });
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
