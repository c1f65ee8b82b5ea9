// Messages between bench/cluster/run.ts and its viewer processes (viewers.ts).
import { fork, type ChildProcess } from 'node:child_process';

export type ToViewers =
  /** Open `count` viewers of one conference on one node, from event id `from`; ids kept up to from + capacity. */
  | { kind: 'open'; url: string; slug: string; from: number; count: number; capacity: number }
  | { kind: 'reconnect' }
  | { kind: 'status'; head: number }
  /** Delays of these sends (id, ms since epoch); `base` is the `from` of open. */
  | { kind: 'report'; base: number; sent: [number, number][] }
  | { kind: 'close' };

export type FromViewers =
  | { kind: 'opened' }
  | { kind: 'status'; behind: number }
  | { kind: 'report'; delays: [number, number][]; missing: number; duplicates: number };

/** One viewer process, with a request/answer helper over IPC. */
export class ViewerProcess {
  readonly child: ChildProcess;
  private readonly waiting: ((m: FromViewers) => void)[] = [];

  /** `program`: the viewers' code, this checkout's unless another commit's is measured (--before). */
  constructor(
    readonly node: string,
    program: URL = new URL('./viewers.ts', import.meta.url),
  ) {
    this.child = fork(program, { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    this.child.on('message', (m: FromViewers) => this.waiting.shift()?.(m));
  }

  ask<K extends FromViewers['kind']>(message: ToViewers, _answer: K): Promise<Extract<FromViewers, { kind: K }>> {
    return new Promise((resolve) => {
      this.waiting.push((m) => resolve(m as Extract<FromViewers, { kind: K }>));
      this.child.send(message);
    });
  }

  close(): void {
    if (this.child.connected) this.child.send({ kind: 'close' } satisfies ToViewers);
  }
}
