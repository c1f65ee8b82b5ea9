// The actors of the mixed load, all in this process: journalists raising and lowering hands (each
// with its own live stream open, as the journalist console has), writers appending text, a moderator
// giving the floor. Each request's round trip is recorded by action while the window is open.
import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { Histogram } from '../sse/histogram.ts';
import { markedPiece } from '../sse/marker.ts';
import { ACTIONS, type Action, type Cast } from './protocol.ts';

export interface LoadOptions {
  /** Mean seconds a journalist waits before raising, and again before lowering. */
  handThinkSeconds: number;
  floorEverySeconds: number;
  appendEverySeconds: number;
}

interface Answer {
  status: number;
  body: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Uniform around the mean, from half to one and a half of it. */
const jitter = (meanSeconds: number) => meanSeconds * 1000 * (0.5 + Math.random());

export class MixedLoad {
  readonly latency = Object.fromEntries(ACTIONS.map((a) => [a, new Histogram()])) as Record<Action, Histogram>;
  readonly statuses = Object.fromEntries(ACTIONS.map((a) => [a, {} as Record<string, number>])) as Record<Action, Record<string, number>>;
  private measuring = false;
  private stopped = false;
  private nextPiece = 1;
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 512 });
  private readonly streams: Socket[] = [];
  private actors: Promise<void>[] = [];

  constructor(
    private readonly cast: Cast,
    private readonly options: LoadOptions,
  ) {}

  /** Opens every journalist's live stream, then starts the actors. */
  async start(): Promise<void> {
    await Promise.all(this.cast.journalists.map((cookie) => this.openStream(cookie)));
    this.actors = [
      ...this.cast.journalists.map((cookie) => this.journalist(cookie)),
      ...this.cast.writers.map((w) => this.writer(w.cookie, w.seq)),
      this.moderator(),
    ];
  }

  /** Numbers the window's first marked piece, so viewers count only what the window wrote. */
  openWindow(): number {
    for (const a of ACTIONS) {
      this.latency[a] = new Histogram();
      this.statuses[a] = {};
    }
    this.measuring = true;
    return this.nextPiece;
  }

  closeWindow(): number {
    this.measuring = false;
    return this.nextPiece - 1;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.actors);
    for (const s of this.streams) s.destroy();
    this.agent.destroy();
  }

  private async journalist(cookie: string): Promise<void> {
    const base = `/api/conferences/${this.cast.slug}/hands`;
    while (!this.stopped) {
      await sleep(jitter(this.options.handThinkSeconds));
      if (this.stopped) return;
      const raised = await this.call('raise', 'POST', base, cookie, { topic: 'Port dues', question: 'Will the dues rise for foreign carriers this year?' });
      if (raised.status !== 201) continue;
      const handId = (JSON.parse(raised.body) as { hand: { id: string } }).hand.id;
      await sleep(jitter(this.options.handThinkSeconds));
      // Given the floor meanwhile, the hand is no longer waiting: 409, also a full round trip.
      await this.call('lower', 'DELETE', `${base}/${handId}`, cookie);
    }
  }

  private async moderator(): Promise<void> {
    while (!this.stopped) {
      await sleep(this.options.floorEverySeconds * 1000);
      if (!this.stopped) await this.call('floor', 'POST', `/api/conferences/${this.cast.slug}/floor`, this.cast.moderator, {});
    }
  }

  private async writer(cookie: string, seq: number): Promise<void> {
    await sleep(Math.random() * this.options.appendEverySeconds * 1000);
    while (!this.stopped) {
      const started = Date.now();
      await this.call('append', 'POST', `/api/conferences/${this.cast.slug}/turns/${seq}/text`, cookie, { lang: 'en', append: markedPiece(this.nextPiece++) });
      await sleep(Math.max(0, this.options.appendEverySeconds * 1000 - (Date.now() - started)));
    }
  }

  private async call(action: Action, method: string, path: string, cookie: string, body?: unknown): Promise<Answer> {
    const measured = this.measuring;
    const started = performance.now();
    const answer = await this.send(method, path, cookie, body);
    if (measured && this.measuring) {
      this.latency[action].record(performance.now() - started);
      this.statuses[action][answer.status] = (this.statuses[action][answer.status] ?? 0) + 1;
    }
    return answer;
  }

  private async send(method: string, path: string, cookie: string, body?: unknown): Promise<Answer> {
    const answer = await this.sendOnce(method, path, cookie, body);
    // A kept-alive socket the server had just closed as idle fails before anything was sent: again.
    return answer.status === -1 ? this.sendOnce(method, path, cookie, body) : answer;
  }

  private sendOnce(method: string, path: string, cookie: string, body?: unknown): Promise<Answer> {
    const payload = body === undefined ? '' : JSON.stringify(body);
    const headers: Record<string, string | number> = { cookie, origin: this.cast.origin, 'content-length': Buffer.byteLength(payload) };
    if (body !== undefined) headers['content-type'] = 'application/json';
    return new Promise((resolve) => {
      const req = request({ host: '127.0.0.1', port: this.cast.port, path, method, agent: this.agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      });
      req.on('error', (error: NodeJS.ErrnoException) => resolve({ status: error.code === 'ECONNRESET' && req.reusedSocket ? -1 : 0, body: '' }));
      req.end(payload);
    });
  }

  /** A journalist console's stream: read and thrown away, but it makes the server encode their forms. */
  private openStream(cookie: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = connect({ port: this.cast.port, host: '127.0.0.1' });
      this.streams.push(socket);
      socket.write(
        `GET /api/conferences/${this.cast.slug}/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\nCookie: ${cookie}\r\nLast-Event-ID: ${this.cast.lastEventId}\r\n\r\n`,
      );
      socket.once('data', (chunk: Buffer) =>
        chunk.toString('latin1').startsWith('HTTP/1.1 200') ? resolve() : reject(new Error(`journalist stream refused: ${chunk.toString().split('\r\n')[0]}`)),
      );
      socket.on('data', () => {});
      socket.on('error', reject);
    });
  }
}
