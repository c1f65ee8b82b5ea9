// Socket.IO 4 as people deploy it for a broadcast: default options, one namespace, io.emit per event.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { announce } from './probe.ts';
import { handlePublish } from './publish-endpoint.ts';

const server = createServer();
const io = new Server(server, { serveClient: false });

// Socket.IO answers its own paths; everything else reaches this listener.
server.on('request', (req, res) => {
  if (req.url?.startsWith('/socket.io/')) return;
  if (req.method === 'POST' && req.url === '/publish') return handlePublish(req, res, (id, piece) => io.emit('turn.text', { id, ...piece }));
  res.writeHead(404).end();
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  announce(
    { port, stream: { kind: 'engineio', path: '/socket.io/?EIO=4&transport=websocket' }, publish: { path: '/publish', headers: {} } },
    () => io.engine.clientsCount,
  );
});
