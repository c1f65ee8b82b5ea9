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

describe('a transcript saved run together on one line, then again as printed', () => {
  const paragraphs = [
    'President Ana Reyes: Today’s guest on the Harbour Hour is the Minister for Ferries, who has spent three days with us on the quays.',
    'Minister Ilse Quill: Thank you, President. It is good to be back on the water.',
    ...Array.from({ length: 12 }, (_, i) => [
      `President: Minister, what will berth ${i + 1} cost, and who will pay for the dredging before the winter comes?`,
      `Minister: Berth ${i + 1} costs less than the last one, and the harbour board pays for the dredging, as it always has.`,
    ]).flat(),
  ];
  // The scraper ran the paragraphs together and glued a break note between two of them, which the printed copy lacks.
  const runTogether = `${paragraphs.slice(0, 10).join('')}Commercial Break -${paragraphs.slice(10).join('')}`;
  const text = `${runTogether}\n${paragraphs.join('\n')}`;

  it('keeps the copy printed as paragraphs, a few words’ difference between the copies notwithstanding', () => {
    assert.equal(withoutRepeatedCopy(text).trim(), paragraphs.join('\n'));
  });

  it('keeps both where the second part differs by more than a few words', () => {
    const longer = `${runTogether}\n${paragraphs.join('\n')}\n${paragraphs.slice(2, 8).join('\n')}`;
    assert.equal(withoutRepeatedCopy(longer), longer);
  });
});
