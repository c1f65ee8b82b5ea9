// A unique index refused a row: two requests raced to create the same thing and the index, which is
// the only check that cannot race, let one through. Callers answer "exists already" (409), never 500.

/** SQLite (better-sqlite3) and PostgreSQL (pg: SQLSTATE 23505) report it under their own codes. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}
