import { createHash } from 'node:crypto';
import type { ConferenceRecord } from '../domain/record.ts';

/**
 * A digest of what a record says (title, date, and each turn's kind, label and text) so the same
 * transcript imported twice is recognised whatever its file name, encoding or line endings.
 */
export function contentHash(record: ConferenceRecord): string {
  const hash = createHash('sha256');
  const c = record.conference;
  hash.update(JSON.stringify([c.title, c.date]));
  for (const t of record.turns) {
    const text = Object.keys(t.text)
      .sort()
      .map((lang) => [lang, (t.text[lang] ?? '').replace(/\s+/g, ' ').trim()]);
    hash.update(JSON.stringify([t.kind, t.label, text]));
  }
  return hash.digest('hex');
}
