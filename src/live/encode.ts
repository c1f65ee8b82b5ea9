// Server-Sent Events framing. Event data is one line of JSON, so no field needs splitting.
import type { LiveEvent } from '../domain/events.ts';

export function encodeEvent(id: number, type: string, data: unknown): string {
  return `id: ${id}\nevent: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}

export function encodeView(event: LiveEvent, view: unknown): string {
  return view === undefined ? '' : encodeEvent(event.id, event.type, view);
}

export const HEARTBEAT = Buffer.from(': heartbeat\n\n');
/** Sent first: how long a client waits before reconnecting. */
export const PREAMBLE = Buffer.from('retry: 2000\n\n');
