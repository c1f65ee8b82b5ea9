// A process of viewers for bench/cluster/run.ts, so the viewers' own work does not delay the
// benchmark's clock and writer (and no process nears the 20,000 open files it may have). Each viewer
// is a raw socket read into one buffer shared by the process (net's `onread`: no Buffer allocated
// and no stream event per read) and parsed a byte at a time as it arrives: an event's id counts as
// arrived, with the time taken when the read that completes the event is parsed.
// Driven over IPC: open, reconnect, status, report (protocol.ts).
import { connect, type Socket } from 'node:net';
import type { FromViewers, ToViewers } from './protocol.ts';
import { SseIdScanner } from './sse-ids.ts';

const now = () => performance.timeOrigin + performance.now();

/**
 * Every socket of the process reads into this buffer: a read's callback runs to its end before the
 * next read starts, and the parser keeps no view of it (its state is a few numbers), so one is enough.
 */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);

const OK = Buffer.from('HTTP/1.1 200');

class RawViewer {
  socket!: Socket;
  last: number;
  /** Arrival time (ms since epoch) by id - base; 0 when not (yet) arrived. */
  readonly arrived: Float64Array;
  duplicates = 0;
  started = false;
  /** Closed for good (the run is over). */
  closed = false;
  private readonly scanner = new SseIdScanner((id, at) => this.arrive(id, at));

  constructor(
    private readonly url: URL,
    private readonly slug: string,
    private readonly base: number,
    capacity: number,
    private readonly onStarted: () => void,
  ) {
    this.last = base;
    this.arrived = new Float64Array(capacity);
    this.open();
  }

  open(): void {
    this.started = false;
    this.scanner.reset();
    const socket = connect({
      port: Number(this.url.port),
      host: this.url.hostname,
      onread: { buffer: READ_BUFFER, callback: (n: number, buffer: Uint8Array) => this.take(buffer, n) },
    });
    this.socket = socket;
    socket.write(`GET /api/conferences/${this.slug}/events HTTP/1.1\r\nhost: x\r\naccept: text/event-stream\r\nlast-event-id: ${this.last}\r\n\r\n`);
    socket.on('error', () => {});
    // Refused or reset before the stream began (a node's backlog overrun in a storm): try again,
    // as a browser's EventSource would.
    socket.on('close', () => {
      if (!this.started && this.socket === socket && !this.closed) setTimeout(() => this.socket === socket && this.open(), 200);
    });
  }

  reconnect(): void {
    this.socket.destroy();
    this.open();
  }

  private take(bytes: Uint8Array, n: number): true {
    const at = now();
    if (!this.started && n >= OK.length && OK.compare(bytes, 0, OK.length) === 0) {
      this.started = true;
      this.onStarted();
    }
    this.scanner.scan(bytes, n, at);
    // Keep reading (false would pause the socket).
    return true;
  }

  private arrive(id: number, at: number): void {
    const slot = id - this.base;
    if (slot < 0 || slot >= this.arrived.length) return;
    if (this.arrived[slot] !== 0) this.duplicates++;
    else this.arrived[slot] = at;
    if (id > this.last) this.last = id;
  }
}

const viewers: RawViewer[] = [];
const send = (message: FromViewers) => process.send!(message);
let waitingFor = 0;
const started = () => {
  if (--waitingFor === 0) send({ kind: 'opened' });
};

process.on('message', async (message: ToViewers) => {
  if (message.kind === 'open') {
    waitingFor = message.count;
    const url = new URL(message.url);
    // In bursts, so the node's listen backlog is not overrun (a dropped SYN costs a second).
    for (let i = 0; i < message.count; i++) {
      viewers.push(new RawViewer(url, message.slug, message.from, message.capacity, started));
      if (i % 250 === 249) await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } else if (message.kind === 'reconnect') {
    waitingFor = viewers.length;
    for (const v of viewers) v.reconnect();
  } else if (message.kind === 'status') {
    send({ kind: 'status', behind: viewers.filter((v) => v.last < message.head).length });
  } else if (message.kind === 'report') {
    // Delays in whole milliseconds, counted: small to send back, exact enough for percentiles.
    const delays = new Map<number, number>();
    let missing = 0;
    for (const v of viewers) {
      for (const [id, sentAt] of message.sent) {
        const at = v.arrived[id - message.base] ?? 0;
        if (at === 0) missing++;
        else {
          const ms = Math.max(0, Math.round(at - sentAt));
          delays.set(ms, (delays.get(ms) ?? 0) + 1);
        }
      }
    }
    send({ kind: 'report', delays: [...delays], missing, duplicates: viewers.reduce((n, v) => n + v.duplicates, 0) });
  } else if (message.kind === 'close') {
    for (const v of viewers) {
      v.closed = true;
      v.socket.destroy();
    }
    process.exit(0);
  }
});
