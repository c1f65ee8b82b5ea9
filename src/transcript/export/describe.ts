import type { Conference } from '../../domain/record.ts';

/** The facts of a conference as short labelled lines, for text-like exports. */
export function describeConference(c: Conference): string[] {
  const facts: [string, string | null][] = [
    ['Date', [c.date, c.time, c.timeZone].filter(Boolean).join(' ') || null],
    ['Venue', c.venue],
    ['Occasion', c.occasion],
    ['Host', c.host],
    ['Topic', c.topic],
  ];
  return facts.filter(([, v]) => v).map(([k, v]) => `${k}: ${v}`);
}
