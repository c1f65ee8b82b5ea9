// The content hash identifies a transcript already stored (import skips it), so it must never
// change: the digest is compared with the one the first implementation made, one hash update per
// turn and every run of spaces collapsed, on records of our own with every kind of spacing.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import type { ConferenceRecord } from '../domain/record.ts';
import { importTranscript } from '../transcript/import.ts';
import { contentHash } from './content-hash.ts';

function firstContentHash(record: ConferenceRecord): string {
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

const TRANSCRIPT = `Harbour Board Briefing on the Ferry Timetable
3 July 2031, Port Anselm

Tilde Maren: Good morning.  Two things today:\tthe timetable and the drill.
The drill starts at nine.

Harbour Radio: Will the “late” ferry run?

Tilde Maren: It will — every evening, from Monday.

问：新的时刻表何时公布？

答：下周一公布。
`;

describe('contentHash', () => {
  const { record } = importTranscript(TRANSCRIPT);

  it('is the digest the first implementation made', () => {
    assert.equal(contentHash(record), firstContentHash(record));
  });

  it('collapses every kind of spacing as before: tabs, newlines, no-break and doubled spaces, spaces at the ends', () => {
    const spaced = structuredClone(record);
    const texts = [' lead', 'trail ', 'two  spaces', 'a\ttab', 'a\nnewline', 'no\u00a0break', 'ideographic\u3000space', 'plain words', ''];
    texts.push('one.\n\nTwo.', 'one. \n\nTwo.', 'one.\n\n\nTwo.', 'one.\n\n\n\nTwo.', '\n\none', 'one\n\n', 'one.\n\nTwo\tthree.');
    spaced.turns = texts.map((text, i) => ({ ...record.turns[0]!, seq: i + 1, text: { en: text, zh: `${text} 中文` } }));
    assert.equal(contentHash(spaced), firstContentHash(spaced));
  });

  it('tells different texts apart', () => {
    const changed = structuredClone(record);
    changed.turns[0]!.text.en = `${changed.turns[0]!.text.en}!`;
    assert.notEqual(contentHash(changed), contentHash(record));
  });
});
