// Bytes to text. Transcripts arrive as UTF-8 (with or without BOM), UTF-16 with a BOM,
// or in a legacy code page (GB18030, windows-1252 ...). A guess is used only when the
// detector is confident and the decoded text looks like text; anything else is refused
// with a reason a person can act on.
import { chardetLibrary, iconvLibrary } from './lazy-libraries.ts';
import { TranscriptError } from './errors.ts';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as ("utf-8", "utf-16le", "GB18030" ...). */
  encoding: string;
}

/** File signatures of formats that are not text, with what to do about each. */
const SIGNATURES: { magic: number[]; what: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'a PDF file; extract the text layer first, e.g. with pdftotext' },
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (a .docx or .odt document?); save it as plain text first' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image; run OCR on it first' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image; run OCR on it first' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image; run OCR on it first' },
  { magic: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image; run OCR on it first' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'a legacy Office document; save it as plain text first' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document; save it as plain text first' },
  { magic: [0x1f, 0x8b], what: 'a gzip archive; decompress it first' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable, not a transcript' },
];

const MIN_CONFIDENCE = 50;
// Made once: a decoder without the stream option starts afresh on every decode() call.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const SAMPLE_BYTES = 256 * 1024;

export function decodeTranscript(input: Uint8Array | string): DecodedText {
  const decoded = typeof input === 'string' ? { text: input.replace(/^\uFEFF/, ''), encoding: 'utf-16' } : decodeBytes(input);
  // Strict UTF-8 has a NUL character only for a NUL byte, and the bytes are the shorter search.
  const hasNul = typeof input !== 'string' && decoded.encoding === 'utf-8' ? input.includes(0) : decoded.text.includes('\u0000');
  assertLooksLikeText(decoded.text, hasNul);
  if (!/\S/.test(decoded.text)) throw new TranscriptError('empty', 'the transcript contains only whitespace');
  return decoded;
}

function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new TranscriptError('empty', 'the file is empty');
  for (const { magic, what } of SIGNATURES) {
    if (startsWith(bytes, magic)) throw new TranscriptError('binary', `this is ${what}`);
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strictUtf8(bytes.subarray(3), 'the file has a UTF-8 byte order mark but is not valid UTF-8');
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (bytes.includes(0)) return decodeWithNulBytes(bytes);
  try {
    return { text: STRICT_UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return decodeLegacy(bytes);
  }
}

function strictUtf8(bytes: Uint8Array, failure: string): DecodedText {
  try {
    return { text: STRICT_UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    throw new TranscriptError('unknown_encoding', failure);
  }
}

/** NUL bytes mean binary, unless they sit in every other byte: UTF-16 without a BOM. */
function decodeWithNulBytes(bytes: Uint8Array): DecodedText {
  const sample = bytes.subarray(0, SAMPLE_BYTES & ~1);
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenNuls++;
      else oddNuls++;
    }
  }
  const pairs = sample.length / 2;
  if (oddNuls > pairs * 0.3 && evenNuls < pairs * 0.02) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (evenNuls > pairs * 0.3 && oddNuls < pairs * 0.02) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  throw new TranscriptError('binary', 'this is a binary file (it contains NUL bytes), not a text transcript');
}

function decodeLegacy(bytes: Uint8Array): DecodedText {
  const chardet = chardetLibrary();
  const iconv = iconvLibrary();
  const guesses = chardet.analyse(detectionSample(bytes));
  for (const guess of guesses) {
    if (guess.confidence < MIN_CONFIDENCE) break;
    const encoding = preferWindowsCodePage(guess.name, bytes);
    if (!iconv.encodingExists(encoding)) continue;
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
    if (isCleanText(text)) return { text, encoding };
  }
  const best = guesses[0];
  const hint = best ? ` (best guess ${best.name} at ${best.confidence}% confidence)` : '';
  throw new TranscriptError('unknown_encoding', `the text is not UTF-8 and its encoding could not be told with confidence${hint}; convert it to UTF-8 first`);
}

/**
 * What the detector reads: the opening, then the bytes around each non-ASCII one (the evidence that
 * tells one code page from another), up to DETECTION_BYTES. The detector's statistics cost about a
 * millisecond per kilobyte, so a long transcript is not read whole for a handful of curly quotes.
 */
function detectionSample(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= DETECTION_BYTES) return bytes;
  const parts: Uint8Array[] = [bytes.subarray(0, DETECTION_OPENING)];
  let size = DETECTION_OPENING;
  let from = DETECTION_OPENING;
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  for (let i = DETECTION_OPENING; i < end && size < DETECTION_BYTES; i++) {
    if (bytes[i]! < 0x80 || i < from) continue;
    // The run of non-ASCII bytes with a little context each side, cut at spaces so no character is split in a multi-byte encoding's context.
    let start = Math.max(from, i - DETECTION_CONTEXT);
    while (start > from && bytes[start - 1] !== 0x20 && bytes[start - 1] !== 0x0a) start--;
    let stop = Math.min(end, i + DETECTION_CONTEXT);
    while (stop < end && bytes[stop] !== 0x20 && bytes[stop] !== 0x0a) stop++;
    parts.push(bytes.subarray(start, stop));
    size += stop - start;
    from = stop;
  }
  const sample = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    sample.set(part, at);
    at += part.length;
  }
  return sample;
}

const DETECTION_BYTES = 8 * 1024;
const DETECTION_OPENING = 2 * 1024;
const DETECTION_CONTEXT = 48;

/** ISO-8859-1 with bytes in 0x80–0x9F is really windows-1252 (smart quotes, dashes). */
function preferWindowsCodePage(name: string, bytes: Uint8Array): string {
  if (name !== 'ISO-8859-1') return name;
  for (let i = 0; i < Math.min(bytes.length, SAMPLE_BYTES); i++) {
    const b = bytes[i]!;
    if (b >= 0x80 && b <= 0x9f) return 'windows-1252';
  }
  return name;
}

function isCleanText(text: string): boolean {
  return !text.includes('\uFFFD') && controlCharRatio(text) < 0.01;
}

function assertLooksLikeText(text: string, hasNul: boolean): void {
  if (controlCharRatio(text) >= 0.01 || hasNul) {
    throw new TranscriptError('binary', 'this looks like a binary file (many control characters), not a text transcript');
  }
}

const CONTROL_CHAR = /[\x00-\x08\x0e-\x1f]/;

/** Share of C0 control characters other than tab, line breaks and form feed, in a sample. */
function controlCharRatio(text: string): number {
  const n = Math.min(text.length, 4096);
  if (n === 0) return 0;
  // Text nearly never has one: a regex scan settles that far faster than a loop counts them.
  if (!CONTROL_CHAR.test(n < text.length ? text.slice(0, n) : text)) return 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b) controls++;
  }
  return controls / n;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}
