// The cluster bench's viewers parse presser's event stream a byte at a time (bench/cluster/sse-ids.ts):
// every event's id must count once, when its blank line arrives, wherever the reads cut the bytes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SseIdScanner } from '../../bench/cluster/sse-ids.ts';
import { encodeEvent, HEARTBEAT, PREAMBLE } from '../../src/live/encode.ts';

const head = 'HTTP/1.1 200 OK\r\ncontent-type: text/event-stream; charset=utf-8\r\nx-accel-buffering: no\r\nconnection: close\r\n\r\n';
// A reset event has no id line; a data line may hold `id: ` anywhere but at its start.
const reset = encodeEvent(40, 'reset', { lastEventId: 40 }).replace(/^id: \d+\n/, '');
const stream = Buffer.concat([
  Buffer.from(head),
  PREAMBLE,
  Buffer.from(encodeEvent(1, 'turn.text', { seq: 1, lang: 'en', append: 'id: 7\nid: 8' })),
  HEARTBEAT,
  Buffer.from(reset),
  Buffer.from(encodeEvent(2, 'turn.opened', { seq: 2, label: 'id: 9' })),
  Buffer.from(encodeEvent(12345, 'turn.text', { seq: 2, lang: 'en', append: '会议 ' })),
]);
const ends = (id: number) => stream.indexOf(`id: ${id}\n`) + stream.subarray(stream.indexOf(`id: ${id}\n`)).indexOf('\n\n') + 2;

/** Feeds the stream in reads cut at `cuts`, through one reused buffer as the viewers do; the read's index is its time. */
function scan(cuts: number[]): [number, number][] {
  const seen: [number, number][] = [];
  const scanner = new SseIdScanner((id, at) => seen.push([id, at]));
  const buffer = Buffer.alloc(stream.length);
  const bounds = [0, ...cuts, stream.length];
  for (let r = 0; r + 1 < bounds.length; r++) {
    const n = stream.copy(buffer, 0, bounds[r], bounds[r + 1]);
    scanner.scan(buffer, n, r);
    buffer.fill(0x21);
  }
  return seen;
}

test('bench viewers: each id once, at the read that ends its event, however the reads cut the stream', () => {
  assert.deepEqual(
    scan([]).map(([id]) => id),
    [1, 2, 12345],
  );
  for (let cut = 1; cut < stream.length; cut++) {
    const seen = scan([cut]);
    assert.deepEqual(
      seen.map(([id]) => id),
      [1, 2, 12345],
      `cut at ${cut}`,
    );
    // Before the cut in the first read, after it in the second.
    for (const [id, at] of seen) assert.equal(at, ends(id) <= cut ? 0 : 1, `id ${id}, cut at ${cut}`);
  }
  const oneByteReads = Array.from({ length: stream.length - 1 }, (_, i) => i + 1);
  assert.deepEqual(scan(oneByteReads), [
    [1, ends(1) - 1],
    [2, ends(2) - 1],
    [12345, ends(12345) - 1],
  ]);
});

test('bench viewers: an event cut before its blank line has not arrived; a new connection starts clean', () => {
  const seen: number[] = [];
  const scanner = new SseIdScanner((id) => seen.push(id));
  const event = Buffer.from(encodeEvent(5, 'turn.text', { seq: 1 }));
  scanner.scan(event, event.length - 1, 0);
  assert.deepEqual(seen, []);
  // The connection drops there; the next one's bytes must not complete the old event.
  scanner.reset();
  const next = Buffer.from(`${head}\n${encodeEvent(6, 'turn.text', { seq: 1 })}`);
  scanner.scan(next, next.length, 1);
  assert.deepEqual(seen, [6]);
});
