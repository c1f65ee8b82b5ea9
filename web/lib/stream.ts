// The live stream through the browser's own EventSource. It resumes by itself after a dropped
// connection (sending Last-Event-ID); when the server refused outright (the conference is not
// visible yet, or no longer) we try again later from the last event seen. Each event is handled
// once: ids are gapless per conference and never go back.

export type StreamState = 'connecting' | 'open' | 'reconnecting';

export interface StreamOptions {
  slug: string;
  /** The last event the page already reflects. */
  lastEventId: number;
  types: readonly string[];
  onEvent(type: string, data: unknown, id: number): void;
  onState?(state: StreamState): void;
}

export interface LiveStream {
  close(): void;
}

const MAX_RETRY_MS = 30_000;

export function openStream(options: StreamOptions): LiveStream {
  let last = options.lastEventId;
  let source: EventSource | null = null;
  let retryMs = 2000;
  let timer: number | undefined;
  let closed = false;

  const connect = () => {
    options.onState?.(source ? 'reconnecting' : 'connecting');
    const es = new EventSource(`/api/conferences/${encodeURIComponent(options.slug)}/events?lastEventId=${last}`);
    source = es;
    for (const type of options.types) {
      es.addEventListener(type, (event) => {
        const message = event as MessageEvent<string>;
        const id = Number(message.lastEventId);
        if (!(id > last)) return;
        last = id;
        options.onEvent(type, JSON.parse(message.data), id);
      });
    }
    // The server has no event as far as our last one (its database was restored): the page is not
    // what the server knows; load it again.
    es.addEventListener('reset', () => window.location.reload());
    es.onopen = () => {
      retryMs = 2000;
      options.onState?.('open');
    };
    es.onerror = () => {
      options.onState?.('reconnecting');
      if (es.readyState !== EventSource.CLOSED || closed) return;
      // The browser gave up (an error status): try again ourselves, a little later each time.
      timer = window.setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    };
  };
  connect();
  return {
    close() {
      closed = true;
      window.clearTimeout(timer);
      source?.close();
    },
  };
}
