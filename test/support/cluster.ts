// Several `presser serve` processes on one PostgreSQL database and one Redis, as in production,
// and viewers that follow a conference across them. The Redis here is the test's own instance on a
// free port: tests that kill its connections or stop it must not touch the shared one.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createParser } from 'eventsource-parser';
import { BIN } from './process.ts';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version']).status === 0;
}

/** A redis-server of the test's own, on a free port; stop() and start() again on the same port. */
export class OwnRedis {
  private child: ChildProcess | null = null;
  constructor(readonly port: number) {}

  static async start(): Promise<OwnRedis> {
    const redis = new OwnRedis(await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      if (this.cli('PING').trim() === 'PONG') return;
      await sleep(50);
    }
    throw new Error('redis-server did not start');
  }

  cli(...args: string[]): string {
    return spawnSync('redis-cli', ['-p', String(this.port), ...args], { encoding: 'utf8' }).stdout ?? '';
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

export interface Node {
  name: string;
  child: ChildProcess;
  url: string;
  log: () => string;
}

/** Starts one presser node (with `extra` flags and environment; no demo unless asked); resolves once it listens. */
export function startNode(
  name: string,
  db: string,
  redisUrl: string | null,
  prefix: string,
  extra: { args?: string[]; env?: Record<string, string>; demo?: boolean; nodeArgs?: string[]; bin?: string } = {},
): Promise<Node> {
  const args = [
    ...(extra.nodeArgs ?? []),
    extra.bin ?? BIN,
    'serve',
    '--port',
    '0',
    '--host',
    '127.0.0.1',
    '--db',
    db,
    ...(extra.demo ? [] : ['--no-demo']),
    ...(redisUrl ? ['--redis', redisUrl] : []),
    ...(extra.args ?? []),
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PRESSER_REDIS_PREFIX: prefix, ...extra.env } });
  let log = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(log);
      if (match) resolve({ name, child, url: match[1]!, log: () => log });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => reject(new Error(`node ${name} exited (${code ?? signal}): ${log}`)));
  });
}

export async function stopNode(node: Node): Promise<void> {
  if (node.child.exitCode !== null || node.child.signalCode !== null) return;
  node.child.kill('SIGTERM');
  await new Promise((resolve) => node.child.once('exit', resolve));
}

/**
 * A viewer of one conference as a browser's EventSource is: it resumes with Last-Event-ID after the
 * stream ends, here on the next node of its list (as a load balancer would send it elsewhere).
 */
export class Viewer {
  readonly ids: number[] = [];
  readonly types: string[] = [];
  /** When each event arrived (ms since epoch), by id. */
  readonly arrivedAt = new Map<number, number>();
  resets = 0;
  reconnects = 0;
  private stopped = false;
  private controller: AbortController | null = null;
  private node = 0;
  readonly done: Promise<void>;

  constructor(
    private readonly urls: string[],
    private readonly slug: string,
    private lastId = 0,
    private readonly cookie: string | null = null,
    /** Stop instead of resuming when the stream ends (a revoked journalist). */
    private readonly once = false,
  ) {
    this.done = this.run();
  }

  get last(): number {
    return this.lastId;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      const url = this.urls[this.node % this.urls.length]!;
      this.controller = new AbortController();
      try {
        const res = await fetch(`${url}/api/conferences/${this.slug}/events`, {
          signal: this.controller.signal,
          headers: {
            accept: 'text/event-stream',
            ...(this.cookie ? { cookie: this.cookie } : {}),
            ...(this.lastId > 0 ? { 'last-event-id': String(this.lastId) } : {}),
          },
        });
        if (res.status === 200 && res.body) {
          const parser = createParser({
            onEvent: (m) => {
              if (m.event === 'reset') {
                this.resets++;
                this.lastId = 0;
                return;
              }
              const id = Number(m.id);
              this.ids.push(id);
              this.types.push(m.event ?? 'message');
              this.arrivedAt.set(id, Date.now());
              this.lastId = Math.max(this.lastId, id);
            },
          });
          const decoder = new TextDecoder();
          const reader = res.body.getReader();
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            parser.feed(decoder.decode(value, { stream: true }));
          }
        }
      } catch {
        // Aborted by stop(), or the node went away: either way, this stream has ended.
      }
      if (this.stopped || this.once) return;
      this.reconnects++;
      this.node++;
      await sleep(200);
    }
  }

  /** Resolves once the viewer has seen id `n`; rejects after the timeout. */
  async reach(n: number, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.lastId < n) {
      if (Date.now() > deadline) throw new Error(`viewer stuck at ${this.lastId}, wanted ${n}; ids ${this.ids.join(',')}`);
      await sleep(25);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.controller?.abort();
    await this.done;
  }
}

/** The installed PostgreSQL's programs (initdb, pg_ctl), or null. */
export function postgresBin(): string | null {
  const found = spawnSync('sh', ['-c', 'ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1'], { encoding: 'utf8' }).stdout.trim();
  return found && spawnSync(`${found}/initdb`, ['--version']).status === 0 ? found : null;
}

/**
 * A PostgreSQL server of the test's own (initdb in a temporary folder, a free port), to restart at
 * will without touching the shared one. PostgreSQL refuses to run as root: then it runs as postgres.
 */
export class OwnPostgres {
  private constructor(
    private readonly bin: string,
    readonly dir: string,
    readonly port: number,
    private readonly extra: string[],
  ) {}

  /** `extra`: more server settings, as -c name=value pairs. */
  static async start(bin: string, dir: string, extra: string[] = []): Promise<OwnPostgres> {
    const pg = new OwnPostgres(bin, dir, await freePort(), extra);
    if (process.getuid?.() === 0) spawnSync('chown', ['postgres', dir]);
    pg.run('initdb', ['-D', `${dir}/data`, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale', 'C.UTF-8']);
    pg.ctl('start');
    return pg;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  ctl(action: 'start' | 'restart' | 'stop'): void {
    const options = [`-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c shared_buffers=16MB -c max_connections=40`, ...this.extra].join(' ');
    this.run('pg_ctl', ['-D', `${this.dir}/data`, '-l', `${this.dir}/log`, '-w', '-m', 'fast', '-o', options, action]);
  }

  private run(program: string, args: string[]): void {
    const asRoot = process.getuid?.() === 0;
    const command = asRoot ? 'runuser' : `${this.bin}/${program}`;
    const full = asRoot ? ['-u', 'postgres', '--', `${this.bin}/${program}`, ...args] : args;
    const result = spawnSync(command, full, { encoding: 'utf8', cwd: this.dir });
    if (result.status !== 0) throw new Error(`${program} ${args.join(' ')} failed: ${result.stderr}${result.stdout}`);
  }
}
