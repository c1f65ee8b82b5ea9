// GET /api/conferences/:slug/events: the live stream. Served on the raw Node response, not through
// the web framework, so an open stream costs only its socket and a small client record. It signs
// the caller in with the same code as every other route (sessionOfCookies in auth.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppContext } from '../app/context.ts';
import { sessionUser } from '../app/auth.ts';
import { AppError } from '../app/errors.ts';
import { streamAudience } from '../app/stream-audience.ts';
import { eventView } from '../domain/events.ts';
import { encodeEvent, encodeView, PREAMBLE } from '../live/encode.ts';
import type { StreamClient, StreamHub } from '../live/hub.ts';
import { sessionOfCookies } from './auth.ts';
import { StreamConferences } from './stream-conferences.ts';

export const EVENTS_PATH = /^\/api\/conferences\/([^/]+)\/events\/?$/;

/** A client this far behind is dropped; it reconnects and resumes from the durable log. */
export const MAX_BUFFERED_BYTES = 256 * 1024;
const REPLAY_PAGE = 1000;
/** The response head, written to the socket directly; no length, so the body runs until close. */
const STREAM_HEAD = Buffer.concat([
  Buffer.from(
    'HTTP/1.1 200 OK\r\ncontent-type: text/event-stream; charset=utf-8\r\ncache-control: no-cache, no-transform\r\nx-content-type-options: nosniff\r\nx-accel-buffering: no\r\nconnection: close\r\n\r\n',
  ),
  PREAMBLE,
]);

export interface SseOptions {
  maxBufferedBytes?: number;
}

/** The slug as sent, percent-decoded; a malformed escape (%, %ZZ, a cut UTF-8 sequence) is the caller's error. */
function decodeSlug(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new AppError('bad_request', 'the conference slug in the path is not valid percent-encoding', 'slug');
  }
}

function lastEventId(req: IncomingMessage, url: URL): number {
  const raw = req.headers['last-event-id'] ?? url.searchParams.get('lastEventId') ?? '0';
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  if (!Number.isSafeInteger(value) || value < 0) throw new AppError('validation_failed', 'Last-Event-ID must be a whole number', 'Last-Event-ID');
  return value;
}

export function createSseHandler(ctx: AppContext, hub: StreamHub, options: SseOptions) {
  const maxBuffered = options.maxBufferedBytes ?? MAX_BUFFERED_BYTES;
  const conferences = new StreamConferences((slug) => ctx.store.conferences.info(slug));
  return async function handle(req: IncomingMessage, res: ServerResponse, slug: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const asked = performance.now();
    // An anonymous viewer (no cookie) costs no query here; the conference is read once per node
    // for every stream asking at the same time.
    const { token, user } = await sessionOfCookies(ctx, req.headers.cookie);
    const name = decodeSlug(slug);
    let conference = await conferences.get(name);
    if (!conference) throw new AppError('not_found', `no conference with slug "${slug}"`);
    const audience = await streamAudience(ctx, user, conference);
    const requested = lastEventId(req, url);
    // Ahead of what this node knows: read the conference again (a read started after this request).
    if (requested > Math.max(conference.lastEventId, hub.head(conference.id))) conference = (await conferences.get(name, asked)) ?? conference;
    const head = Math.max(conference.lastEventId, hub.head(conference.id));
    // Beyond the log's head (a database restored from a backup, another cluster's id): the viewer's
    // state is not ours. Say so, then send the whole log, rather than wait in silence for an id
    // that may never come.
    const reset = requested > head;
    const after = reset ? 0 : requested;

    // The stream takes the socket over from Node's response: each event is then one socket.write of
    // the bytes shared by the whole audience, with no chunk framing, cork and uncork per viewer, and
    // the ServerResponse with its buffers can be collected. Without a length, the body ends when
    // the connection closes, which is how an event stream ends anyway.
    const socket = req.socket;
    res.detachSocket(socket);
    socket.setNoDelay(true);
    socket.write(STREAM_HEAD);
    if (reset) socket.write(encodeEvent(head, 'reset', { lastEventId: head }).replace(/^id: \d+\n/, ''));
    let open = true;
    const client: StreamClient = {
      audience,
      userId: user?.id ?? null,
      lastId: after,
      pending: [],
      lastWriteAt: 0,
      // A journalist's session is asked again every few seconds: a revocation whose bus message
      // was lost still ends the stream.
      ...(audience.kind === 'journalist' && token && user ? { stillAdmitted: async () => (await sessionUser(ctx, token))?.id === user.id } : {}),
      write(bytes) {
        if (!open) return;
        if (socket.writableLength > maxBuffered) return drop();
        socket.write(bytes);
      },
      close() {
        if (!open) return;
        open = false;
        detach();
        socket.end();
      },
    };
    // Too far behind: cut it off now; waiting for its buffer to drain would keep the memory.
    const drop = () => {
      open = false;
      detach();
      socket.destroy();
    };
    const detach = hub.attach(conference.id, client, head);
    socket.once('close', () => {
      open = false;
      detach();
    });

    // Replay what the client missed from the durable log, then go live without a gap or a repeat.
    // The status line is sent: a failure now can only end the stream, and the client resumes.
    // Recent events come from the hub's memory, which one read shared by the conference's replays
    // extends when needed; older ones from one read of the log shared by every stream asking for the
    // same page at once. A reconnect storm costs one query per node and conference.
    try {
      const recent = await hub.replay(conference.id, client.lastId);
      if (!open) return;
      if (recent) {
        const text = recent.map((e) => encodeView(e, eventView(e, audience))).join('');
        if (recent.length > 0) client.lastId = recent[recent.length - 1]!.id;
        if (text) client.write(Buffer.from(text));
        return hub.goLive(client);
      }
      for (;;) {
        const events = await hub.readLog(conference.id, client.lastId, REPLAY_PAGE);
        if (!open) return;
        const text = events.map((e) => encodeView(e, eventView(e, audience))).join('');
        if (events.length > 0) client.lastId = events[events.length - 1]!.id;
        if (text) client.write(Buffer.from(text));
        if (events.length < REPLAY_PAGE) break;
      }
      hub.goLive(client);
    } catch (error) {
      console.error('presser: event stream replay failed:', error);
      drop();
    }
  };
}
