// An OCR'd typescript of a press conference: a list of the correspondents present over the
// questions, "Q." and "A." marks with a few misread by the scanner ("Q,", "Ao"). Our own words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const text = [
  'PRESS CONFERENCE WITH THE PRIME MINISTER, HARBOUR HOUSE',
  '',
  'Correspondents present: Mr. Tomas Berg, Harbour Gazette',
  'Mr. Omar Vasquez, Coastal Times',
  'Mrs. Lena Okafor, Tidewater Radio.',
  '',
  'Q, Did the ferry come up in your talks?',
  '',
  'A. It did, at some length.',
  '',
  'Q. Will it run on Sundays?',
  '',
  'Ao Not this year.',
  '',
  'Qo Sir, and the night service?',
  '',
  'A. That is for the council.',
  '',
  'Q. Is the pier safe?',
  '',
  'A. Quite safe.',
  '',
  'Q. Thank you, Prime Minister.',
].join('\n');

describe('an OCR’d typescript with misread marks and a list of those present', () => {
  const { record } = importTranscript(text);

  it('reads every mark, and keeps the list out of anyone’s words', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => t.kind),
      ['question', 'answer', 'question', 'answer', 'question', 'answer', 'question', 'answer', 'question'],
    );
    assert.equal(record.turns[0]!.kind, 'narration');
  });
});
