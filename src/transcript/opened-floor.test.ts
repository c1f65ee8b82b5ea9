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

// A central bank's page copied as text: the byline names the president, then the vice-president; only the
// vice-president's one answer is labelled; the floor opens "at your disposal"; a reporter announces the question
// inside the paragraph, another asks by a request with no question mark, and an answer takes up the second
// question first; the site's foot and menu after the last answer.
const DISPOSAL = `Ines Duval, President of the Harbour Bank,Pavel Ostrom, Vice-President of the Harbour Bank,Portmouth, 12 April 2031

Ladies and gentlemen, the Vice-President and I welcome you to our press conference. We kept the harbour rate unchanged.

We are now at your disposal for questions.

Did you discuss raising the rate? What were the arguments?

We did not discuss raising the rate. The arguments were about the winter.

Still on the rate. I would like to refer to your statement last month that the winter posed no risk. My question is whether you still think so.

We still think so. Nothing has changed since last month.

I have a question about the ferry fees: the court ruled that the ferry companies must repay them. What does that mean for the bank?

I will leave that one to the Vice-President.

Pavel Ostrom: We do not comment on rulings of the court. We respect them.

Would it be possible to get some sense of what the bank would do if the winter were worse than expected.

For my second question, the ferry companies are asking for lower rates. What would you say to them?

Now, answering the second question first, we do not set rates for one industry. The rate is for the whole harbour.

The first question is about a bad winter. We have tools for that, and we would use them.

One more on the tools: would you buy harbour bonds?

We do not speculate on that.

DisclaimerPlease note that related tags are available for some content only.

Harbour Bank

Directorate General Communications

Reproduction is permitted provided that the source is acknowledged.

Find out more about related content

Calendars

Press conference
`;

describe('a central bank’s page: the floor opened at the reporters’ disposal, one answer labelled', () => {
  const { record } = importTranscript(DISPOSAL, { fileName: 'harbour-bank-press-conference.txt' });

  it('gives the unlabelled answers to the president the byline names first, the labelled one to the vice-president', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', 'Ines Duval'],
        ['question', null],
        ['answer', 'Ines Duval'],
        ['question', null],
        ['answer', 'Ines Duval'],
        ['question', null],
        ['answer', 'Ines Duval'],
        ['answer', 'Pavel Ostrom'],
        ['question', null],
        ['answer', 'Ines Duval'],
        ['question', null],
        ['answer', 'Ines Duval'],
      ],
    );
  });

  it('keeps the site’s disclaimer, foot and menu out of the last answer', () => {
    assert.equal(record.turns.at(-1)!.text.en, 'We do not speculate on that.');
  });
});

describe('the same page, the vice-president labelled by a surname with its particle ("De Ostrom:")', () => {
  const text = DISPOSAL.replace('Pavel Ostrom, Vice-President', 'Pavel de Ostrom, Vice-President').replace('Pavel Ostrom: We do not', 'De Ostrom: We do not');
  const { record } = importTranscript(text, { fileName: 'harbour-bank-press-conference.txt' });

  it('still gives the unlabelled answers to the president the byline names first, the labelled one to the vice-president', () => {
    const answers = record.turns.filter((t) => t.kind === 'answer').map((t) => t.speaker?.name ?? null);
    assert.deepEqual(answers, ['Ines Duval', 'Ines Duval', 'Ines Duval', 'Pavel de Ostrom', 'Ines Duval', 'Ines Duval']);
  });
});
