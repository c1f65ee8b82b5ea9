// A press conference kept with no labels: the statement opens the floor, then plain paragraphs of
// questions and answers, each one paragraph or several.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

const shape = (text: string) => importTranscript(text).record.turns.map((t) => [t.kind, t.speaker?.name ?? null]);

describe('questions and answers after the floor opens, no labels', () => {
  it('reads runs of asking and answering paragraphs as one question and one answer, the statement the principal’s', () => {
    const { record } = importTranscript(fixture('opened-floor-addressed.txt'));
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', 'Duval'],
        ...Array.from({ length: 3 }, () => [
          ['question', null],
          ['answer', 'Duval'],
        ]).flat(),
      ],
    );
    // The asker's two paragraphs are one question; the answer that takes them up in order ("The first question: …") is not.
    assert.match(
      record.turns[3]!.text.en!,
      /^I have one question on the ceiling\.[\s\S]*\n\nAnd a second question, on the rate: will the borrowers pay more\?$/,
    );
    assert.match(record.turns[4]!.text.en!, /^The first question: the request[\s\S]*\n\nOn the rate, nothing changes\./);
    // A rhetorical question closing an answer stays in it.
    assert.match(record.turns.at(-1)!.text.en!, /Why would we not say so\?$/);
    assert.deepEqual(record.people.find((p) => p.name === 'Duval')?.titles, ['President']);
  });

  it('gives the unlabelled answers to the label the document prints, and the official handed the floor answers too', () => {
    const { record } = importTranscript(fixture('opened-floor-unlabelled.txt'));
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', 'Governor'],
        ['question', null],
        ['answer', 'Governor'],
        ['question', null],
        ['answer', 'Governor'],
        ['question', null],
        ['answer', 'Governor'],
        ['answer', 'Deputy Governor'],
        ['answer', 'Governor'],
        ['question', null],
        ['answer', 'Governor'],
      ],
    );
    // "Deputy Governor" and "Governor" are two people, both answering.
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [
        ['Governor', 'principal'],
        ['Deputy Governor', 'principal'],
      ],
    );
    assert.ok(!record.turns.some((t) => t.text.en?.includes('* * *')));
    assert.match(record.turns[0]!.text.en!, /We are now ready to take your questions\.$/);
  });

  it('still refuses a speech that only offers to take questions', () => {
    const speech = [
      'Thank you all for coming tonight. The new library will open in March.',
      'It has taken four years, and many of you gave your evenings to it.',
      'We are grateful. The reading room will be named after the late Mrs Obi.',
      'I am happy to take your questions.',
      'Doors open at nine on the first Monday of March.',
    ].join('\n\n');
    assert.throws(() => importTranscript(speech), { code: 'no_turns' });
  });

  it('leaves a document with labels before the floor opens to its labels', () => {
    const labelled = [
      'GOVERNOR: We are ready to take your questions.',
      'Q: Will rates fall?',
      'GOVERNOR: Not yet.',
      'Q: When, then?',
      'GOVERNOR: When prices allow.',
    ].join('\n\n');
    assert.deepEqual(shape(labelled), [
      ['statement', 'Governor'],
      ['question', null],
      ['answer', 'Governor'],
      ['question', null],
      ['answer', 'Governor'],
    ]);
  });
});
