// Several nodes against one: three `presser serve` on one PostgreSQL and one Redis with V viewers
// each, beside one node (no Redis) with 3×V viewers, in the same run, a transcriber writing 5
// events/s to each. Then the cluster again with Redis stopped, then a reconnect storm of every
// viewer with the queries it causes counted by pg_stat_statements. The viewers live in processes of
// their own (viewers.ts, --per-process each). PostgreSQL and Redis are this benchmark's own
// (initdb, redis-server on free ports).
//
//   node --import tsx bench/cluster/run.ts --viewers 3000 --seconds 20     # the size
//   node --import tsx bench/cluster/run.ts --viewers 300 --seconds 10      # the default, reduced
//   node --import tsx bench/cluster/run.ts --viewers 3000 --seconds 20 --before main
//       # that commit's nodes and viewers first, then this checkout's, back to back
// --profile DIR: each node writes a V8 CPU profile of its life into DIR (node --cpu-prof);
// --node-args '--perf-basic-prof': options for the nodes' node.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { addUser } from '../../src/app/auth.ts';
import { builtCli, checkoutOf } from '../before-build.ts';
import { createContext } from '../../src/app/context.ts';
import { openPostgresStore } from '../../src/store/postgres/open.ts';
import { ApiClient } from '../../test/support/client.ts';
import { OwnPostgres, OwnRedis, postgresBin, sleep, startNode, stopNode, type Node } from '../../test/support/cluster.ts';
import { liveConference, PASSWORD } from '../../test/support/people.ts';
import { ViewerProcess } from './protocol.ts';

const { values } = parseArgs({
  options: {
    viewers: { type: 'string', default: '300' },
    seconds: { type: 'string', default: '10' },
    rate: { type: 'string', default: '5' },
    'per-process': { type: 'string', default: '3000' },
    /** A folder: each node writes a V8 CPU profile of its whole life there (node --cpu-prof). */
    profile: { type: 'string' },
    /** More options for the nodes' node, e.g. --perf-basic-prof to read a `perf record` of one. */
    'node-args': { type: 'string' },
    /** A commit: the whole run is made first with its nodes and viewers, then with this checkout. */
    before: { type: 'string' },
  },
});
const V = Number(values.viewers);
const SECONDS = Number(values.seconds);
const RATE = Number(values.rate);
/** Viewers per viewer process: well under the 20,000 open files a process may have. */
const PER_PROCESS = Number(values['per-process']);
const nodeArgs = [...(values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : []), ...(values['node-args']?.split(' ').filter(Boolean) ?? [])];

interface Target {
  label: string;
  conferenceId: string;
  writer: ApiClient;
  slug: string;
  seq: number;
  /** The log's head when the viewers opened: their ids are kept from here. */
  base: number;
  /** Viewer processes by the node they watch, with how many viewers each has. */
  viewers: { node: Node; process: ViewerProcess; count: number }[];
}

/** Each target's write round trips (ms), sent to acknowledged: part of every write-to-viewer delay. */
const writeMs = new Map<Target, number[]>();
/** When each event id's write was acknowledged (ms since epoch): its commit must come before. */
const ackedAt = new Map<number, number>();

/** Writes at RATE for `seconds`; returns the send time of each event id it caused. */
async function writeFor(target: Target, seconds: number, firstId: number): Promise<Map<number, number>> {
  const sent = new Map<number, number>();
  const total = seconds * RATE;
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = start + (i * 1000) / RATE - performance.now();
    if (wait > 0) await sleep(wait);
    sent.set(firstId + i, performance.timeOrigin + performance.now());
    const write = () => target.writer.post(`/api/conferences/${target.slug}/turns/${target.seq}/text`, { lang: 'en', append: `w${i}` });
    // A kept-alive connection the node closed as idle resets the request it was reused for: the
    // write did not reach the node; send it again.
    const answer = await write().catch(write);
    ackedAt.set(firstId + i, performance.timeOrigin + performance.now());
    writeMs.get(target)!.push(ackedAt.get(firstId + i)! - sent.get(firstId + i)!);
    if (answer.status !== 200) throw new Error(`write refused: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return sent;
}

/**
 * When each of these events committed (ms since epoch): PostgreSQL's own commit timestamp of the
 * row (track_commit_timestamp), on the same machine's clock as the viewers' arrival times.
 */
async function commitTimes(stats: pg.Client, target: Target, ids: Iterable<number>): Promise<Map<number, number>> {
  const { rows } = await stats.query<{ id: number; at: number }>(
    'SELECT id::int, (extract(epoch FROM pg_xact_commit_timestamp(xmin)) * 1000)::float8 AS at FROM events WHERE conference_id = $1 AND id = ANY($2::int[])',
    [target.conferenceId, [...ids]],
  );
  return new Map(rows.map((r) => [r.id, r.at]));
}

/** Delays from these times to each viewer's arrival, merged over the target's viewer processes. */
async function delays(target: Target, from: Map<number, number>) {
  const answers = await Promise.all(target.viewers.map((v) => v.process.ask({ kind: 'report', base: target.base, sent: [...from] }, 'report')));
  const counts = new Map<number, number>();
  let missing = 0;
  let duplicates = 0;
  for (const answer of answers) {
    missing += answer.missing;
    duplicates += answer.duplicates;
    for (const [ms, n] of answer.delays) counts.set(ms, (counts.get(ms) ?? 0) + n);
  }
  const sorted = [...counts].sort((x, y) => x[0] - y[0]);
  const total = sorted.reduce((n, [, c]) => n + c, 0);
  const pct = (p: number) => {
    let seen = 0;
    for (const [ms, c] of sorted) if ((seen += c) >= (total * p) / 100) return ms;
    return Number.NaN;
  };
  return { pct, missing, duplicates };
}

/**
 * A row of the table: write-to-viewer (from sending the write) and commit-to-viewer (from its
 * COMMIT) percentiles of a count by whole milliseconds, and CPU per delivery by node.
 */
async function report(label: string, target: Target, sent: Map<number, number>, committed: Map<number, number>, cpu: Map<Node, Cpu>): Promise<string> {
  const { pct, missing, duplicates } = await delays(target, sent);
  const fromCommit = await delays(target, committed);
  // The commit lies between sending the write and its acknowledgement, or a clock is off.
  const outside = [...committed].filter(([id, at]) => at < sent.get(id)! - 1 || at > ackedAt.get(id)! + 1).length;
  const commitNote = outside > 0 || committed.size !== sent.size ? ` (${outside} commit times outside send…ack, ${sent.size - committed.size} unknown)` : '';
  const perNode = [...cpu].map(([node, used]) => {
    const deliveries = target.viewers.filter((v) => v.node === node).reduce((n, v) => n + v.count, 0) * sent.size;
    return `${node.name} ${perDelivery(used, deliveries)}`;
  });
  const viewers = target.viewers.reduce((n, v) => n + v.count, 0);
  const writes = writeMs
    .get(target)!
    .splice(0)
    .sort((x, y) => x - y);
  const write = (p: number) => writes[Math.min(writes.length - 1, Math.floor((writes.length * p) / 100))]!.toFixed(0);
  return `| ${label} | ${viewers} | ${sent.size} | ${missing} | ${duplicates} | ${fromCommit.pct(50)} / ${fromCommit.pct(99)} / ${fromCommit.pct(100)}${commitNote} | ${pct(50)} / ${pct(99)} / ${pct(100)} | ${write(50)} / ${write(99)} | ${perNode.join(', ')} |`;
}

/** CPU time used (ms): user + system, and the system (kernel) part. */
type Cpu = [total: number, kernel: number];

/** A process's CPU time from /proc (in clock ticks of 10 ms). */
function cpuMs(pid: number): Cpu {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return [((Number(fields[11]) + Number(fields[12])) * 1000) / 100, (Number(fields[12]) * 1000) / 100];
}

const minus = (x: Cpu, y: Cpu): Cpu => [x[0] - y[0], x[1] - y[1]];
const sum = (all: Cpu[]): Cpu => all.reduce((n, c) => [n[0] + c[0], n[1] + c[1]], [0, 0]);
/** µs per delivery, the kernel's part in brackets. */
const perDelivery = (cpu: Cpu, deliveries: number) =>
  deliveries ? `${((cpu[0] * 1000) / deliveries).toFixed(1)} µs (${((cpu[1] * 1000) / deliveries).toFixed(1)})` : '–';

/** Each viewer process's pid, to count the load generator's own CPU. */
const viewerPids = (targets: Target[]) => targets.flatMap((t) => t.viewers.map((v) => v.process.child.pid!));

/** Waits until no viewer of these targets is behind `head` (or the deadline); returns how many are. */
async function caughtUp(targets: { target: Target; head: number }[], timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answers = await Promise.all(targets.flatMap(({ target, head }) => target.viewers.map((v) => v.process.ask({ kind: 'status', head }, 'status'))));
    const behind = answers.reduce((n, a) => n + a.behind, 0);
    if (behind === 0 || Date.now() > deadline) return behind;
    await sleep(100);
  }
}

/** The code measured: its nodes' CLI and its viewers' program. */
interface Code {
  name: string;
  bin?: string;
  viewers?: URL;
}

async function main(): Promise<void> {
  // The nodes run dist/presser.js: build it from this checkout first, so the figures are of this code.
  if (spawnSync(process.execPath, [fileURLToPath(new URL('../../scripts/build.mjs', import.meta.url))], { stdio: 'inherit' }).status !== 0)
    throw new Error('build failed');
  const codes: Code[] = [];
  if (values.before) {
    const bin = await builtCli(values.before);
    const checkout = checkoutOf(values.before);
    // A node will not start without web assets; the live path does not use them: this checkout's serve.
    mkdirSync(join(checkout, 'web'), { recursive: true });
    if (!existsSync(join(checkout, 'web/dist'))) symlinkSync(fileURLToPath(new URL('../../web/dist', import.meta.url)), join(checkout, 'web/dist'));
    codes.push({ name: `before (${values.before})`, bin, viewers: pathToFileURL(join(checkout, 'bench/cluster/viewers.ts')) });
  }
  codes.push({ name: values.before ? 'after (this checkout)' : 'this checkout' });
  const printed: string[] = [];
  for (const code of codes) {
    const loadBefore = loadavg()[0]!;
    const lines = await measure(code);
    printed.push(
      `\n${code.name}: 3 nodes × ${V} viewers vs 1 node × ${3 * V}, ${RATE} events/s for ${SECONDS} s (commit-to-viewer: from the write's COMMIT, PostgreSQL's commit timestamp, to the event's arrival; write-to-viewer: from sending the write; CPU per delivery: user + system, the system part in brackets)\n`,
      ...lines,
      `\nLoad average (1 min) on ${cpus().length} cores: ${loadBefore.toFixed(1)} before the run, ${loadavg()[0]!.toFixed(1)} after it.`,
    );
    // Each run printed as it ends, all of them again at the end to copy together.
    console.log(printed.slice(-lines.length - 2).join('\n'));
  }
  if (codes.length > 1) console.log(`\n--- all runs ---\n${printed.join('\n')}`);
}

/** One whole run (cluster and single node, Redis stopped, the storm) of `code`: the lines to print. */
async function measure(code: Code): Promise<string[]> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL programs (initdb, pg_ctl) are needed');
  const dir = mkdtempSync(join(tmpdir(), 'presser-bench-'));
  const server = await OwnPostgres.start(bin, dir, [
    '-c',
    'shared_preload_libraries=pg_stat_statements',
    '-c',
    'max_connections=100',
    '-c',
    'track_commit_timestamp=on',
  ]);
  const redis = await OwnRedis.start();
  const nodes: Node[] = [];
  const targets: Target[] = [];
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
    nodes.push(
      ...(await Promise.all(['A', 'B', 'C'].map((n) => startNode(n, db, redis.url, 'bench', { nodeArgs, ...(code.bin ? { bin: code.bin } : {}) })))),
      await startNode('S', db, null, 'bench', { nodeArgs, ...(code.bin ? { bin: code.bin } : {}) }),
    );
    const [a, b, c, s] = nodes as [Node, Node, Node, Node];
    const capacity = 4 * SECONDS * RATE + 1000;

    const make = async (label: string, writerNode: Node, viewerNodes: Node[], perNode: number): Promise<Target> => {
      const adminClient = new ApiClient(writerNode.url);
      await adminClient.signIn('admin@press.example', PASSWORD);
      const slug = await liveConference(adminClient, label);
      const writer = new ApiClient(writerNode.url);
      await writer.signIn('desk@press.example', PASSWORD);
      const seq = (await writer.post(`/api/conferences/${slug}/turns`, { kind: 'statement' })).body.turn.seq as number;
      const { id: conferenceId, lastEventId: base } = (await store.conferences.info(slug))!;
      const target: Target = { label, conferenceId, writer, slug, seq, base, viewers: [] };
      targets.push(target);
      writeMs.set(target, []);
      for (const node of viewerNodes)
        for (let left = perNode; left > 0; left -= PER_PROCESS)
          target.viewers.push({ node, process: new ViewerProcess(node.name, code.viewers), count: Math.min(PER_PROCESS, left) });
      // One process after another opens its viewers, so the nodes see a steady arrival, not a storm.
      for (const v of target.viewers)
        await within(
          v.process.ask({ kind: 'open', url: v.node.url, slug, from: base, count: v.count, capacity }, 'opened'),
          120_000,
          `${v.count} viewers on ${v.node.name}`,
        );
      return target;
    };
    const cluster = await make('Cluster Briefing', a, [a, b, c], V);
    const single = await make('Single Briefing', s, [s], 3 * V);
    await sleep(3000);

    const headOf = async (t: Target) => (await store.conferences.info(t.slug))!.lastEventId;
    const cpuBefore = new Map(nodes.map((n) => [n, cpuMs(n.child.pid!)]));
    const viewersCpuBefore = sum(viewerPids(targets).map(cpuMs));
    const [sentCluster, sentSingle] = await Promise.all([
      writeFor(cluster, SECONDS, (await headOf(cluster)) + 1),
      writeFor(single, SECONDS, (await headOf(single)) + 1),
    ]);
    await sleep(2000);
    const cpu = new Map(nodes.map((n) => [n, minus(cpuMs(n.child.pid!), cpuBefore.get(n)!)]));
    const viewersCpu = minus(sum(viewerPids(targets).map(cpuMs)), viewersCpuBefore);
    const firstDeliveries = (V * 3 + 3 * V) * SECONDS * RATE;
    const lines = [
      '| run | viewers | events | missing deliveries | duplicated | commit-to-viewer p50 / p99 / max ms | write-to-viewer p50 / p99 / max ms | write p50 / p99 ms | CPU per delivery µs (kernel) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      await report(
        '3 nodes + Redis',
        cluster,
        sentCluster,
        await commitTimes(stats, cluster, sentCluster.keys()),
        new Map([a, b, c].map((n) => [n, cpu.get(n)!])),
      ),
      await report('1 node, no Redis', single, sentSingle, await commitTimes(stats, single, sentSingle.keys()), new Map([[s, cpu.get(s)!]])),
    ];

    await redis.stop();
    await sleep(500);
    const cpuDown = new Map([a, b, c].map((n) => [n, cpuMs(n.child.pid!)]));
    const sentDown = await writeFor(cluster, SECONDS, (await headOf(cluster)) + 1);
    await sleep(2500);
    lines.push(
      await report(
        '3 nodes, Redis stopped',
        cluster,
        sentDown,
        await commitTimes(stats, cluster, sentDown.keys()),
        new Map([a, b, c].map((n) => [n, minus(cpuMs(n.child.pid!), cpuDown.get(n)!)])),
      ),
    );
    await redis.start();
    await sleep(1500);

    // The storm: every viewer drops and reconnects at once with its Last-Event-ID, a second of
    // writes just behind it. Every query of it is counted, not only those on the event log.
    await stats.query('SELECT pg_stat_statements_reset()');
    const storm = await Promise.all([cluster, single].map(async (t) => writeFor(t, 1, (await headOf(t)) + 1)));
    const started = performance.now();
    await within(Promise.all(targets.flatMap((t) => t.viewers.map((v) => v.process.ask({ kind: 'reconnect' }, 'opened')))), 120_000, 'the storm');
    const behind = await caughtUp(await Promise.all(targets.map(async (target) => ({ target, head: await headOf(target) }))), 30_000);
    const stormMs = performance.now() - started;
    const { rows } = await stats.query<{ query: string; calls: number }>(
      `SELECT query, calls::int FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%' AND dbid = (SELECT oid FROM pg_database WHERE datname = 'presser') ORDER BY calls DESC`,
    );
    const onLog = rows.filter((r) => /from "events"/i.test(r.query)).reduce((n, r) => n + r.calls, 0);
    const viewers = targets.reduce((n, t) => n + t.viewers.reduce((m, v) => m + v.count, 0), 0);
    lines.push(
      '',
      `Reconnect storm: ${viewers} viewers of 4 nodes (2 conferences) reconnected at once (${storm.reduce((n, m) => n + m.size, 0)} events written just before), all streaming again and caught up in ${(stormMs / 1000).toFixed(1)} s; ${onLog} queries on the event log (allowed: nodes × conferences = 4); ${behind} viewers behind after it. Every query during the storm (pg_stat_statements, calls):`,
      '',
      ...rows.map((r) => `- ${r.calls} × \`${r.query.replace(/\s+/g, ' ').slice(0, 140)}\``),
      '',
      `The viewers' own processes (${viewerPids(targets).length}) used ${(viewersCpu[0] / 1000).toFixed(1)} s of CPU during the first phase (${SECONDS} s): ${perDelivery(viewersCpu, firstDeliveries)} per delivery.`,
    );
    await stats.end();
    await store.close();
    return lines;
  } finally {
    for (const t of targets) for (const v of t.viewers) v.process.close();
    await Promise.all(nodes.map(stopNode));
    await redis.stop();
    try {
      server.ctl('stop');
    } catch {}
    rmSync(dir, { recursive: true, force: true });
  }
}

function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([work, sleep(ms).then(() => Promise.reject(new Error(`${what}: not done within ${ms / 1000} s`)))]);
}

await main();
