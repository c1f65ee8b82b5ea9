// Three nodes started at the same moment on one empty PostgreSQL database: each migrates and finds
// the database empty, and each would import the demo conference; it must be stored once.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { openPostgresStore } from '../../src/store/postgres/open.ts';
import { startNode, stopNode, type Node } from '../support/cluster.ts';
import { freshDatabase, postgresMissing, requireServices } from '../support/postgres.ts';

const missing = await postgresMissing();
if (missing && requireServices()) throw new Error(missing);

const nodes: Node[] = [];
after(() => Promise.all(nodes.map(stopNode)));

test('three nodes starting at once on an empty database import the demo once, and all start', { skip: missing ?? false, timeout: 120_000 }, async () => {
  const db = await freshDatabase();
  // Every node that started is stopped afterwards, even when another failed to start (else its process keeps the run alive).
  const started = await Promise.allSettled(['A', 'B', 'C'].map((name) => startNode(name, db, null, 'first-start', { demo: true })));
  for (const s of started) if (s.status === 'fulfilled') nodes.push(s.value);
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  const store = await openPostgresStore(db, { max: 1, migrate: false });
  try {
    const conferences = await store.conferences.list();
    assert.equal(conferences.length, 1, `one demo conference, not ${conferences.map((c) => c.slug).join(', ')}`);
    const told = nodes.filter((n) => /imported the demo conference/.test(n.log())).length;
    assert.equal(told, 1, 'one node says it imported the demo');
  } finally {
    await store.close();
  }
});
