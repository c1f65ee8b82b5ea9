import { createHash } from 'node:crypto';
import type { ConferenceRecord } from '../domain/record.ts';

/**
 * A digest of what a record says (title, date, and each turn's kind, label and text) so the same
 * transcript imported twice is recognised whatever its file name, encoding or line endings.
 */
export function contentHash(record: ConferenceRecord): string {
  const c = record.conference;
  // The digest of the pieces one after the other is that of one update per piece, as stored
  // hashes were made; one update costs less than an update per turn.
  let pieces = JSON.stringify([c.title, c.date]);
  for (const t of record.turns) {
    const languages = Object.keys(t.text);
    if (languages.length > 1) languages.sort();
    const text = languages.map((lang) => [lang, singleSpaced(t.text[lang] ?? '')]);
    pieces += JSON.stringify([t.kind, t.label, text]);
  }
  return createHash('sha256').update(pieces).digest('hex');
}

// A space other than " ", or two in a row: only then does collapsing change the text.
const ODD_SPACING = /[^\S ]|\s\s/;

/**
 * text.replace(/\s+/g, ' ').trim(), a quarter of the cost for most texts: those whose only odd
 * spacing is the blank line between paragraphs.
 */
function singleSpaced(text: string): string {
  if (!ODD_SPACING.test(text)) return text.trim();
  const paragraphsJoined = text.replaceAll('\n\n', ' ');
  return ODD_SPACING.test(paragraphsJoined) ? text.replace(/\s+/g, ' ').trim() : paragraphsJoined.trim();
}
