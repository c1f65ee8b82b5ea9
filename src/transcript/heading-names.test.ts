// A speaker's name set as a Markdown heading over the words, the questions keeping their own marks,
// as a page rendered from a transcript prints it. Our own words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

describe('a speaker’s name as a recurring heading', () => {
  it('is the label of the words under it, beside the questions’ own marks', () => {
    const text = [
      'HARBOUR ROWING MEDIA CONFERENCE',
      'March 3, 2031',
      '',
      '### MARA QUIST',
      '',
      'We had a good week on the water, and the crew is ready for Saturday.',
      '',
      'Q. How is the new stroke settling in?',
      '',
      '### MARA QUIST',
      '',
      'He has taken to it well. He sets a steady rhythm.',
      '',
      'And the crew trusts him, which matters most.',
      '',
      'Q. What about the weather on Saturday?',
      '',
      '### MARA QUIST',
      '',
      'We row whatever comes. We have trained in worse.',
    ].join('\n');
    const { record } = importTranscript(Buffer.from(text));
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? t.label]),
      [
        ['statement', 'Mara Quist'],
        ['question', 'Q'],
        ['answer', 'Mara Quist'],
        ['question', 'Q'],
        ['answer', 'Mara Quist'],
      ],
    );
    assert.equal(
      record.turns.filter((t) => t.kind === 'answer')[0]!.text.en,
      'He has taken to it well. He sets a steady rhythm.\n\nAnd the crew trusts him, which matters most.',
    );
  });
});
