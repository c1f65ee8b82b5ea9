// A TCP relay in front of the server, so a test can drop a browser's connections and refuse new
// ones for a while, as a phone losing the hall's wifi would.
import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';

export interface Relay {
  url: string;
  /** Cuts every open connection, and refuses new ones until restore(). */
  cut(): void;
  restore(): void;
}

export async function relayTo(port: number): Promise<Relay> {
  const sockets = new Set<Socket>();
  let refusing = false;
  const server = createServer((client) => {
    if (refusing) return void client.destroy();
    const upstream = connect(port, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => {
    for (const s of sockets) s.destroy();
    server.close();
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    cut() {
      refusing = true;
      for (const s of sockets) s.destroy();
    },
    restore() {
      refusing = false;
    },
  };
}
