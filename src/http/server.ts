import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../app/errors.ts';
import { StreamHub } from '../live/hub.ts';
import { createSseHandler, EVENTS_PATH } from '../live/sse.ts';
import { createApp } from './app.ts';
import { SESSION_COOKIE } from './auth.ts';
import { errorBody, statusOf } from './errors.ts';

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
}

export async function startServer(ctx: AppContext, options: ServerOptions): Promise<RunningServer> {
  const app = createApp(ctx);
  const hub = new StreamHub(ctx.bus, {
    log: (conferenceId, afterId, limit) => ctx.store.events.after(conferenceId, afterId, limit),
    heads: (conferenceIds) => ctx.store.events.heads(conferenceIds),
    ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
  });
  const streams = createSseHandler(ctx, hub, { sessionCookie: SESSION_COOKIE });
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
