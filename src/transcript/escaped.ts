// A transcript saved as a program's string literal rather than as text: a scraper's Python bytes
// repr (b'<div>\n<p>MR. BADER:\xc2\xa0 Thank you…'), a JSON string's escapes written out as they
// are ("…\n\nQ: …"). Its escapes are undone (the \xNN bytes read as UTF-8) so the transcript is
// read as the page or text it was. Only a text whose line breaks are mostly escapes is one.

const MIN_ESCAPES = 10;
const ESCAPE = /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|([ntr'"\\/]))/g;
const SIMPLE: Record<string, number> = { n: 0x0a, t: 0x09, r: 0x0d, "'": 0x27, '"': 0x22, '\\': 0x5c, '/': 0x2f };
const ENCODER = new TextEncoder();
const DECODER = new TextDecoder('utf-8');
// "b'" opening a line, and the quote that closes the literal at the end of its line.
const BYTES_OPEN = /(^|\n)b(['"])(?=\S)/g;

/** The text with its literal escapes undone, or null when it is ordinary text. */
export function unescapedLiteral(text: string): string | null {
  const escapedBreaks = count(text, '\\n', MIN_ESCAPES);
  const escapedBytes = count(text, '\\x', MIN_ESCAPES);
  if (escapedBreaks + escapedBytes < MIN_ESCAPES) return null;
  // Real line breaks outnumbering escaped ones: a text that quotes some escapes, not a literal.
  if (count(text, '\n', Number.POSITIVE_INFINITY) > count(text, '\\n', Number.POSITIVE_INFINITY)) return null;
  const bytes: number[] = [];
  let from = 0;
  for (const m of text.matchAll(ESCAPE)) {
    pushText(bytes, text.slice(from, m.index));
    if (m[1]) bytes.push(Number.parseInt(m[1], 16));
    else if (m[2]) pushText(bytes, String.fromCharCode(Number.parseInt(m[2], 16)));
    else bytes.push(SIMPLE[m[3]!]!);
    from = m.index + m[0].length;
  }
  pushText(bytes, text.slice(from));
  return DECODER.decode(Uint8Array.from(bytes))
    .replace(BYTES_OPEN, '$1')
    .replace(/['"]\s*$/, '');
}

function pushText(bytes: number[], text: string): void {
  for (const b of ENCODER.encode(text)) bytes.push(b);
}

function count(text: string, what: string, enough: number): number {
  let n = 0;
  for (let at = text.indexOf(what); at >= 0 && n < enough; at = text.indexOf(what, at + what.length)) n++;
  return n;
}
