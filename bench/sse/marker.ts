// Each published piece of text carries its sequence number and publish time, so any client can
// measure latency from the bytes alone, whatever the server's framing. '<' and '>' survive JSON
// encoding unescaped and never occur in the filler text.
import { nowMs } from './clock.ts';

const FILLER = 'the harbour authority will review the dues for every carrier calling at the port this year'.split(' ');

export function markedPiece(k: number): string {
  const words = Array.from({ length: 8 }, (_, i) => FILLER[(k * 3 + i) % FILLER.length]).join(' ');
  return `<k=${k} t=${nowMs().toFixed(3)}> ${words}`;
}

const MARKER = /<k=(\d+) t=([\d.]+)>/g;

/**
 * Calls found(k, publishedAt) for each complete marker in text and returns the unfinished tail
 * (from a '<' with no '>' after it) to prepend to the next read.
 */
export function scanMarkers(text: string, found: (k: number, publishedAt: number) => void): string {
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) found(Number(m[1]), Number(m[2]));
  const open = text.lastIndexOf('<');
  return open >= 0 && text.indexOf('>', open) < 0 ? text.slice(open) : '';
}
