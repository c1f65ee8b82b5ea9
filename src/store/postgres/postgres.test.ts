import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freshDatabase, postgresMissing } from '../../../test/support/postgres.ts';
import { sampleRecord } from '../../../test/support/records.ts';
import { storeContract } from '../store.contract.ts';
import { openPostgresStore } from './open.ts';

const missing = await postgresMissing();
if (missing) {
  test('postgres store contract', { skip: missing }, () => {});
} else {
  storeContract('postgres', async () => openPostgresStore(await freshDatabase()));

  test('postgres: two nodes migrating one database at once both open it; a reopened store reads what was saved', async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    const saved = await a.conferences.saveRecord(sampleRecord(), { contentHash: 'r' }, new Date().toISOString());
    assert.equal((await b.conferences.getRecord(saved.slug))?.turns.length, 6);
    await Promise.all([a.close(), b.close()]);
    const again = await openPostgresStore(url);
    assert.equal((await again.conferences.list()).length, 1);
    await again.close();
  });

  test('postgres: concurrent writers to one conference get gapless ids, each once', async () => {
    const url = await freshDatabase();
    const stores = await Promise.all([openPostgresStore(url), openPostgresStore(url, { migrate: false })]);
    const { id } = await stores[0]!.conferences.saveRecord(sampleRecord(), { contentHash: 'c' }, new Date().toISOString());
    const write = (store: (typeof stores)[number], n: number) =>
      store.transaction((tx) =>
        tx.events.append(
          id,
          Array.from({ length: n }, () => ({ type: 'turn.text' as const, public: {}, staff: null, users: null })),
          new Date().toISOString(),
        ),
      );
    const batches = await Promise.all(Array.from({ length: 40 }, (_, i) => write(stores[i % 2]!, 1 + (i % 3))));
    const ids = batches
      .flat()
      .map((e) => e.id)
      .sort((x, y) => x - y);
    assert.deepEqual(
      ids,
      ids.map((_, i) => i + 1),
    );
    assert.deepEqual(
      (await stores[1]!.events.after(id, 0, 1000)).map((e) => e.id),
      ids,
    );
    await Promise.all(stores.map((s) => s.close()));
  });
}
