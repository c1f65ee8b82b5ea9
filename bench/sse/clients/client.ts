// One client process: opens its share of the viewers, counts what they receive, reports on request.
import { serveRequests } from '../children.ts';
import type { ClientRequest, Connected } from '../protocol.ts';
import { openEngineIo } from './engineio.ts';
import { Receiver } from './receiver.ts';
import { openSse } from './sse.ts';

/** Connections opened at once: enough to connect 5k in seconds, few enough for the listen backlog. */
const CONCURRENCY = 200;
const receiver = new Receiver();

async function connectAll(request: Extract<ClientRequest, { type: 'connect' }>): Promise<Connected> {
  const openOne = () =>
    request.kind === 'sse' ? openSse(receiver, request.port, request.path, request.lastEventId) : openEngineIo(receiver, request.port, request.path);
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < request.count) {
      next++;
      await openOne().catch(() => failed++);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, request.count) }, worker));
  return { open: receiver.open, failed };
}

serveRequests<ClientRequest>((request) => {
  switch (request.type) {
    case 'connect':
      return connectAll(request);
    case 'window':
      return receiver.startWindow(request.firstK);
    case 'status':
      return receiver.status();
    case 'report':
      return receiver.report();
  }
});
process.send!({ type: 'ready' });
