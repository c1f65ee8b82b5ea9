// Latencies in 0.1 ms buckets up to 60 s: exact enough for p50/p99, constant memory however many
// deliveries, and mergeable across client processes.
const BUCKETS_PER_MS = 10;
const MAX_MS = 60_000;

export class Histogram {
  readonly counts = new Uint32Array(MAX_MS * BUCKETS_PER_MS + 1);
  total = 0;

  record(ms: number): void {
    if (!Number.isFinite(ms)) return;
    const bucket = Math.min(this.counts.length - 1, Math.max(0, Math.round(ms * BUCKETS_PER_MS)));
    this.counts[bucket]!++;
    this.total++;
  }

  /** Non-empty buckets as [bucket, count] pairs: small enough to send over IPC. */
  toSparse(): [number, number][] {
    const pairs: [number, number][] = [];
    this.counts.forEach((n, i) => n > 0 && pairs.push([i, n]));
    return pairs;
  }

  addSparse(pairs: [number, number][]): void {
    for (const [i, n] of pairs) {
      this.counts[i]! += n;
      this.total += n;
    }
  }

  /** The latency in ms below which this fraction of deliveries fell; NaN when empty. */
  quantile(q: number): number {
    if (this.total === 0) return NaN;
    const rank = Math.ceil(q * this.total);
    let seen = 0;
    for (let i = 0; i < this.counts.length; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) return i / BUCKETS_PER_MS;
    }
    return MAX_MS;
  }
}
