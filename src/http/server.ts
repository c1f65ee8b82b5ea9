import { createServer, maxHeaderSize, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../app/errors.ts';
import { StreamHub } from '../live/hub.ts';
import { createSseHandler, EVENTS_PATH } from './event-stream.ts';
import { createApp } from './app.ts';
import { errorBody, statusOf } from './errors.ts';
import { DEFAULT_HTTP_SETTINGS, type HttpSettings } from './settings.ts';

export interface RunningServer {
  url: string;
  port: number;
  hub: StreamHub;
  close(): Promise<void>;
}

export interface ServerOptions {
  port: number;
  host?: string;
  heartbeatMs?: number;
  http?: HttpSettings;
}

/** Node's own answer to a request it cannot parse is an empty 431 or 400; ours has the shared shape. */
function refuseUnparsable(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
  const appError =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? new AppError('headers_too_large', `the request line and headers are over ${Math.round(maxHeaderSize / 1024)} KB`)
      : new AppError('bad_request', 'malformed HTTP request');
  const body = JSON.stringify(errorBody(appError));
  const status = statusOf(appError.code);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nx-content-type-options: nosniff\r\nconnection: close\r\n\r\n${body}`,
  );
}

export async function startServer(ctx: AppContext, options: ServerOptions): Promise<RunningServer> {
  const app = createApp(ctx, options.http ?? DEFAULT_HTTP_SETTINGS);
  const hub = new StreamHub(ctx.bus, {
    log: (conferenceId, afterId, limit) => ctx.store.events.after(conferenceId, afterId, limit),
    heads: (conferenceIds) => ctx.store.events.heads(conferenceIds),
    ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
  });
  const streams = createSseHandler(ctx, hub, {});
  const honoListener = getRequestListener(app.fetch);

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const match = req.method === 'GET' ? EVENTS_PATH.exec((req.url ?? '').split('?')[0] ?? '') : null;
    if (!match) return void honoListener(req, res);
    streams(req, res, match[1]!).catch((error: unknown) => {
      const appError = error instanceof AppError ? error : new AppError('internal', 'internal error');
      if (!(error instanceof AppError)) console.error('presser: event stream failed:', error);
      if (res.headersSent) return void res.end();
      res.writeHead(statusOf(appError.code), { 'content-type': 'application/json' }).end(JSON.stringify(errorBody(appError)));
    });
  });
  server.keepAliveTimeout = 5000;
  server.on('clientError', refuseUnparsable);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const info = server.address() as AddressInfo;
  const host = info.family === 'IPv6' ? (info.address === '::' ? 'localhost' : `[${info.address}]`) : info.address === '0.0.0.0' ? 'localhost' : info.address;
  return {
    url: `http://${host}:${info.port}`,
    port: info.port,
    hub,
    close: () =>
      new Promise<void>((resolve) => {
        hub.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
