// Timing helpers shared by the engine processes.

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * JavaScript memory and resident memory after a full collection (run with --expose-gc). Typed
 * arrays keep their contents outside the heap, so they are added (`arrayBuffers`).
 */
export function memory(): { heapMB: number; rssMB: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { heapMB: Math.round((m.heapUsed + m.arrayBuffers) / 1e6), rssMB: Math.round(m.rss / 1e6) };
}
