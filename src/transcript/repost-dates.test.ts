// A reposted transcript is stamped with the day it was posted; the event's day is the one its
// title or the lead's opening names: printed in full, without the year, or in bold runs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const repost = (title: string, lead: string) =>
  [
    `## ${title}`,
    '`2026-07-12 12:58 碼頭譯組` [轉載自港務新聞](https://example.org/1)',
    lead,
    '記者：船閘何時開放？',
    '艾維：下週一。',
    '記者：費用呢？',
    '艾維：不變。',
  ].join('\n\n');

describe('the event’s day in a reposted transcript', () => {
  it('takes a full date in the title over the stamp the page was posted with', () => {
    assert.equal(importTranscript(repost('艾維在2026年7月9日記者會上的講話', '以下為記者會實錄。')).record.conference.date, '2026-07-09');
  });

  it('takes the title’s day without a year, in the stamp’s year', () => {
    assert.equal(importTranscript(repost('艾維在7月8日記者會上的講話', '以下為記者會實錄。')).record.conference.date, '2026-07-08');
  });

  it('takes a full date opening the lead, its digits in bold runs, a few days before the stamp', () => {
    assert.equal(importTranscript(repost('艾維談船閘', '**2026****年****7****月****10****日，艾維接受採訪。**')).record.conference.date, '2026-07-10');
  });

  it('keeps the stamp when nothing names another day', () => {
    assert.equal(importTranscript(repost('艾維談船閘', '以下為採訪實錄。')).record.conference.date, '2026-07-12');
  });
});
