// A stenographer's hearing transcript: every line numbered in the margin, double-spaced, a cover
// page of fields ("PRESIDING:"), page numbers at the top of each page.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

/** Lines numbered 1–25 a page, a blank line after each, a page number over each page after the first. */
function stenographed(lines: string[]): string {
  const pages: string[] = [];
  for (let p = 0; p * 25 < lines.length; p++) {
    const page = lines.slice(p * 25, p * 25 + 25).map((line, k) => `${String(k + 1).padStart(8)}      ${line}`.trimEnd());
    pages.push(`${p > 0 ? `${' '.repeat(60)}${p + 1}\n` : ''}${page.join('\n\n')}`);
  }
  return `${pages.join('\n\f\n')}\n`;
}

const COVER = ['BEFORE THE CANAL COMMITTEE', '', '      PUBLIC HEARING ON THE LOCK GATES', '', 'PRESIDING:', '   Councillor Nora Quell', ''];
const HEARING = [
  ...COVER,
  '       COUNCILLOR QUELL:  Our first witness is',
  "Ines Quarry, the trust's engineer.",
  '       INES QUARRY:  Thank you.  Good evening.',
  '       The gates were made in our own yard and',
  'tested twice before they went in.',
  '       COUNCILLOR QUELL:  Who paid for the',
  'testing?',
  '       INES QUARRY:  The trust did, from its',
  'reserve.',
  '       COUNCILLOR BERG:  And how often will they',
  'be inspected?',
  '       INES QUARRY:  Every month, and after every',
  'flood.',
  '       COUNCILLOR QUELL:  Thank you.',
  ...Array.from({ length: 12 }, () => ''),
  '       COUNCILLOR BERG:  One more: will the',
  'towpath stay open?',
  '       INES QUARRY:  It will.',
];

describe('a line-numbered, double-spaced hearing transcript', () => {
  const { record } = importTranscript(stenographed(HEARING));

  it('reads the speakers with the margin numbers and the double spacing gone', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => t.speaker?.name ?? null),
      ['Nora Quell', 'Ines Quarry', 'Nora Quell', 'Ines Quarry', 'Berg', 'Ines Quarry', 'Nora Quell', 'Berg', 'Ines Quarry'],
    );
    const first = record.turns.find((t) => t.speaker?.name === 'Ines Quarry')!;
    assert.equal(first.text.en, 'Thank you. Good evening.\n\nThe gates were made in our own yard and tested twice before they went in.');
    assert.equal(JSON.stringify(record.turns).match(/\b1[0-9]\b\s{2,}/), null);
  });

  it('keeps the cover’s fields out of the speakers', () => {
    assert.equal(
      record.people.some((p) => /presiding/i.test(p.name)),
      false,
    );
  });
});
