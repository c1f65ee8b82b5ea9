// Slips a scrape or a wrapped page makes at a turn's edges: a speaker's label run into the first word
// with the colon lost ("HallidayTell me …"), and the closing time of a briefing wrapped so its zone
// stands on a line of its own. Our own words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const read = (text: string) => importTranscript(Buffer.from(text), { fileName: 'interview.txt' }).record;

describe('labels and endings run together', () => {
  it('reads a label the interview prints with its colon, run into the next word without it', () => {
    const text = [
      'Maya Halliday (Coastal Television): Minister, welcome to the programme.',
      'Minister Oduya: Thank you for having me.',
      'Halliday: The harbour talks have stalled again. Why?',
      'Minister Oduya: They have not stalled. They have paused for the season.',
      'HallidayWhat should the fishing towns expect this winter?',
      'Minister Oduya: A steady season, and the quotas we agreed last spring.',
      'Halliday: And the ferry fares?',
      'Minister Oduya: Held for the year.',
      'HallidayAnd after that?',
      'Minister Oduya: That is for the board, not for me.',
    ].join('\n');
    const record = read(text);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', 'Maya Halliday'],
        ['answer', 'Oduya'],
        ['question', 'Maya Halliday'],
        ['answer', 'Oduya'],
        ['question', 'Maya Halliday'],
        ['answer', 'Oduya'],
        ['question', 'Maya Halliday'],
        ['answer', 'Oduya'],
        ['question', 'Maya Halliday'],
        ['answer', 'Oduya'],
      ],
    );
    assert.equal(record.turns[4]!.text.en, 'What should the fishing towns expect this winter?');
  });

  it('leaves the closing time out of the last answer when its zone is wrapped onto a line of its own', () => {
    const text = [
      'Press Briefing by the Harbour Board',
      '',
      'MS. LANE: Good afternoon. The new quay opens on Monday.',
      '',
      'Q: Will the fares change?',
      '',
      'MS. LANE: Not this year. Thank you for joining us.',
      '',
      '                         END                 12:34 P.M.',
      'EST',
    ].join('\n');
    const last = read(text).turns.at(-1)!;
    assert.equal(last.text.en, 'Not this year. Thank you for joining us.');
  });
});
