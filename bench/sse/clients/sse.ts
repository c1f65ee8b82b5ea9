// A minimal SSE client on a raw TCP socket: no HTTP client library, no per-event objects. Chunked
// transfer framing is not decoded: markers sit inside event data, which a chunk boundary never
// splits, and a split across TCP reads is carried over as the tail.
import { connect } from 'node:net';
import { nowMs } from '../clock.ts';
import type { Receiver } from './receiver.ts';

export function openSse(receiver: Receiver, port: number, path: string, lastEventId: number | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1', noDelay: true });
    const resume = lastEventId === undefined ? '' : `Last-Event-ID: ${lastEventId}\r\n`;
    socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n${resume}\r\n`);
    let index = -1;
    let tail = '';
    socket.on('data', (chunk: Buffer) => {
      const at = nowMs();
      const text = tail + chunk.toString('latin1');
      if (index < 0) {
        if (!text.startsWith('HTTP/1.1 200')) return void socket.destroy(new Error(`stream refused: ${text.split('\r\n')[0]}`));
        index = receiver.add();
        receiver.open++;
        resolve();
      }
      tail = receiver.scan(index, text, at);
    });
    socket.on('error', reject);
    socket.on('close', () => {
      if (index >= 0) receiver.open--;
      reject(new Error('closed before the stream opened'));
    });
  });
}
