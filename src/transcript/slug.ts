// A conference's slug: "YYYY-MM-DD-" plus the slugified title, cut at a word boundary.
// Titles with nothing to transliterate (Chinese-only) fall back to a short stable hash.
import slugify from '@sindresorhus/slugify';

const MAX_TITLE_PART = 60;

export function makeSlug(title: string, date: string | null): string {
  const plain = asPlainAscii(title);
  let words = plain !== null ? plainSlug(plain) : slugify(title);
  if (words.length > MAX_TITLE_PART) {
    const cut = words.lastIndexOf('-', MAX_TITLE_PART);
    words = words.slice(0, cut > 0 ? cut : MAX_TITLE_PART).replace(/-+$/, '');
  }
  if (words === '') words = `conference-${shortHash(title)}`;
  return date ? `${date}-${words}` : words;
}

// Printable ASCII but "&" (which slugify spells "and"), "^" and "`" (which it drops as
// diacritics): nothing in such a title needs transliterating, which is most of slugify's cost.
const PLAIN_ASCII = /^[\x20-\x25\x27-\x5d\x5f\x61-\x7e]*$/;

// Typographic punctuation that slugify reads as plain ASCII would be: every dash becomes "-" (its
// transliteration does that), the curly apostrophe is an apostrophe (its rule for "’s" and "’t"
// reads both), curly quotes and the no-break space are separators as '"' and " " are.
const TYPOGRAPHIC_CHAR = /^[\p{Pd}\u2018\u2019\u201c\u201d\u00a0]$/u;
const PLAIN_FORM: Record<string, string> = { '\u2018': '"', '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u00a0': ' ' };

/** The title in plain ASCII that slugify reads alike ("Lorn–Vostok Talks" → "Lorn-Vostok Talks"), or null. */
function asPlainAscii(title: string): string | null {
  if (PLAIN_ASCII.test(title)) return title;
  // What TYPOGRAPHIC_CHAR replaces is never printable ASCII but "-" (which stays "-"): only the other
  // characters are tested, one at a time, and one that stays makes the title not plain.
  let plain = '';
  let from = 0;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    const next = c >= 0xd800 && c <= 0xdbff ? title.charCodeAt(i + 1) : 0;
    const wide = next >= 0xdc00 && next <= 0xdfff;
    const char = wide ? title.slice(i, i + 2) : title[i]!;
    if (!TYPOGRAPHIC_CHAR.test(char)) return null;
    plain += title.slice(from, i) + (PLAIN_FORM[char] ?? '-');
    if (wide) i++;
    from = i + 1;
  }
  plain += title.slice(from);
  return PLAIN_ASCII.test(plain) ? plain : null;
}

/** What slugify gives for a plain ASCII title (slug.test.ts holds the two side by side). */
export function plainSlug(title: string): string {
  // One pass finds what the decamelizing steps need (a capital after a capital, a digit or a
  // lowercase letter): most titles have neither, and skip those patterns.
  let capitalPairs = false;
  let camel = false;
  for (let i = 1; i < title.length; i++) {
    const c = title.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) continue;
    const before = title.charCodeAt(i - 1);
    if (before >= 0x41 && before <= 0x5a) capitalPairs = true;
    else if ((before >= 0x61 && before <= 0x7a) || (before >= 0x30 && before <= 0x39)) camel = true;
  }
  let text = title;
  // slugify's decamelize: "FOO360" → "FOO 360", "fooBar" → "foo Bar", "APIUsage" → "API Usage".
  if (capitalPairs) text = text.replace(/([A-Z]{2})(\d+)/g, '$1 $2');
  if (camel) text = text.replace(/([a-z\d])([A-Z])/g, '$1 $2');
  if (capitalPairs) text = text.replace(/([A-Z])([A-Z](?!s(?![a-z]))[a-z\d]+)/g, '$1 $2');
  text = text.toLowerCase();
  // "Conway's" → "conways": the apostrophe of a final 's or 't goes.
  if (text.includes("'")) text = text.replace(/([a-z\d])'([ts])(?![a-z\d])/g, '$1$2');
  text = text.replace(/[^a-z\d]+/g, '-');
  // The hyphen at either end goes ("-" alone leaves nothing).
  if (text.charCodeAt(0) === 0x2d) text = text.slice(1);
  if (text.charCodeAt(text.length - 1) === 0x2d) text = text.slice(0, -1);
  return text;
}

/** FNV-1a, 32 bits, as 8 hex digits: stable across runs and platforms. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
