// Earnings calls as a scraper saves them: labels run into the words ("Nadia Ferrante:Thank you"),
// the host who opens the call speaking once, the first label lost, analysts left unidentified.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

const cast = (text: string) =>
  importTranscript(fixture(text)).record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.speaker?.role ?? null, t.outlet?.name ?? null]);

describe('a call whose first label was lost', () => {
  it('gives the unlabelled remarks to the speaker the first label thanks, and names the unidentified analyst from the hand-off', () => {
    assert.deepEqual(cast('glued-call-lost-label.txt'), [
      ['narration', null, null, null],
      ['statement', 'Oskar Lindahl', 'principal', null],
      ['statement', 'Nadia Ferrante', 'principal', null],
      ['moderation', 'Operator', 'moderator', null],
      ['question', 'Lionel Hart', 'journalist', 'Quillfeather'],
      ['answer', 'Nadia Ferrante', 'principal', null],
      ['question', 'Lionel Hart', 'journalist', 'Quillfeather'],
      ['answer', 'Oskar Lindahl', 'principal', null],
      ['question', 'Lionel Hart', 'journalist', 'Quillfeather'],
      ['moderation', 'Operator', 'moderator', null],
      ['question', 'Petra Vos', 'journalist', null],
      ['answer', 'Nadia Ferrante', 'principal', null],
      ['moderation', 'Operator', 'moderator', null],
      ['statement', 'Oskar Lindahl', 'principal', null],
    ]);
  });
});

describe('a call opened by investor relations, who speaks once', () => {
  it('reads the host’s run-in label though it does not recur, and makes the host a moderator, not a principal or a reporter', () => {
    assert.deepEqual(cast('glued-call-host.txt').slice(0, 6), [
      ['narration', null, null, null],
      ['moderation', 'Ruth Okafor', 'moderator', null],
      ['statement', 'Daniel Mertz', 'principal', null],
      ['statement', 'Lena Sauer', 'principal', null],
      ['moderation', 'Operator', 'moderator', null],
      ['question', 'Ivo Brandt', 'journalist', 'Harlow Securities'],
    ]);
  });
});

describe('the operator’s hand-off printed under the investor-relations head’s label', () => {
  const text = [
    'Operator: Good day, and welcome to the Larkspur Mills call.',
    'Ines Hale: Thank you. With me is our CFO, Tobias Renner. This quarter we also opened the new warehouse at the river plant and signed two long supply contracts with the northern mills, which we will say more about later.',
    'Tobias Renner: Thanks, Ines. Revenue rose 8 per cent in the quarter, and the margin held at 21 per cent on steady demand.',
    'Ines Hale: In the quarter we also deepened our work with the northern mills, which now take a third of our output, and we expect that share to grow next year as their new lines open in the spring.',
    'Operator: Your first question comes from Owen Tait with Harbour Securities.',
    'Owen Tait: Thanks. Will the margin hold into next year?',
    'Tobias Renner: We expect it to, yes, as the new line comes up to speed over the spring and summer months.',
    'Ines Hale: Your next question comes from Lena Brandt with Quay Capital.',
    'Lena Brandt: Hi, thanks for taking my question. I would like to ask about the fourth line at the river plant, what it will cost when it is finished next year, and how you mean to pay for it over the two years.',
    'Tobias Renner: About 40 million, spread over two years, and paid for from the cash the mills make now. We will not borrow for it. The first half goes on the building and the second on the machines, which we have ordered already, and we expect the line to run at full speed within six months of opening, which is faster than the third line did.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('names the asker and the firm whoever reads the line', () => {
    assert.deepEqual(
      record.turns.slice(-2).map((t) => [t.kind, t.speaker?.name ?? null, t.speaker?.role ?? null, t.outlet?.name ?? null]),
      [
        ['question', 'Lena Brandt', 'journalist', 'Quay Capital'],
        ['answer', 'Tobias Renner', 'principal', null],
      ],
    );
  });
});
