import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import SQLite from 'better-sqlite3';
import { sampleRecord } from '../../../test/support/records.ts';
import { tempDir } from '../../../test/support/tmp.ts';
import { storeContract } from '../store.contract.ts';
import { openSqliteStore } from './open.ts';

const dir = tempDir();
let n = 0;
storeContract('sqlite', () => openSqliteStore(join(dir, `contract-${++n}.db`)));

test('sqlite: the file is in WAL mode and survives reopening', async () => {
  const path = join(dir, 'sub', 'reopen.db');
  const store = await openSqliteStore(path);
  const saved = await store.conferences.saveRecord(sampleRecord(), { contentHash: 'r' }, new Date().toISOString());
  await store.close();
  const raw = new SQLite(path, { readonly: true });
  assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
  raw.close();
  const reopened = await openSqliteStore(path);
  assert.equal((await reopened.conferences.getRecord(saved.slug))?.turns.length, 6);
  await reopened.close();
});
