// The front matter most transcripts carry is a few "key: value" lines and a list or two:
// read here in one pass, the way the YAML library reads it, so that a document (and each worker
// thread of a bulk import) need not load and run the library (~25 ms to load, ~35 µs a block).
// Anything outside this small subset returns null, and the YAML library reads it as before.

const KEY_LINE = /^([A-Za-z][A-Za-z0-9_-]*):(?: +(.*?))? *$/;
const ITEM_LINE = /^( *)- +(.*?) *$/;
// A plain scalar starting with a letter or digit (no indicator) is a string to the YAML core
// schema unless it is a number or a keyword; it ends at ": " or " #", and control characters
// (tabs too) are left to the library.
const PLAIN_START = /^[\p{L}\p{N}]/u;
const NOT_PLAIN = /[\x00-\x1f\x7f]|: |:$|\s#/;
const NUMBER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
// Plain words the core schema reads as null or a boolean.
const KEYWORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
// Quoted scalars on one line, with no control character but the tab (the library reads the rest).
const SINGLE_QUOTED = /^'((?:[^'\x00-\x08\x0a-\x1f\x7f]|'')*)'$/;
const DOUBLE_QUOTED = /^"((?:[^"\\\x00-\x08\x0a-\x1f\x7f]|\\["\\/_])*)"$/;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', _: '\u00a0' };

/** The mapping the lines hold, as the YAML library would give it, or null when they are not in the subset read here. */
export function simpleYamlMapping(lines: readonly string[]): Record<string, unknown> | null {
  if (lines.length === 0) return null;
  const data: Record<string, unknown> = {};
  for (let i = 0; i < lines.length; i++) {
    const m = KEY_LINE.exec(lines[i]!);
    if (!m) return null;
    const key = m[1]!;
    if (Object.hasOwn(data, key) || KEYWORDS.has(key)) return null;
    if (m[2] !== undefined && m[2] !== '') {
      const value = scalar(m[2]);
      if (value === null) return null;
      data[key] = value;
      continue;
    }
    // "key:" alone: a list of items on the lines below (all at one indent), or null.
    const items: string[] = [];
    let indent: string | null = null;
    for (let item = ITEM_LINE.exec(lines[i + 1] ?? ''); item; item = ITEM_LINE.exec(lines[i + 1] ?? '')) {
      if (indent !== null && item[1] !== indent) return null;
      indent = item[1]!;
      const value = scalar(item[2]!);
      if (value === null) return null;
      items.push(value);
      i++;
    }
    data[key] = indent === null ? null : items;
  }
  return data;
}

/** A one-line scalar the core schema reads as a string: its value, or null. */
function scalar(text: string): string | null {
  const first = text.charCodeAt(0);
  if (first === 0x22 /* " */) {
    const m = DOUBLE_QUOTED.exec(text);
    if (!m) return null;
    // Most quoted values have no escape: returned as matched.
    return m[1]!.includes('\\') ? m[1]!.replace(/\\(.)/g, (_, c: string) => ESCAPES[c]!) : m[1]!;
  }
  if (first === 0x27 /* ' */) {
    const m = SINGLE_QUOTED.exec(text);
    return m ? m[1]!.replaceAll("''", "'") : null;
  }
  return PLAIN_START.test(text) && !NOT_PLAIN.test(text) && !NUMBER.test(text) && !KEYWORDS.has(text) ? text : null;
}
