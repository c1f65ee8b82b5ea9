// A central bank's press conference as scraped text: a first line naming the speakers with their
// posts, the place and the day; an unlabelled opening statement that greets the room; the bank's
// page foot after the last answer. Our own words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';
import { postedByline } from './posted-byline.ts';

describe('a first line of posted names, place and day', () => {
  it('reads the names, the place and the day, and takes no title or sentence for one', () => {
    assert.deepEqual(postedByline('Ana Reyes, Governor of the Harbour Bank,Tomas Berg, Deputy Governor of the Harbour Bank,Saint-Anselm, 4 October 2031'), {
      names: ['Ana Reyes', 'Tomas Berg'],
      place: 'Saint-Anselm',
      date: '2031-10-04',
    });
    assert.equal(postedByline('Harbour Bank Press Conference, 4 October 2031'), null);
    assert.equal(postedByline('Ana Reyes, Tomas Berg and Lea Quint met the press.'), null);
  });

  const text = [
    'Ana Reyes, Governor of the Harbour Bank,Tomas Berg, Deputy Governor of the Harbour Bank,Saint-Anselm, 4 October 2031',
    'Ladies and gentlemen, the Deputy Governor and I are very pleased to welcome you to our press conference. We kept rates unchanged in 2031.',
    'Question: Will rates fall next year?',
    'Reyes: We do not pre-commit.',
    'Question: And the housing market?',
    'Reyes: It is cooling.',
    'Harbour Bank',
    'Directorate General Communications',
    'Reproduction is permitted provided that the source is acknowledged.',
  ].join('\n\n');
  const { record } = importTranscript(text, { fileName: 'harbour-bank-press-conference.txt' });

  it('dates the conference, gives the greeting to the governor and keeps the page foot out of the last answer', () => {
    assert.equal(record.conference.date, '2031-10-04');
    assert.equal(record.conference.title, 'harbour bank press conference');
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', 'Ana Reyes'],
        ['question', null],
        ['answer', 'Ana Reyes'],
        ['question', null],
        ['answer', 'Ana Reyes'],
      ],
    );
    assert.equal(record.turns.at(-1)?.text.en, 'It is cooling.');
  });
});
