// The reporter's closing "Thank you, Mr. President." printed with no label under the last answer
// (our own words, in the Public Papers' shape).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const CONFERENCE = `THE PRESIDENT'S NEWS CONFERENCE OF MARCH 9, 2031

THE PRESIDENT. Good afternoon. I have one announcement: the harbour bill is law.

Q. Mr. President, when will the quay open?

THE PRESIDENT. In the spring.

Q. And the ferries?

THE PRESIDENT. They will run all winter.

I think that is all we can say today.

Thank you, Mr. President.
`;

describe('a closing thanks under the last answer, no label', () => {
  it('is the press’s last turn, not the principal’s words', () => {
    const { record } = importTranscript(CONFERENCE);
    const last = record.turns.at(-1)!;
    assert.deepEqual([last.kind, last.speaker, last.text.en], ['question', null, 'Thank you, Mr. President.']);
    assert.equal(record.turns.at(-2)!.text.en, 'They will run all winter.\n\nI think that is all we can say today.');
  });

  it('leaves a reporter’s own thanks in the reporter’s turn, and thanks inside an answer where it is', () => {
    const asked = importTranscript(`${CONFERENCE.replace('\nThank you, Mr. President.\n', '')}\nQ. One more: the fares?\n\nThank you, Mr. President.\n`);
    assert.equal(asked.record.turns.at(-1)!.text.en, 'One more: the fares?\n\nThank you, Mr. President.');
    const inside = importTranscript(CONFERENCE.replace('Thank you, Mr. President.', 'Thank you, Mr. President, for the time.'));
    assert.equal(inside.record.turns.at(-1)!.kind, 'answer');
  });
});
