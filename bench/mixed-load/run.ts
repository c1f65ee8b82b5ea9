// The mixed load on loopback: journalists raising and lowering hands, writers appending text,
// viewers following the live stream, a moderator giving the floor, all at once against one presser
// process. Reports p50/p99 per action, and the viewers' delivery latency of the written text.
//   node --import tsx bench/mixed-load/run.ts                     # 200 journalists, 5 writers, 2,000 viewers, 30 s
//   node --import tsx bench/mixed-load/run.ts --servers before=/tmp/before/src,presser --json out.json
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { Child } from '../sse/children.ts';
import { Histogram } from '../sse/histogram.ts';
import { machineBusyMicros } from '../sse/machine.ts';
import type { ClientReport, ClientStatus, Connected } from '../sse/protocol.ts';
import { MixedLoad } from './load.ts';
import { ACTIONS, type Action, type Cast, type ServerProbe } from './protocol.ts';

const { values } = parseArgs({
  options: {
    servers: { type: 'string', default: 'presser' },
    journalists: { type: 'string', default: '200' },
    writers: { type: 'string', default: '5' },
    viewers: { type: 'string', default: '2000' },
    'viewer-procs': { type: 'string', default: '2' },
    seconds: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '5' },
    archive: { type: 'string', default: '1000' },
    'hand-think': { type: 'string', default: '5' },
    'floor-every': { type: 'string', default: '2' },
    'append-every': { type: 'string', default: '0.25' },
    'cpu-prof': { type: 'string' },
    json: { type: 'string' },
  },
});

interface Result {
  server: string;
  actions: Record<Action, { n: number; p50: number; p99: number; max: number; statuses: Record<string, number> }>;
  delivery: { viewers: number; pieces: number; complete: boolean; p50: number; p99: number };
  serverCores: number;
  machineCores: number;
  rssMb: number;
}

function startServer(name: string, src: string | undefined): Promise<{ proc: ChildProcess; cast: Cast }> {
  const profile = values['cpu-prof'] ? [`--cpu-prof`, `--cpu-prof-dir=${resolve(values['cpu-prof'], name)}`] : [];
  if (values['cpu-prof']) mkdirSync(resolve(values['cpu-prof'], name), { recursive: true });
  const args = ['--journalists', values.journalists, '--writers', values.writers, '--archive', values.archive, ...(src ? ['--src', src] : [])];
  const proc = fork(new URL('./server.ts', import.meta.url).pathname, args, {
    execArgv: ['--import', 'tsx', ...profile],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((done, fail) => {
    proc.once('message', (m) => done({ proc, cast: m as Cast }));
    proc.once('exit', (code) => fail(new Error(`${name} exited with ${code} before it was ready`)));
  });
}

let probeId = 0;
function probe(proc: ChildProcess): Promise<ServerProbe> {
  const id = ++probeId;
  return new Promise((done) => {
    const listener = (m: { id?: number; body?: ServerProbe }) => {
      if (m.id !== id) return;
      proc.off('message', listener);
      done(m.body!);
    };
    proc.on('message', listener);
    proc.send({ id, body: { type: 'probe' } });
  });
}

async function measure(name: string, src: string | undefined): Promise<Result> {
  console.error(`${name}: setting up (archive of ${values.archive} conferences, ${values.journalists} journalists)…`);
  const { proc, cast } = await startServer(name, src);
  const procs = Number(values['viewer-procs']);
  const viewers = Number(values.viewers);
  const clients = await Promise.all(Array.from({ length: procs }, (_, i) => Child.start('clients/client.ts', `viewers ${i + 1}`).then((c) => c.child)));
  const path = `/api/conferences/${cast.slug}/events`;
  const connected = await Promise.all(
    clients.map((c, i) =>
      c.request<Connected>({
        type: 'connect',
        kind: 'sse',
        port: cast.port,
        path,
        lastEventId: cast.lastEventId,
        count: Math.floor(viewers / procs) + (i < viewers % procs ? 1 : 0),
      }),
    ),
  );
  const failed = connected.reduce((n, c) => n + c.failed, 0);
  if (failed > 0) console.error(`${name}: ${failed} viewers could not connect`);
  const load = new MixedLoad(cast, {
    handThinkSeconds: Number(values['hand-think']),
    floorEverySeconds: Number(values['floor-every']),
    appendEverySeconds: Number(values['append-every']),
  });
  await load.start();
  console.error(`${name}: ${(await probe(proc)).connections} streams open; warming up ${values.warmup} s, measuring ${values.seconds} s`);
  await sleep(Number(values.warmup) * 1000);

  const firstK = load.openWindow();
  await Promise.all(clients.map((c) => c.request({ type: 'window', firstK })));
  const before = await probe(proc);
  const machineBefore = machineBusyMicros();
  const t0 = performance.now();
  await sleep(Number(values.seconds) * 1000);
  const lastK = load.closeWindow();
  const seconds = (performance.now() - t0) / 1000;
  const after = await probe(proc);
  const machineCores = (machineBusyMicros() - machineBefore) / 1e6 / seconds;
  const pieces = lastK - firstK + 1;
  // Let the viewers catch up with the window's last piece (or give up after 15 s).
  let complete = false;
  for (let waited = 0; waited < 15_000 && !complete; waited += 250) {
    const statuses = await Promise.all(clients.map((c) => c.request<ClientStatus>({ type: 'status' })));
    complete = statuses.every((s) => s.minReceived >= pieces);
    if (!complete) await sleep(250);
  }
  const reports = await Promise.all(clients.map((c) => c.request<ClientReport>({ type: 'report' })));
  await load.stop();
  await Promise.all(clients.map((c) => c.stop()));
  proc.kill('SIGTERM');
  await new Promise((done) => proc.once('exit', done));

  const delivered = new Histogram();
  for (const r of reports) delivered.addSparse(r.latency);
  const actions = Object.fromEntries(
    ACTIONS.map((a) => {
      const h = load.latency[a];
      return [a, { n: h.total, p50: h.quantile(0.5), p99: h.quantile(0.99), max: h.quantile(1), statuses: load.statuses[a] }];
    }),
  ) as Result['actions'];
  return {
    server: name,
    actions,
    delivery: { viewers: reports.reduce((n, r) => n + r.open, 0), pieces, complete, p50: delivered.quantile(0.5), p99: delivered.quantile(0.99) },
    serverCores: (after.cpuMicros - before.cpuMicros) / 1e6 / seconds,
    machineCores,
    rssMb: after.rss / 1048576,
  };
}

const fmt = (ms: number) => (Number.isNaN(ms) ? '–' : ms < 10 ? ms.toFixed(1) : String(Math.round(ms)));
function table(results: Result[]): string {
  const head = ['server', ...ACTIONS.map((a) => `${a} n · p50 / p99 ms`), 'viewers: text delivered p50 / p99 ms', 'server cores', 'machine cores'];
  const rows = results.map((r) => [
    r.server,
    ...ACTIONS.map((a) => `${r.actions[a].n} · ${fmt(r.actions[a].p50)} / ${fmt(r.actions[a].p99)}`),
    `${fmt(r.delivery.p50)} / ${fmt(r.delivery.p99)}${r.delivery.complete ? '' : ' (incomplete)'}`,
    r.serverCores.toFixed(2),
    r.machineCores.toFixed(2),
  ]);
  return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

const results: Result[] = [];
for (const spec of values.servers.split(',')) {
  const [name, src] = spec.split('=') as [string, string | undefined];
  results.push(await measure(name, src ? resolve(src) : undefined));
  console.error(JSON.stringify(results[results.length - 1]));
}
console.log(table(results));
for (const r of results)
  console.log(
    `${r.server}: statuses ${ACTIONS.map((a) => `${a} ${JSON.stringify(r.actions[a].statuses)}`).join(', ')}; ${r.delivery.viewers} viewers, ${r.delivery.pieces} pieces; RSS ${Math.round(r.rssMb)} MB`,
  );
if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2));
