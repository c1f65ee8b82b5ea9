// A reporter's question printed under the principal's label is found by what it says: nobody
// thanks their own office.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';
import { selfAddressedTurns } from './mislabels.ts';

describe('a reporter’s question under "THE PRESIDENT:"', () => {
  it('is a press turn when it thanks the office its label names and asks something', () => {
    const { record } = importTranscript(fixture('mislabelled-question.txt'));
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label, t.speaker?.role ?? null]),
      [
        ['statement', 'THE PRESIDENT', 'principal'],
        // "Ines Marlow." under the opening: the one called on.
        ['question', 'Q', 'journalist'],
        ['answer', 'THE PRESIDENT', 'principal'],
        ['question', 'THE PRESIDENT', null],
        ['answer', 'THE PRESIDENT', 'principal'],
        ['question', 'Q', null],
        ['answer', 'THE PRESIDENT', 'principal'],
      ],
    );
  });

  it('leaves a leader who thanks another office, and thanks with no question, alone', () => {
    const labels = ['PRESIDENT HALLORAN', 'THE PRIME MINISTER', 'THE PRESIDENT', 'THE PRESIDENT'];
    const texts = [
      'Thank you, Mr. President. Why now?',
      'Thank you, Mr. President. Shall we?',
      'Thank you, Madam Chair. Why now?',
      'Thank you, Mr. President.',
    ];
    assert.deepEqual(selfAddressedTurns(labels, texts), []);
    assert.deepEqual(selfAddressedTurns(['THE PRESIDENT'], ['Thanks very much, Mr. President. Will you veto it?']), [0]);
  });
});
