// A transcript printed twice in one file (a feed item's summary and content, a data set's two
// copies): read once. Our own words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';
import { withoutRepeatedCopy } from './repeated-copy.ts';

const copy = [
  'President: Ana Reyes',
  '',
  'President Reyes. Good evening. The talks on the harbour treaty are behind us, and many things are still ahead of us.',
  '',
  ...Array.from({ length: 6 }, (_, i) => [
    `Q. Madam President, what happens to berth ${i + 1} under the treaty, and when will the first ships use it?`,
    '',
    `President Reyes. Berth ${i + 1} opens in the spring, and the first ships will use it the week after the inspectors sign it off.`,
    '',
  ]).flat(),
].join('\n');

describe('a transcript printed twice', () => {
  it('keeps one copy', () => {
    assert.equal(withoutRepeatedCopy(`${copy}\n${copy}\n`).trim(), copy.trim());
    assert.equal(importTranscript(`${copy}\n${copy}\n`).record.turns.filter((t) => t.kind === 'question').length, 6);
  });

  it('keeps a transcript whose lines only recur here and there', () => {
    const once = `${copy}\nQ. One more?\n\nPresident Reyes. ${copy.split('\n')[2]}\n`;
    assert.equal(withoutRepeatedCopy(once), once);
  });
});
