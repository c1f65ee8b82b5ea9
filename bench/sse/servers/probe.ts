// What the orchestrator asks a server child: its memory (after collecting garbage) and CPU so far.
import type { Probe, ServerReady, ServerRequest } from '../protocol.ts';
import { serveRequests } from '../children.ts';

const gc = (globalThis as { gc?: () => void }).gc;

export function probe(collect: boolean, connections: number): Probe {
  // CPU first: the collection below would count against the run otherwise.
  const cpu = process.cpuUsage();
  if (collect && gc) {
    gc();
    gc();
  }
  const memory = process.memoryUsage();
  return { rss: memory.rss, heapUsed: memory.heapUsed, cpuMicros: cpu.user + cpu.system, systemMicros: cpu.system, connections };
}

/** Tells the orchestrator the server is up, then answers its probes. */
export function announce(ready: Omit<ServerReady, 'type'>, connections: () => number): void {
  serveRequests<ServerRequest>((request) => probe(request.gc, connections()));
  process.send!({ type: 'ready', ...ready } satisfies ServerReady);
}
