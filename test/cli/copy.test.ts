// presser copy: a SQLite archive moved into PostgreSQL, compared record by record, then usable there.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { addUser } from '../../src/app/auth.ts';
import { createContext } from '../../src/app/context.ts';
import { search } from '../../src/app/search.ts';
import { openPostgresStore } from '../../src/store/postgres/open.ts';
import { openSqliteStore } from '../../src/store/sqlite/open.ts';
import { freshDatabase, postgresMissing } from '../support/postgres.ts';
import { cliMain } from '../support/cli-main.ts';
import { bilingualRecord, sampleRecord } from '../support/records.ts';
import { tempDir } from '../support/tmp.ts';

const missing = await postgresMissing();

test('copy moves every record, says the counts, and refuses a database that is not empty', { skip: missing ?? false }, async () => {
  const file = join(tempDir(), 'archive.db');
  const source = await openSqliteStore(file);
  const now = new Date().toISOString();
  const saved = await source.conferences.saveRecord(sampleRecord(), { contentHash: 'one' }, now);
  await source.conferences.saveRecord(bilingualRecord(), { contentHash: 'two' }, now);
  await addUser(createContext(source), { email: 'desk@press.example', name: 'Desk', role: 'admin', password: 'long enough pw' });
  await source.transaction((tx) => tx.events.append(saved.id, [{ type: 'turn.text', public: { n: 1 }, staff: null, users: null }], now));
  await source.close();

  const db = await freshDatabase();
  const run = await cliMain(['copy', '--from', file, '--to', db]);
  assert.equal(run.status, 0, run.stderr);
  const counts = Object.fromEntries(
    run.stdout
      .trim()
      .split('\n')
      .map((l) => l.split('\t')),
  );
  assert.equal(counts.conferences, '2');
  assert.equal(counts.turns, String(sampleRecord().turns.length + bilingualRecord().turns.length));
  assert.equal(counts.users, '1');
  assert.equal(counts.events, '1');
  assert.match(run.stderr, /counts and checksums match/);

  const target = await openPostgresStore(db);
  try {
    assert.deepEqual((await target.conferences.getRecord(saved.slug))?.turns, sampleRecord().turns);
    assert.equal((await target.conferences.info(saved.slug))?.lastEventId, 1);
    assert.ok((await search(target, 'dredging', {})).total >= 1, 'the copied turns are searchable');
  } finally {
    await target.close();
  }
  const again = await cliMain(['copy', '--from', file, '--to', db]);
  assert.equal(again.status, 2);
  assert.match(again.stderr, /not empty/);
  assert.equal((await cliMain(['copy', '--from', 'postgres://x/y', '--to', db])).status, 2);
});
