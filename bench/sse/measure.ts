// One measured run: one server, N viewers, one rate. The server and the clients each run in their
// own processes so the server's memory and CPU are its own.
import { setTimeout as sleep } from 'node:timers/promises';
import { Child } from './children.ts';
import { Histogram } from './histogram.ts';
import { machineBusyMicros } from './machine.ts';
import type { ClientReport, ClientStatus, Connected, Probe, ServerReady } from './protocol.ts';
import { publish } from './publisher.ts';

export interface ServerSpec {
  /** presser, socketio or bare. */
  kind: string;
  /** For presser: another source tree to load it from (a patched copy). */
  src?: string;
  label: string;
}

export interface RunSettings {
  clients: number;
  rate: number;
  seconds: number;
  clientProcesses: number;
}

export interface RunResult extends RunSettings {
  server: string;
  connected: number;
  /** Pieces written in the window, how many POSTs failed, and the rate they were written at. */
  written: number;
  failedWrites: number;
  writtenPerSecond: number;
  /** Events of the window received per client per second of the window. */
  deliveredPerSecond: number;
  /** Clients that were open at the end and had every event of the window. */
  complete: number;
  p50: number;
  p99: number;
  max: number;
  rssPerConnectionKB: number;
  heapPerConnectionKB: number;
  /** RSS with the viewers connected and the transcript flowing, per connection. */
  loadedRssPerConnectionKB: number;
  cpuMicrosPerDelivery: number;
  /** The kernel's share of cpuMicrosPerDelivery. */
  systemMicrosPerDelivery: number;
  /** Cores the client processes kept busy during the window and drain. */
  clientCores: number;
  /** Cores used by everything else on the machine meanwhile (other people's work): noise. */
  otherCores: number;
}

const SCRIPTS: Record<string, string> = { presser: 'servers/presser.ts', socketio: 'servers/socketio.ts', bare: 'servers/bare.ts' };
const WARM_UP_SECONDS = 3;
const SETTLE_MS = 2000;
/** How long after the last piece the clients may take to receive everything. */
const DRAIN_LIMIT_MS = 10_000;

export async function measure(spec: ServerSpec, settings: RunSettings): Promise<RunResult> {
  const { child: server, ready } = await Child.start<ServerReady>(SCRIPTS[spec.kind]!, spec.label, spec.src ? ['--src', spec.src] : []);
  const processes = Math.max(1, Math.min(settings.clientProcesses, settings.clients));
  const clients = (await Promise.all(Array.from({ length: processes }, (_, i) => Child.start('clients/client.ts', `client ${i + 1}`)))).map((c) => c.child);
  try {
    const probe = (gc: boolean) => server.request<Probe>({ type: 'probe', gc });
    const idle = await probe(true);
    const shares = clients.map((_, i) => Math.floor(settings.clients / processes) + (i < settings.clients % processes ? 1 : 0));
    const connected = await Promise.all(clients.map((c, i) => c.request<Connected>({ type: 'connect', ...ready.stream, port: ready.port, count: shares[i]! })));
    const open = connected.reduce((n, c) => n + c.open, 0);
    await sleep(SETTLE_MS);
    const withViewers = await probe(true);

    // Warm up the server's code paths before measuring, as a server that has been running is.
    const warmUp = Math.max(10, Math.round(settings.rate * WARM_UP_SECONDS));
    await publish(ready, settings.rate, warmUp, 1);
    await sleep(1000);

    const firstK = warmUp + 1;
    const count = Math.round(settings.rate * settings.seconds);
    await Promise.all(clients.map((c) => c.request({ type: 'window', firstK })));
    const before = await probe(false);
    const machineBefore = machineBusyMicros();
    const startedAt = Date.now();
    const written = await publish(ready, settings.rate, count, firstK);
    await drain(clients, count);
    const after = await probe(false);
    const machineCpu = machineBusyMicros() - machineBefore;
    const elapsedMicros = (Date.now() - startedAt) * 1000;

    const reports = await Promise.all(clients.map((c) => c.request<ClientReport>({ type: 'report' })));
    const latency = new Histogram();
    for (const r of reports) latency.addSparse(r.latency);
    const received = reports.reduce((n, r) => n + r.received, 0);
    const serverCpu = after.cpuMicros - before.cpuMicros;
    const clientCpu = reports.reduce((n, r) => n + r.cpuMicros, 0);
    const complete = reports.every((r) => r.minReceived >= count) ? reports.reduce((n, r) => n + r.open, 0) : 0;
    const perConnection = (bytes: number) => bytes / 1024 / Math.max(1, open);
    return {
      ...settings,
      server: spec.label,
      connected: open,
      written: count,
      failedWrites: written.failed,
      writtenPerSecond: count / (written.seconds + 1 / settings.rate),
      deliveredPerSecond: received / settings.clients / (count / settings.rate),
      complete,
      p50: latency.quantile(0.5),
      p99: latency.quantile(0.99),
      max: latency.quantile(1),
      rssPerConnectionKB: perConnection(withViewers.rss - idle.rss),
      heapPerConnectionKB: perConnection(withViewers.heapUsed - idle.heapUsed),
      loadedRssPerConnectionKB: perConnection(after.rss - idle.rss),
      cpuMicrosPerDelivery: serverCpu / Math.max(1, received),
      systemMicrosPerDelivery: (after.systemMicros - before.systemMicros) / Math.max(1, received),
      clientCores: clientCpu / elapsedMicros,
      otherCores: Math.max(0, machineCpu - serverCpu - clientCpu) / elapsedMicros,
    };
  } finally {
    await Promise.all([...clients, server].map((c) => c.stop()));
  }
}

/** Waits until every client has every event of the window, or the drain limit passes. */
async function drain(clients: Child[], count: number): Promise<void> {
  const deadline = Date.now() + DRAIN_LIMIT_MS;
  while (Date.now() < deadline) {
    const statuses = await Promise.all(clients.map((c) => c.request<ClientStatus>({ type: 'status' })));
    if (statuses.every((s) => s.minReceived >= count)) return;
    await sleep(250);
  }
}
