// A minimal Socket.IO client: the engine.io v4 websocket protocol spoken directly over `ws`, so it
// costs about what the SSE client costs. Packets: 0 open, 2 ping / 3 pong, 40 join the namespace,
// 42 an event.
import WebSocket from 'ws';
import { nowMs } from '../clock.ts';
import type { Receiver } from './receiver.ts';

const OPEN = 0x30;
const PING = 0x32;
const MESSAGE = 0x34;
const CONNECT = 0x30;
const EVENT = 0x32;

export function openEngineIo(receiver: Receiver, port: number, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`, { perMessageDeflate: false });
    let index = -1;
    ws.on('message', (data: Buffer) => {
      const at = nowMs();
      const type = data[0];
      if (type === PING) return ws.send('3');
      if (type === OPEN) return ws.send('40');
      if (type !== MESSAGE) return;
      if (data[1] === EVENT && index >= 0) return void receiver.scan(index, data.toString('latin1'), at);
      if (data[1] === CONNECT && index < 0) {
        index = receiver.add();
        receiver.open++;
        resolve();
      }
    });
    ws.on('error', reject);
    ws.on('close', () => {
      if (index >= 0) receiver.open--;
      reject(new Error('closed before joining the namespace'));
    });
  });
}
