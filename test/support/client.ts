// A caller of the real HTTP API that keeps its own session cookie, like one browser.
import { createParser, type EventSourceMessage } from 'eventsource-parser';

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export class ApiClient {
  cookie: string | null = null;

  constructor(readonly base: string) {}

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
    const res = await fetch(this.base + path, {
      method,
      redirect: 'manual',
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0]!;
      this.cookie = /=$/.test(pair) || /max-age=0|expires=thu, 01 jan 1970/i.test(setCookie) ? null : pair;
    }
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  patch<T = any>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }

  async signIn(email: string, password: string): Promise<void> {
    const answer = await this.post('/api/session', { email, password });
    if (answer.status !== 200) throw new Error(`sign-in of ${email} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  }

  /** Opens the live stream as this client. */
  stream(slug: string, lastEventId?: number): LiveStream {
    return new LiveStream(`${this.base}/api/conferences/${slug}/events`, this.cookie, lastEventId);
  }
}

export interface StreamEvent {
  id: number;
  event: string;
  data: any;
}

/** A real SSE connection; events are parsed with eventsource-parser as they arrive. */
export class LiveStream {
  readonly events: StreamEvent[] = [];
  status = 0;
  ended = false;
  error: Error | null = null;
  private readonly controller = new AbortController();
  private waiters: (() => void)[] = [];
  readonly opened: Promise<void>;
  readonly done: Promise<void>;

  constructor(url: string, cookie: string | null, lastEventId?: number) {
    let markOpen!: () => void;
    this.opened = new Promise((resolve) => (markOpen = resolve));
    this.done = (async () => {
      try {
        const res = await fetch(url, {
          signal: this.controller.signal,
          headers: {
            accept: 'text/event-stream',
            ...(cookie ? { cookie } : {}),
            ...(lastEventId !== undefined ? { 'last-event-id': String(lastEventId) } : {}),
          },
        });
        this.status = res.status;
        markOpen();
        if (!res.body || res.status !== 200) return;
        const parser = createParser({ onEvent: (m: EventSourceMessage) => this.push(m) });
        const decoder = new TextDecoder();
        const reader = res.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          parser.feed(decoder.decode(value, { stream: true }));
        }
      } catch (error) {
        // Closed by us, or cut by the server (dropped, revoked, killed): the stream has ended either way.
        if ((error as Error).name !== 'AbortError') this.error = error as Error;
      } finally {
        markOpen();
        this.ended = true;
        this.notify();
      }
    })();
  }

  private push(m: EventSourceMessage): void {
    this.events.push({ id: Number(m.id), event: m.event ?? 'message', data: JSON.parse(m.data) });
    this.notify();
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves once the condition holds over the events received; rejects after a timeout. */
  async until(condition: (events: StreamEvent[]) => boolean, timeoutMs = 5000): Promise<StreamEvent[]> {
    const deadline = Date.now() + timeoutMs;
    while (!condition(this.events)) {
      if (this.ended) throw new Error(`stream ended before the condition held; got ${this.events.map((e) => `${e.id}:${e.event}`).join(' ')}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out; got ${this.events.map((e) => `${e.id}:${e.event}`).join(' ')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.events;
  }

  close(): void {
    this.controller.abort();
  }
}
