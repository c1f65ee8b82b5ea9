// The live-stream benchmark: N viewers per server on loopback receiving a transcript written at a
// fixed rate, presser side by side with Socket.IO and a bare Node loop. See bench/README.md.
//
//   node --import tsx bench/sse/run.ts [--clients 1000,5000,10000] [--rates 5,20] [--seconds 20]
//     [--servers presser,socketio,bare] [--client-procs 2] [--max-wait 300] [--json out.json] [--no-docs]
//   node --import tsx bench/sse/run.ts --from-json out.json [same options]   (print and write an earlier run)
//
// A server may be given as presser=DIR to measure presser loaded from another source tree.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { waitForQuiet } from './machine.ts';
import { measure, type RunResult, type ServerSpec } from './measure.ts';
import { KEPT_P99_MS, section, table, writeSection } from './report.ts';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '1000,5000,10000' },
    rates: { type: 'string', default: '5,20' },
    seconds: { type: 'string', default: '20' },
    servers: { type: 'string', default: 'presser,socketio,bare' },
    'client-procs': { type: 'string', default: '2' },
    'max-wait': { type: 'string', default: '300' },
    json: { type: 'string' },
    'from-json': { type: 'string' },
    'no-docs': { type: 'boolean', default: false },
  },
});

const numbers = (list: string) => list.split(',').map(Number);
const LABELS: Record<string, string> = { presser: 'presser', socketio: 'Socket.IO 4', bare: 'bare Node loop' };
const servers: ServerSpec[] = values.servers.split(',').map((s) => {
  const [kind, src] = s.split('=') as [string, string | undefined];
  if (!LABELS[kind]) throw new Error(`unknown server "${kind}": use presser, socketio or bare`);
  return src ? { kind, src: resolve(src), label: `${LABELS[kind]} (${src})` } : { kind, label: LABELS[kind]! };
});

async function runAll(): Promise<RunResult[]> {
  const results: RunResult[] = [];
  for (const clients of numbers(values.clients)) {
    for (const rate of numbers(values.rates)) {
      for (const server of servers) {
        // Others share the 2 cores: start when they leave at least 1.5 cores to the bench.
        const busy = await waitForQuiet(0.5, Number(values['max-wait']));
        console.error(`${server.label}: ${clients} viewers, ${rate} events/s (machine busy ${busy.toFixed(2)} cores before) …`);
        try {
          const result = await measure(server, { clients, rate, seconds: Number(values.seconds), clientProcesses: Number(values['client-procs']) });
          results.push(result);
          console.error(table([result]).split('\n')[2]);
        } catch (error) {
          console.error(`${server.label} failed, left out of the table:`, error);
        }
      }
    }
  }
  return results;
}

const results = values['from-json'] ? (JSON.parse(readFileSync(values['from-json'], 'utf8')) as RunResult[]) : await runAll();
console.log(table(results));
if (values.json && !values['from-json']) writeFileSync(values.json, JSON.stringify(results, null, 2));
if (!values['no-docs']) {
  const command = `node --import tsx bench/sse/run.ts --clients ${values.clients} --rates ${values.rates} --seconds ${values.seconds} --servers ${values.servers}`;
  const notes = `Rate: events written per second, and events received per viewer per second of the window; the rate is kept when every viewer got every event and 99% of them within ${KEPT_P99_MS} ms (a backlog that grows is not keeping up, even if it drains later). Latency: from just before the piece of text was POSTed to its arrival at the viewer (one system-wide monotonic clock). KB per connection: server RSS (and V8 heap) with the viewers connected and idle, less before they connected, after a full GC, divided by the viewers. CPU per delivery: the server process's user + system CPU during the writing window and drain, divided by the events delivered, the kernel's part in brackets. Others, cores: CPU used meanwhile by processes outside the bench (the machine is shared): above ~0.3 the latency figures of that row were disturbed. A server shown as presser (DIR) is presser loaded from the source tree DIR, a patched copy measured against the checkout in the same run. presser's events go through the real write path: a signed-in transcriber's HTTP append, a SQLite transaction (WAL, synchronous=FULL) and the hub.`;
  writeSection(resolve(import.meta.dirname, '../../docs/benchmarks.md'), section(results, command, notes));
}
process.exit(0);
