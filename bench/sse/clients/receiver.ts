// What one client process keeps about its connections: events counted per connection and one
// latency histogram. Only events of the measuring window (k >= firstK) count.
import { Histogram } from '../histogram.ts';
import { scanMarkers } from '../marker.ts';
import type { ClientReport, ClientStatus } from '../protocol.ts';

function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

export class Receiver {
  private firstK = Number.POSITIVE_INFINITY;
  private received: number[] = [];
  private latency = new Histogram();
  private cpuAtStart = 0;
  open = 0;

  /** A new connection's index. */
  add(): number {
    this.received.push(0);
    return this.received.length - 1;
  }

  startWindow(firstK: number): void {
    this.firstK = firstK;
    this.received.fill(0);
    this.latency = new Histogram();
    this.cpuAtStart = cpuMicros();
  }

  /** Counts the markers in text, all received at `at`; returns the unfinished tail. */
  scan(connection: number, text: string, at: number): string {
    return scanMarkers(text, (k, publishedAt) => {
      if (k < this.firstK) return;
      this.received[connection]!++;
      this.latency.record(at - publishedAt);
    });
  }

  status(): ClientStatus {
    let min = Number.POSITIVE_INFINITY;
    for (const n of this.received) min = Math.min(min, n);
    return { open: this.open, minReceived: this.received.length > 0 ? min : 0 };
  }

  report(): ClientReport {
    return {
      ...this.status(),
      clients: this.received.length,
      cpuMicros: cpuMicros() - this.cpuAtStart,
      received: this.received.reduce((a, b) => a + b, 0),
      latency: this.latency.toSparse(),
    };
  }
}
