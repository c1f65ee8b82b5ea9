// The bench viewers' SSE parser (viewers.ts): finds each event's id in the bytes of a presser event
// stream as they are read, a byte at a time, without making strings or Buffers, since the viewers'
// CPU is taken from the machine the nodes run on. Its state is a few numbers, so the bytes may be
// cut anywhere between reads and the read buffer reused at once.
//
// What it relies on, as presser writes its streams: every line ends with `\n` (no `\r` past the
// response head), an event's data is one line of JSON, so a line that starts with `id: ` is an id
// field; an event ends with a blank line and counts as arrived then, with the time of that read.

const NEWLINE = 10;
/** `id: ` */
const ID_FIELD = [105, 100, 58, 32];

export class SseIdScanner {
  /** The previous byte ended a line (or nothing came yet); a second newline in a row ends an event. */
  private lineStart = true;
  /** How many bytes of `id: ` this line has begun with so far; -1 when it is not an id line. */
  private matched = -1;
  /** The digits of the id line being read; -1 when not inside one. */
  private digits = -1;
  /** The id of the event being read, once its id line is complete; -1 before. */
  private eventId = -1;

  /** `arrive` is called with each complete event's id and the time given with the read that completed it. */
  constructor(private readonly arrive: (id: number, at: number) => void) {}

  /** For a new connection. */
  reset(): void {
    this.lineStart = true;
    this.matched = -1;
    this.digits = -1;
    this.eventId = -1;
  }

  /** Scans the first `n` bytes of a read made at `at`. */
  scan(bytes: Uint8Array, n: number, at: number): void {
    let { lineStart, matched, digits, eventId } = this;
    for (let i = 0; i < n; i++) {
      const byte = bytes[i]!;
      if (byte === NEWLINE) {
        if (digits >= 0) eventId = digits;
        else if (lineStart && eventId >= 0) {
          this.arrive(eventId, at);
          eventId = -1;
        }
        lineStart = true;
        digits = -1;
        continue;
      }
      if (lineStart) {
        lineStart = false;
        matched = byte === ID_FIELD[0] ? 1 : -1;
      } else if (digits >= 0) {
        digits = byte >= 48 && byte <= 57 ? digits * 10 + byte - 48 : -1;
      } else if (matched > 0) {
        matched = byte === ID_FIELD[matched] ? matched + 1 : -1;
        if (matched === ID_FIELD.length) {
          matched = -1;
          digits = 0;
        }
      }
    }
    this.lineStart = lineStart;
    this.matched = matched;
    this.digits = digits;
    this.eventId = eventId;
  }
}
