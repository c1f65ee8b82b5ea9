// Rate limits hold for the cluster, not per node, when the nodes share only PostgreSQL (no Redis):
// the counts are kept in the database. The limit is set by a flag on one node and by the
// environment on the other, so both ways of setting it are exercised.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ApiClient } from '../support/client.ts';
import { startNode, stopNode, type Node } from '../support/cluster.ts';
import { freshDatabase, postgresMissing, requireServices } from '../support/postgres.ts';

const missing = await postgresMissing();
if (missing && requireServices()) throw new Error(missing);
const skip = missing ?? false;

let nodes: Node[] = [];

before(async () => {
  if (missing) return;
  const db = await freshDatabase();
  // One node first: it creates the schema; the second finds it.
  nodes.push(await startNode('A', db, null, 'limits', { args: ['--rate-limit', 'sign-ins=3'] }));
  nodes.push(await startNode('B', db, null, 'limits', { env: { PRESSER_RATE_LIMITS: 'sign-ins=3' } }));
});

after(async () => {
  await Promise.all(nodes.map(stopNode));
  nodes = [];
});

test('wrong sign-ins spread over two nodes without Redis are counted together in PostgreSQL', { skip }, async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 5; i++) {
    const node = nodes[i % 2]!;
    const answer = await new ApiClient(node.url).request('POST', '/api/session', { email: `nobody${i}@press.example`, password: 'a wrong guess' });
    statuses.push(answer.status);
  }
  // Counted per node, each would have seen at most 3 and refused none.
  assert.deepEqual(statuses, [401, 401, 401, 429, 429]);
});
