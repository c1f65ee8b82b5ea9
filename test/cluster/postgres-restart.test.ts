// F6 (issue 12): PostgreSQL restarted under live writing, then every connection to it terminated.
// No acknowledged write is lost, no node exits, writes succeed again within 10 s, and each viewer
// still receives exactly 1..N. The server is the test's own (initdb, pg_ctl), never the shared one.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import pg from 'pg';
import { addUser } from '../../src/app/auth.ts';
import { createContext } from '../../src/app/context.ts';
import { openPostgresStore } from '../../src/store/postgres/open.ts';
import { ApiClient } from '../support/client.ts';
import { hasRedisServer, OwnPostgres, OwnRedis, postgresBin, sleep, startNode, stopNode, Viewer } from '../support/cluster.ts';
import { liveConference, PASSWORD } from '../support/people.ts';
import { requireServices } from '../support/postgres.ts';

const bin = postgresBin();
const missing = !bin ? 'PostgreSQL programs (initdb, pg_ctl) are not installed' : !hasRedisServer() ? 'redis-server is not installed' : null;
if (missing && requireServices()) throw new Error(missing);

test('F6: PostgreSQL restarted and its connections terminated: nothing acknowledged lost, no node exits, writes back within 10 s', {
  skip: missing ?? false,
  // It runs in seconds; a hang (seen once while a cluster benchmark shared the machine) fails here
  // with the test's name instead of at the runner's fifteen-minute limit.
  timeout: 180_000,
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'presser-pg-'));
  const server = await OwnPostgres.start(bin!, dir);
  const redis = await OwnRedis.start();
  const admin = new pg.Client({ connectionString: server.url });
  const nodes: Awaited<ReturnType<typeof startNode>>[] = [];
  try {
    await admin.connect();
    await admin.query('CREATE DATABASE presser');
    await admin.end();
    const db = server.url.replace(/\/postgres$/, '/presser');
    const store = await openPostgresStore(db, { max: 1 });
    await addUser(createContext(store), { email: 'admin@press.example', name: 'Admin', role: 'admin', password: PASSWORD });
    // Each node is kept as it starts, so the finally stops it even if the other fails to start.
    await Promise.all(['A', 'B'].map(async (name) => nodes.push(await startNode(name, db, redis.url, 'f6'))));
    nodes.sort((x, y) => x.name.localeCompare(y.name));
    const [a, b] = nodes as [(typeof nodes)[number], (typeof nodes)[number]];
    const desk = new ApiClient(a.url);
    await desk.signIn('admin@press.example', PASSWORD);
    const slug = await liveConference(desk, 'F6 Briefing');
    const seq = (await desk.post(`/api/conferences/${slug}/turns`, { kind: 'statement' })).body.turn.seq as number;
    const before = (await store.conferences.info(slug))!.lastEventId;
    const viewers = [new Viewer([b.url], slug), new Viewer([a.url], slug)];

    // A writer that retries each piece until it is acknowledged, as a transcriber's page does.
    const acknowledged: string[] = [];
    let longestOutage = 0;
    let stop = false;
    const writing = (async () => {
      for (let i = 0; !stop; i++) {
        const piece = `p${i}`;
        const firstTry = Date.now();
        for (;;) {
          const answer = await desk.post(`/api/conferences/${slug}/turns/${seq}/text`, { lang: 'en', append: piece }).catch(() => null);
          if (answer?.status === 200) break;
          await sleep(100);
        }
        longestOutage = Math.max(longestOutage, Date.now() - firstTry);
        acknowledged.push(piece);
        await sleep(50);
      }
    })();
    await sleep(1500);
    server.ctl('restart');
    await sleep(1500);
    const killer = new pg.Client({ connectionString: server.url });
    await killer.connect();
    await killer.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'presser' AND pid <> pg_backend_pid()`);
    await killer.end();
    await sleep(2000);
    stop = true;
    await writing;

    assert.ok(longestOutage < 10_000, `writes refused for ${longestOutage} ms`);
    const exited = nodes.filter((n) => n.child.exitCode !== null || n.child.signalCode !== null);
    assert.deepEqual(
      exited.map((n) => `${n.name}: ${n.log().slice(-2000)}`),
      [],
      'no node exited',
    );
    const info = (await store.conferences.info(slug))!;
    assert.equal(info.lastEventId - before, acknowledged.length, 'each acknowledged write is one event in the log');
    const text = (await store.turns.get(info.id, seq))!.text.en ?? '';
    for (const piece of acknowledged) assert.match(text, new RegExp(`\\b${piece}\\b`), `acknowledged ${piece} kept`);
    for (const v of viewers) await v.reach(info.lastEventId, 20_000);
    for (const v of viewers) {
      await v.stop();
      assert.deepEqual(
        v.ids,
        Array.from({ length: info.lastEventId }, (_, i) => i + 1),
      );
    }
    await store.close();
  } finally {
    await Promise.all(nodes.map(stopNode));
    await redis.stop();
    try {
      server.ctl('stop');
    } catch {}
    rmSync(dir, { recursive: true, force: true });
  }
});
