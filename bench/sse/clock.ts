// One clock for every process of a run: CLOCK_MONOTONIC is system-wide, so a publish time taken in
// one process can be subtracted from a receive time taken in another.
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
