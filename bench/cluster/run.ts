// Several nodes against one: three `presser serve` on one PostgreSQL and one Redis with V viewers
// each, beside one node (no Redis) with 3×V viewers, in the same run, a transcriber writing 5
// events/s to each. Then the cluster again with Redis stopped, then a reconnect storm of all the
// cluster's viewers with the queries on the event log counted by pg_stat_statements.
// PostgreSQL and Redis are this benchmark's own (initdb, redis-server on free ports).
//
//   node --import tsx bench/cluster/run.ts --viewers 3000 --seconds 20     # the size
//   node --import tsx bench/cluster/run.ts --viewers 300 --seconds 10      # the default, reduced
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { addUser } from '../../src/app/auth.ts';
import { createContext } from '../../src/app/context.ts';
import { openPostgresStore } from '../../src/store/postgres/open.ts';
import { ApiClient } from '../../test/support/client.ts';
import { OwnPostgres, OwnRedis, postgresBin, sleep, startNode, stopNode, type Node } from '../../test/support/cluster.ts';
import { liveConference, PASSWORD } from '../../test/support/people.ts';

const { values } = parseArgs({
  options: { viewers: { type: 'string', default: '300' }, seconds: { type: 'string', default: '10' }, rate: { type: 'string', default: '5' } },
});
const V = Number(values.viewers);
const SECONDS = Number(values.seconds);
const RATE = Number(values.rate);

/** A viewer as a raw socket with a minimal scan for `id:` lines: arrival times by id. */
class RawViewer {
  socket!: Socket;
  last: number;
  readonly arrived = new Map<number, number>();
  private rest = '';
  constructor(
    private readonly url: URL,
    private readonly slug: string,
    from: number,
  ) {
    this.last = from;
    this.open();
  }
  open(): void {
    this.socket = connect(Number(this.url.port), this.url.hostname);
    this.socket.setEncoding('utf8');
    this.socket.write(`GET /api/conferences/${this.slug}/events HTTP/1.1\r\nhost: x\r\naccept: text/event-stream\r\nlast-event-id: ${this.last}\r\n\r\n`);
    this.socket.on('data', (chunk: string) => {
      const text = this.rest + chunk;
      const cut = text.lastIndexOf('\n\n');
      this.rest = cut < 0 ? text : text.slice(cut + 2);
      const now = performance.timeOrigin + performance.now();
      for (const m of (cut < 0 ? '' : text.slice(0, cut)).matchAll(/^id: (\d+)$/gm)) {
        const id = Number(m[1]);
        if (id > this.last) this.last = id;
        this.arrived.set(id, now);
      }
    });
    this.socket.on('error', () => {});
  }
  reconnect(): void {
    this.socket.destroy();
    this.rest = '';
    this.open();
  }
}

function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

const pct = (xs: number[], p: number) => (xs.length ? xs[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]! : NaN);

interface Target {
  label: string;
  writer: ApiClient;
  slug: string;
  seq: number;
  viewers: { node: Node; viewer: RawViewer }[];
}

/** Writes at RATE for `seconds`; returns the send time of each event id it caused. */
async function writeFor(target: Target, seconds: number, firstId: number): Promise<Map<number, number>> {
  const sent = new Map<number, number>();
  const total = seconds * RATE;
  const start = performance.now();
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < total; i++) {
    const at = start + (i * 1000) / RATE;
    const wait = at - performance.now();
    if (wait > 0) await sleep(wait);
    const t = performance.timeOrigin + performance.now();
    pending.push(target.writer.post(`/api/conferences/${target.slug}/turns/${target.seq}/text`, { lang: 'en', append: `w${i}` }).then(() => undefined));
    sent.set(firstId + i, t);
    await pending[pending.length - 1];
  }
  return sent;
}

function report(label: string, target: Target, sent: Map<number, number>, cpu: Map<Node, number>): string {
  const delays: number[] = [];
  let missing = 0;
  for (const { viewer } of target.viewers) {
    for (const [id, t] of sent) {
      const got = viewer.arrived.get(id);
      if (got === undefined) missing++;
      else delays.push(got - t);
    }
  }
  delays.sort((a, b) => a - b);
  const perNode = [...cpu].map(([node, ms]) => {
    const deliveries = target.viewers.filter((v) => v.node === node).length * sent.size;
    return `${node.name} ${deliveries ? ((ms * 1000) / deliveries).toFixed(1) : '–'} µs`;
  });
  return `| ${label} | ${target.viewers.length} | ${sent.size} | ${missing} | ${pct(delays, 50).toFixed(0)} | ${pct(delays, 99).toFixed(0)} | ${perNode.join(', ')} |`;
}

async function main(): Promise<void> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL programs (initdb, pg_ctl) are needed');
  const dir = mkdtempSync(join(tmpdir(), 'presser-bench-'));
  const server = await OwnPostgres.start(bin, dir, ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'max_connections=100']);
  const redis = await OwnRedis.start();
  const nodes: Node[] = [];
  try {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('CREATE DATABASE presser');
    await admin.end();
    const db = server.url.replace(/\/postgres$/, '/presser');
    const store = await openPostgresStore(db, { max: 1 });
    await addUser(createContext(store), { email: 'desk@press.example', name: 'Desk', role: 'transcriber', password: PASSWORD });
    await addUser(createContext(store), { email: 'admin@press.example', name: 'Admin', role: 'admin', password: PASSWORD });
    const stats = new pg.Client({ connectionString: db });
    await stats.connect();
    await stats.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    nodes.push(...(await Promise.all(['A', 'B', 'C'].map((n) => startNode(n, db, redis.url, 'bench')))), await startNode('S', db, null, 'bench'));
    const [a, b, c, s] = nodes as [Node, Node, Node, Node];

    const make = async (label: string, writerNode: Node, viewerNodes: Node[], perNode: number): Promise<Target> => {
      const adminClient = new ApiClient(writerNode.url);
      await adminClient.signIn('admin@press.example', PASSWORD);
      const slug = await liveConference(adminClient, label);
      const writer = new ApiClient(writerNode.url);
      await writer.signIn('desk@press.example', PASSWORD);
      const seq = (await writer.post(`/api/conferences/${slug}/turns`, { kind: 'statement' })).body.turn.seq as number;
      const head = (await store.conferences.info(slug))!.lastEventId;
      const viewers = viewerNodes.flatMap((node) => Array.from({ length: perNode }, () => ({ node, viewer: new RawViewer(new URL(node.url), slug, head) })));
      return { label, writer, slug, seq, viewers };
    };
    const cluster = await make('Cluster Briefing', a, [a, b, c], V);
    const single = await make('Single Briefing', s, [s], 3 * V);
    await sleep(3000);

    const headOf = async (t: Target) => (await store.conferences.info(t.slug))!.lastEventId;
    const cpuBefore = new Map(nodes.map((n) => [n, cpuMs(n.child.pid!)]));
    const [sentCluster, sentSingle] = await Promise.all([
      writeFor(cluster, SECONDS, (await headOf(cluster)) + 1),
      writeFor(single, SECONDS, (await headOf(single)) + 1),
    ]);
    await sleep(2000);
    const cpu = new Map(nodes.map((n) => [n, cpuMs(n.child.pid!) - cpuBefore.get(n)!]));
    const lines = [
      '| run | viewers | events | missing deliveries | p50 ms | p99 ms | CPU per delivery |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
      report('3 nodes + Redis', cluster, sentCluster, new Map([a, b, c].map((n) => [n, cpu.get(n)!]))),
      report('1 node, no Redis', single, sentSingle, new Map([[s, cpu.get(s)!]])),
    ];

    await redis.stop();
    await sleep(500);
    const cpuDown = new Map([a, b, c].map((n) => [n, cpuMs(n.child.pid!)]));
    const sentDown = await writeFor(cluster, SECONDS, (await headOf(cluster)) + 1);
    await sleep(2500);
    lines.push(report('3 nodes, Redis stopped', cluster, sentDown, new Map([a, b, c].map((n) => [n, cpuMs(n.child.pid!) - cpuDown.get(n)!]))));
    await redis.start();
    await sleep(1500);

    // The storm: every cluster viewer drops and reconnects at once with its Last-Event-ID.
    await stats.query('SELECT pg_stat_statements_reset()');
    const storm = await writeFor(cluster, 1, (await headOf(cluster)) + 1);
    for (const { viewer } of cluster.viewers) viewer.reconnect();
    const target = await headOf(cluster);
    const deadline = Date.now() + 30_000;
    while (cluster.viewers.some((v) => v.viewer.last < target) && Date.now() < deadline) await sleep(100);
    const { rows } = await stats.query(`SELECT coalesce(sum(calls), 0)::int AS n FROM pg_stat_statements WHERE query ILIKE '%from "events"%'`);
    const behind = cluster.viewers.filter((v) => v.viewer.last < target).length;
    lines.push(
      '',
      `Reconnect storm: ${cluster.viewers.length} viewers of 3 nodes reconnected at once (${storm.size} events written just before); ${rows[0].n} queries on the event log (pg_stat_statements); ${behind} viewers behind after it.`,
    );
    await stats.end();
    for (const t of [cluster, single]) for (const { viewer } of t.viewers) viewer.socket.destroy();
    await store.close();
    console.log(
      `\n3 nodes × ${V} viewers vs 1 node × ${3 * V}, ${RATE} events/s for ${SECONDS} s (write-to-viewer: from sending the write to the event's arrival)\n`,
    );
    console.log(lines.join('\n'));
  } finally {
    await Promise.all(nodes.map(stopNode));
    await redis.stop();
    try {
      server.ctl('stop');
    } catch {}
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
