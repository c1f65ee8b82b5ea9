// A conference's slug: "YYYY-MM-DD-" plus the slugified title, cut at a word boundary.
// Titles with nothing to transliterate (Chinese-only) fall back to a short stable hash.
import slugify from '@sindresorhus/slugify';

const MAX_TITLE_PART = 60;

export function makeSlug(title: string, date: string | null): string {
  let words = slugify(title);
  if (words.length > MAX_TITLE_PART) {
    const cut = words.lastIndexOf('-', MAX_TITLE_PART);
    words = words.slice(0, cut > 0 ? cut : MAX_TITLE_PART).replace(/-+$/, '');
  }
  if (words === '') words = `conference-${shortHash(title)}`;
  return date ? `${date}-${words}` : words;
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
