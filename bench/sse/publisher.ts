// Writes the transcript: one POST per piece of text on a fixed schedule (open loop: a slow answer
// does not delay the next piece, so a struggling server cannot slow the rate it is measured at).
import { Agent, request } from 'node:http';
import { nowMs } from './clock.ts';
import { markedPiece } from './marker.ts';
import type { ServerReady } from './protocol.ts';

export interface Published {
  sent: number;
  failed: number;
  /** From the first POST to the last. */
  seconds: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

type Outcome = 'ok' | 'reset' | 'failed';

function postOnce(port: number, target: ServerReady['publish'], body: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: target.path,
        method: 'POST',
        agent,
        headers: { ...target.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        if (res.statusCode !== 200) console.error(`publish: ${target.path} answered ${res.statusCode}`);
        res.resume();
        res.on('end', () => resolve(res.statusCode === 200 ? 'ok' : 'failed'));
      },
    );
    // A reused keep-alive socket the server closed as idle fails before any answer: nothing was written.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET' && req.reusedSocket) return resolve('reset');
      console.error(`publish: ${error.message}`);
      resolve('failed');
    });
    req.end(body);
  });
}

async function post(port: number, target: ServerReady['publish'], body: string): Promise<boolean> {
  const outcome = await postOnce(port, target, body);
  return (outcome === 'reset' ? await postOnce(port, target, body) : outcome) === 'ok';
}

const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - nowMs())));

/** Publishes pieces numbered firstK, firstK+1, … at `rate` per second, `count` of them. */
export async function publish(ready: ServerReady, rate: number, count: number, firstK: number): Promise<Published> {
  const start = nowMs();
  const answers: Promise<boolean>[] = [];
  for (let i = 0; i < count; i++) {
    await sleepUntil(start + (i * 1000) / rate);
    answers.push(post(ready.port, ready.publish, JSON.stringify({ seq: 1, lang: 'en', append: markedPiece(firstK + i) })));
  }
  const seconds = (nowMs() - start) / 1000;
  const ok = await Promise.all(answers);
  return { sent: count, failed: ok.filter((x) => !x).length, seconds };
}
