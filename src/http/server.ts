import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Store } from '../store/store.ts';
import { createApp } from './app.ts';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(options: { store: Store; port: number; host?: string }): Promise<RunningServer> {
  const app = createApp({ store: options.store });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, ...(options.host ? { hostname: options.host } : {}) }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? (info.address === '::' ? 'localhost' : `[${info.address}]`) : info.address === '0.0.0.0' ? 'localhost' : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}
