// A process of viewers for bench/cluster/run.ts, so the viewers' own work does not delay the
// benchmark's clock and writer (and no process nears the 20,000 open files it may have). Each viewer
// is a raw socket read into one buffer shared by the process (net's `onread`: no Buffer allocated
// and no stream event per read), scanned for `id:` lines; it keeps the arrival time of each id,
// taken when the bytes are parsed. Driven over IPC: open, reconnect, status, report (protocol.ts).
import { connect, type Socket } from 'node:net';
import type { FromViewers, ToViewers } from './protocol.ts';

const now = () => performance.timeOrigin + performance.now();

/**
 * Every socket of the process reads into this buffer: a read's callback runs to its end before the
 * next read starts, so one is enough as long as nothing keeps a view of it (a cut event is copied).
 */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);

class RawViewer {
  socket!: Socket;
  last: number;
  /** Arrival time (ms since epoch) by id - base; 0 when not (yet) arrived. */
  readonly arrived: Float64Array;
  duplicates = 0;
  started = false;
  /** Closed for good (the run is over). */
  closed = false;
  /** The start of an event cut by the end of a read, copied out of the shared buffer. */
  private rest: Buffer | null = null;

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
    this.rest = null;
    const socket = connect({
      port: Number(this.url.port),
      host: this.url.hostname,
      onread: { buffer: READ_BUFFER, callback: (n: number, buffer: Uint8Array) => this.take(buffer as Buffer, n) },
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

  /**
   * Scans the bytes read for `id: N` at a line start, without making strings: this process's CPU is
   * the machine's too. presser ends every event with a blank line (`\n\n`) and writes no `\r`; an
   * event's data is one line of JSON, so `\nid: ` can only start an id field.
   */
  private take(buffer: Buffer, n: number): true {
    const at = now();
    const bytes = this.rest ? Buffer.concat([this.rest, buffer.subarray(0, n)]) : buffer.subarray(0, n);
    const cut = bytes.lastIndexOf(BLANK_LINE);
    // What follows the last complete event is kept, copied: the shared buffer is overwritten by the next read.
    this.rest = cut < 0 ? Buffer.from(bytes) : cut + 2 < bytes.length ? Buffer.from(bytes.subarray(cut + 2)) : null;
    if (!this.started && bytes.indexOf(OK) === 0) {
      this.started = true;
      this.onStarted();
    }
    for (let i = bytes.indexOf(ID); i >= 0 && i < cut; i = bytes.indexOf(ID, i + 4)) {
      if (i > 0 && bytes[i - 1] !== NEWLINE) continue;
      let id = 0;
      for (let j = i + 4; bytes[j]! >= 48 && bytes[j]! <= 57; j++) id = id * 10 + bytes[j]! - 48;
      const slot = id - this.base;
      if (slot < 0 || slot >= this.arrived.length) continue;
      if (this.arrived[slot] !== 0) this.duplicates++;
      else this.arrived[slot] = at;
      if (id > this.last) this.last = id;
    }
    // Keep reading (false would pause the socket).
    return true;
  }
}

const BLANK_LINE = Buffer.from('\n\n');
const ID = Buffer.from('id: ');
const OK = Buffer.from('HTTP/1.1 200');
const NEWLINE = 10;
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
