// Earnings calls as a scraper saves them: labels run into the words ("Nadia Ferrante:Thank you"),
// the host who opens the call speaking once, the first label lost, analysts left unidentified.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { listedAsHost } from './hosts.ts';
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

describe('an officer who presents at length before the first question', () => {
  const text = [
    'Ines Hale: Good afternoon, and welcome to the Larkspur Mills call. Our CFO, Tobias Renner, will begin.',
    'Mara Quist: Thank you, Ines. It was a steady quarter for Larkspur Mills. Demand from the northern mills held up through the spring, and our share of their orders grew again. The river plant ran at full capacity for the first time since it opened, and the crews there deserve our thanks. We finished the building for the fourth line in June, the machines are on their way, and hiring is nearly done. Energy prices fell, which helped the margin, and we locked in most of next year’s power at those prices. We also signed two long supply contracts with the northern mills, which take us to the end of the decade. The town has been a good partner, and most of the new crews come from it. We will keep investing in the mills, keep the balance sheet strong, and keep paying a rising dividend. Our customers want more paper from fewer mills, and that is what the fourth line is for. Safety stayed our first concern: the quarter passed without a lost-time accident at any of our sites. We also opened the new warehouse by the quay, which cuts a day from every shipment to the northern mills. Let me now hand over to Tobias for the numbers, and then we will take your questions.',
    'Tobias Renner: Thank you, Ines. Revenue rose 8 per cent in the quarter to 412 million, led by the river plant, which ran at full capacity for the first time since it opened. Gross margin held at 21 per cent, as lower energy prices offset higher wages, and operating expenses grew more slowly than sales. Net income was 61 million, and earnings per share were 1.12. We generated 90 million of free cash flow and ended the quarter with 300 million of cash. Capital spending was 35 million, most of it on the fourth line, which remains on schedule and on budget. For the third quarter we expect revenue between 420 and 440 million and a margin of about 21 per cent. Inventories fell by 12 million as the warehouse by the quay shortened our shipping times, and receivables were steady at 41 days. Our debt is unchanged at 150 million, all of it at fixed rates until 2034. We also raised the quarterly dividend by two cents. With that, I will turn it back to Ines for the questions.',
    'Ines Hale: Thank you, Tobias. Operator, the first question, please.',
    'Operator: Your first question comes from Owen Tait with Harbour Securities.',
    'Owen Tait: Thanks. Will the margin hold into next year?',
    'Mara Quist: It should. The new line is more efficient than the old ones.',
    'Owen Tait: And the dividend?',
    'Tobias Renner: Why would we cut it? The cash is there. We raised it this quarter, and we mean to keep raising it.',
    'Mara Quist: And let me add that the board looks at the dividend every quarter, with the plan for the fourth line and the cash the mills make in front of it, and it has raised the dividend in each of the last nine years. We see no reason for that to change, and every reason to keep the mills running as they do now.',
    'Operator: Your next question comes from Lena Brandt with Quay Capital.',
    'Lena Brandt: When will the fourth line start?',
    'Tobias Renner: What did we promise? The autumn. We still expect the autumn.',
    'Mara Quist: The building is finished and the machines arrive in August, so the autumn it is, and we will tell you the day when we know it. The crews are hired and trained already, most of them from the town, and the first orders for the new line are in.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('is the company’s, though an answer of theirs asks back', () => {
    assert.equal(record.people.find((p) => p.name === 'Tobias Renner')?.role, 'principal');
    assert.deepEqual(
      record.turns.filter((t) => t.speaker?.name === 'Tobias Renner').map((t) => t.kind),
      ['statement', 'answer', 'answer'],
    );
  });
});

describe('a call transcript in a site’s older layout: "Name--Post" alone over the words', () => {
  const text = [
    'Harbour Mills (HMX) Q3 2031 Earnings Call',
    'Prepared Remarks:',
    'Operator',
    'Good day, and welcome to the Harbour Mills third-quarter call. I would now like to turn the call over to Ana Lima.',
    'Ana Lima--Investor Relations',
    'Thank you. Joining me today are Tomas Weller, our CEO, and Ines Marlow, our Chief Operating Officer and Chief Financial Officer.',
    'Tomas Weller--President and Chief Executive Officer',
    'Thanks, Ana. It was a steady quarter, and the river plant is running at full speed.',
    'Questions & Answers:',
    'Operator',
    'Our first question comes from Jo Brandt of Quayside Capital.',
    'Jo Brandt--Analyst',
    'Thanks. Ines, how should we think about margins next year?',
    'Ines Marlow--Chief Operating Officer and Chief Financial Officer',
    'About where they are now, perhaps a point higher once the new line runs.',
    'Jo Brandt--Analyst',
    'Thank you.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads each as the speaker’s label, an officer’s post making them the company’s, an analyst given no outlet called "Analyst"', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.speaker?.name ?? t.label, t.speaker?.role ?? null]),
      [
        ['Operator', 'moderator'],
        ['Ana Lima', 'moderator'],
        ['Tomas Weller', 'principal'],
        ['Operator', 'moderator'],
        ['Jo Brandt', 'journalist'],
        ['Ines Marlow', 'principal'],
        ['Jo Brandt', 'journalist'],
      ],
    );
    assert.ok(!record.turns.some((t) => t.outlet?.name === 'Analyst'));
  });
});

describe('a call whose participants list prints the post first: "Chief Financial Officer — Name"', () => {
  const text = [
    'Harbour Mills (HMX) Q2 2031 Earnings Call',
    'Call participants',
    'Chief Executive Officer — Tomas Weller\n\nChief Financial Officer — Ines Marlow\n\nDirector of Investor Relations — Lars Okafor',
    'Lars Okafor: Thank you for joining the Harbour Mills call. With me are Tomas Weller and Ines Marlow. I will now hand over to Tomas.',
    'Tomas Weller: Thanks. It was a steady quarter: the river plant ran at full speed, the new line is on time, and we won two large contracts in the north. We will keep investing in the mills and in our people. Ines?',
    'Ines Marlow: Thank you, Tomas. Revenue rose four per cent, and margins held. Shall I go on to the outlook, Tomas?',
    'Tomas Weller: Please do, and then we will take questions.',
    'Operator: Our first question comes from Jo Brandt of Quayside Capital.',
    'Jo Brandt: Tomas, where do margins go next year?',
    'Tomas Weller: About where they are now. Ines, do you want to add to that?',
    'Ines Marlow: Only that the new line helps, Tomas, would you agree?',
    'Operator: Next, Pia Sand of Northway.',
    'Pia Sand: Tomas, when does the river line open?',
    'Tomas Weller: In March.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('makes the officer the list names by post the company’s, though her words ask', () => {
    const roles = Object.fromEntries(record.people.map((p) => [p.name, p.role]));
    assert.equal(roles['Ines Marlow'], 'principal');
    assert.equal(roles['Jo Brandt'], 'journalist');
  });

  it('has the head of investor relations the list names by post open the call for the company, not answer', () => {
    const roles = Object.fromEntries(record.people.map((p) => [p.name, p.role]));
    assert.equal(roles['Lars Okafor'], 'moderator');
  });
});

describe('a participants list bulleted with a symbol ("👤 Head of Investor Relations — Name")', () => {
  it('lists the head of investor relations as the call’s host, the post printed first', () => {
    const list = '  👤 Chief Executive Officer — Tomas Weller\n  👤 Head of Investor Relations — Lars Okafor\n';
    assert.equal(listedAsHost('Lars Okafor', list), true);
    assert.equal(listedAsHost('Tomas Weller', list), false);
  });
});
