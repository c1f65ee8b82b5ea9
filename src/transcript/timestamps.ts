// Timed transcripts, as captioning services and video platforms print them:
//   "[00:01:02] Jane Roe: ...", "Jane Roe (01:02):", "Jane Roe: (01:02)".
// The time is taken off the line and kept on it as seconds, so turns get `startsAt`. Only a
// document with several such stamps is read this way: one clock time in prose is left alone.
import type { SourceLine } from './types.ts';

const CLOCK = String.raw`((?:\d{1,2}:)?\d{1,2}:\d{2})(?:[.,]\d{1,3})?`;
const LEADING_BRACKETED = new RegExp(String.raw`^\s*[\[(]${CLOCK}[\])]\s*`);
// Unbracketed only with seconds ("00:01:02 Jane Roe:"), so "1:32 P.M. EDT" stays a clock time.
const LEADING_BARE = /^\s*(\d{1,2}:\d{2}:\d{2})(?:[.,]\d{1,3})?\s+(?=\S)/;
const BEFORE_COLON = new RegExp(String.raw`^([^:\[\]()]{1,80}?)\s*[\[(]${CLOCK}[\])]\s*:`);
const AFTER_COLON = new RegExp(String.raw`^([^:\[\]()]{1,80}?):\s*[\[(]${CLOCK}[\])]`);
const MIN_STAMPED_LINES = 2;
const STAMP_REACH = 100;

export function takeTimestamps(lines: readonly SourceLine[]): readonly SourceLine[] {
  if (!hasStampedLines(lines, MIN_STAMPED_LINES)) return lines;
  return lines.map((line) => {
    const found = stampOf(line.text);
    return found ? { ...line, text: found.text, at: found.at } : line;
  });
}

/**
 * Whether at least `n` lines are stamped. Most documents have none: their lines are looked at
 * once and nothing is built for them (the few stamped lines of a timed one are read again).
 */
function hasStampedLines(lines: readonly SourceLine[], n: number): boolean {
  let stamped = 0;
  for (const line of lines) if (stampOf(line.text) && ++stamped >= n) return true;
  return false;
}

function stampOf(text: string): { text: string; at: number } | null {
  return hasClockNearStart(text) ? readStamp(text) : null;
}

/** A digit, a colon and a digit within the first hundred characters: most lines have none. */
function hasClockNearStart(text: string): boolean {
  for (let i = text.indexOf(':'); i > 0 && i < STAMP_REACH; i = text.indexOf(':', i + 1)) {
    if (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function readStamp(text: string): { text: string; at: number } | null {
  let m = LEADING_BRACKETED.exec(text) ?? LEADING_BARE.exec(text);
  if (m) return { text: text.slice(m[0].length), at: seconds(m[1]!) };
  m = BEFORE_COLON.exec(text) ?? AFTER_COLON.exec(text);
  if (m) return { text: `${m[1]!.trimEnd()}:${text.slice(m[0].length)}`, at: seconds(m[2]!) };
  return null;
}

/** "01:02" is a minute and two seconds; "1:00:05" an hour and five seconds. */
/** "1:02:03" → 3723: a clock's hours, minutes and seconds as seconds. */
export function seconds(clock: string): number {
  return clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}
