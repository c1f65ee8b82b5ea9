// How busy the whole machine is, from /proc/stat: the bench shares 2 cores with whatever else runs,
// so each run reports how much CPU others took, and waits for a quiet moment before it starts.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** CPU time spent by all processes on all cores since boot, µs (/proc/stat counts in 1/100 s). */
export function machineBusyMicros(): number {
  const [, user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) * 10_000;
}

/** Waits until the machine used less than `cores` over a 3 s sample, or until maxSeconds pass. */
export async function waitForQuiet(cores: number, maxSeconds: number): Promise<number> {
  const deadline = Date.now() + maxSeconds * 1000;
  for (;;) {
    const start = machineBusyMicros();
    await sleep(3000);
    const busy = (machineBusyMicros() - start) / 3e6;
    if (busy < cores || Date.now() > deadline) return busy;
  }
}
