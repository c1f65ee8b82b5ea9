// Forks the bench's children (servers, client processes) with tsx and talks to them over IPC.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Envelope, Request } from './protocol.ts';

export class Child {
  private nextId = 1;
  private readonly waiting = new Map<number, (body: unknown) => void>();
  readonly exited: Promise<number | null>;

  private constructor(
    readonly proc: ChildProcess,
    readonly name: string,
  ) {
    proc.on('message', (m: { id?: number; body?: unknown }) => {
      if (m.id === undefined) return;
      this.waiting.get(m.id)?.(m.body);
      this.waiting.delete(m.id);
    });
    this.exited = new Promise((resolve) => proc.once('exit', (code) => resolve(code)));
    this.exited.then((code) => {
      if (this.waiting.size > 0) console.error(`${name} exited (code ${code}) with ${this.waiting.size} requests unanswered`);
    });
  }

  /** Starts a bench script (path relative to bench/sse) and waits for its first message. */
  static async start<Ready>(script: string, name: string, args: string[] = []): Promise<{ child: Child; ready: Ready }> {
    const path = fileURLToPath(new URL(script, import.meta.url));
    // --expose-gc lets the memory probe collect garbage first, so heaps compare like with like.
    const proc = fork(path, args, { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const ready = await new Promise<Ready>((resolve, reject) => {
      proc.once('message', (m) => resolve(m as Ready));
      proc.once('exit', (code) => reject(new Error(`${name} exited with code ${code} before it was ready`)));
    });
    return { child: new Child(proc, name), ready };
  }

  pid(): number {
    return this.proc.pid!;
  }

  request<T>(body: Request): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve) => {
      this.waiting.set(id, resolve as (body: unknown) => void);
      this.proc.send({ id, body } satisfies Envelope<Request>);
    });
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill('SIGTERM');
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(timer);
  }
}

/** In a child: answers the orchestrator's requests with handle(). */
export function serveRequests<T extends Request>(handle: (request: T) => unknown | Promise<unknown>): void {
  process.on('message', async (m: Envelope<T>) => {
    const body = await handle(m.body);
    process.send!({ id: m.id, body });
  });
  process.once('SIGTERM', () => process.exit(0));
  process.once('disconnect', () => process.exit(0));
}
