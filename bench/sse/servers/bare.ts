// The baseline the issue quotes: a bare Node HTTP server that keeps every SSE response in a set and
// writes each event to each response. The frame is encoded once; Node adds chunked framing per write.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { announce } from './probe.ts';
import { handlePublish } from './publish-endpoint.ts';

const streams = new Set<ServerResponse>();

const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/publish') {
    return handlePublish(req, res, (id, piece) => {
      const frame = Buffer.from(`id: ${id}\nevent: turn.text\ndata: ${JSON.stringify(piece)}\n\n`);
      for (const stream of streams) stream.write(frame);
    });
  }
  if (req.method === 'GET' && req.url === '/events') {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    res.write('retry: 2000\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
    return;
  }
  res.writeHead(404).end();
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  announce({ port, stream: { kind: 'sse', path: '/events' }, publish: { path: '/publish', headers: {} } }, () => streams.size);
});
