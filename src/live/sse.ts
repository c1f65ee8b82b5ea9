// GET /api/conferences/:slug/events: the live stream. Served on the raw Node response, not through
// the web framework, so an open stream costs only its socket and a small client record.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseCookies } from 'hono/utils/cookie';
import { sessionUser } from '../app/auth.ts';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../app/errors.ts';
import { admits } from '../domain/accreditation.ts';
import { eventView, type Audience } from '../domain/events.ts';
import { isPublic } from '../domain/lifecycle.ts';
import { isStaff, type User } from '../domain/roles.ts';
import type { ConferenceInfo } from '../store/store.ts';
import { encodeView, PREAMBLE } from './encode.ts';
import type { StreamClient, StreamHub } from './hub.ts';

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
  sessionCookie: string;
  maxBufferedBytes?: number;
}

async function audienceFor(ctx: AppContext, user: User | null, conference: ConferenceInfo): Promise<Audience> {
  if (user && isStaff(user.role)) return { kind: 'staff' };
  if (user?.role === 'journalist') {
    const today = ctx.clock.now().toISOString().slice(0, 10);
    const accredited = (await ctx.store.accreditations.forUser(user.id)).some((a) => admits(a, conference, today));
    if (accredited || isPublic(conference.status)) return { kind: 'journalist', userId: user.id };
  }
  if (isPublic(conference.status)) return { kind: 'public' };
  throw new AppError('not_found', `no conference with slug "${conference.slug}"`);
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
  return async function handle(req: IncomingMessage, res: ServerResponse, slug: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const token = parseCookies(req.headers.cookie ?? '', options.sessionCookie)[options.sessionCookie];
    const user = token ? await sessionUser(ctx, token) : null;
    const conference = await ctx.store.conferences.info(decodeSlug(slug));
    if (!conference) throw new AppError('not_found', `no conference with slug "${slug}"`);
    const audience = await audienceFor(ctx, user, conference);
    const after = lastEventId(req, url);

    // The stream takes the socket over from Node's response: each event is then one socket.write of
    // the bytes shared by the whole audience, with no chunk framing, cork and uncork per viewer, and
    // the ServerResponse with its buffers can be collected. Without a length, the body ends when
    // the connection closes, which is how an event stream ends anyway.
    const socket = req.socket;
    res.detachSocket(socket);
    socket.setNoDelay(true);
    socket.write(STREAM_HEAD);
    let open = true;
    const client: StreamClient = {
      audience,
      userId: user?.id ?? null,
      lastId: after,
      pending: [],
      lastWriteAt: 0,
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
    const detach = hub.attach(conference.id, client);
    socket.once('close', () => {
      open = false;
      detach();
    });

    // Replay what the client missed from the durable log, then go live without a gap or a repeat.
    // The status line is sent: a failure now can only end the stream, and the client resumes.
    try {
      for (;;) {
        const events = await ctx.store.events.after(conference.id, client.lastId, REPLAY_PAGE);
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
