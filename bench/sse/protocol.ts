// Messages between the orchestrator (run.ts) and its children over Node's IPC channel. Every request
// carries an id; the child answers with the same id.

/** How clients reach a server's stream, and how the publisher reaches its write path. */
export interface ServerReady {
  type: 'ready';
  port: number;
  stream: { kind: 'sse' | 'engineio'; path: string; lastEventId?: number };
  publish: { path: string; headers: Record<string, string> };
}

export interface Probe {
  rss: number;
  heapUsed: number;
  /** User + system CPU of the whole process (all threads), µs. */
  cpuMicros: number;
  /** The system (kernel) part of it: on loopback, mostly sending TCP. */
  systemMicros: number;
  /** Open streams as the server counts them. */
  connections: number;
}

export type ServerRequest = { type: 'probe'; gc: boolean };

export type ClientRequest =
  | { type: 'connect'; kind: 'sse' | 'engineio'; port: number; path: string; lastEventId?: number; count: number }
  /** Forget everything received so far; from now on count only events numbered from firstK on. */
  | { type: 'window'; firstK: number }
  | { type: 'status' }
  | { type: 'report' };

export interface Connected {
  open: number;
  failed: number;
}

export interface ClientStatus {
  open: number;
  /** The fewest window events any of this process's clients has received. */
  minReceived: number;
}

export interface ClientReport extends ClientStatus {
  clients: number;
  /** CPU this client process used since the window started, µs. */
  cpuMicros: number;
  received: number;
  latency: [number, number][];
}

export type Request = ServerRequest | ClientRequest;
export type Envelope<T> = { id: number; body: T };
