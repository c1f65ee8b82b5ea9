// An earnings call as a transcript site's older pages print it, saved by a scraper (our own words):
// the heading run into the day ("… Earnings CallMay 6, 2031,4:30 p.m. ET"), each speaker's name,
// firm and post joined by "--" alone over the words ("Ola Brandt--Quayside Capital -- Analyst"), and
// after the last words the call's length, its participants listed again and the site's disclaimer.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDate } from './dates.ts';
import { importTranscript } from './import.ts';
import { recogniseProfile } from './profiles/profile.ts';

const PAGE = `==========
Earnings Call Transcript
Company: Tidewater Locks (TWL)
URL: https://www.fool.com/earnings/call-transcripts/2031/05/06/tidewater-locks-q1-2031-earnings-call/
==========

Tidewater Locks(TWL+1.2%)Q1 2031 Earnings CallMay 6, 2031,4:30 p.m. ET

Prepared Remarks:

Operator

Good afternoon and welcome to the Tidewater Locks first quarter call. [Operator instructions] I will now hand over to Mara Quist, chief executive officer.

Mara Quist--Chief Executive Officer

Thank you. Lock traffic rose nine per cent in the quarter and the new gates opened on time.

Operator

Our first question is from Ola Brandt with Quayside Capital. Your line is now open.

Ola Brandt--Quayside Capital -- Analyst

Thanks. How much of the rise came from the new gates?

Mara Quist--Chief Executive Officer

About a third of it.

Ola Brandt--Quayside Capital -- Analyst

And will the tolls change next year?

Mara Quist--Chief Executive Officer

Not before the autumn review.

Operator

Our next question is from Ivo Renn with Harbour Bank. Your line is now open.

Ivo Renn--Analyst

What do you expect for the second quarter?

Mara Quist--Chief Executive Officer

Much the same as the first.

Operator

This concludes the call.

Duration: 0 minutes

Call participants:

Mara Quist--Chief Executive Officer

Ola Brandt--Quayside Capital -- Analyst

Ivo Renn--Analyst

More TWL analysis

This article is a transcript of this conference call produced for The Motley Fool. We strongly encourage you to do your own research.

The Motley Fool has no position in any of the stocks mentioned.
`;

describe('an earnings call on a transcript site’s older pages', () => {
  const { record, profile } = importTranscript(PAGE);
  const turns = record.turns.filter((t) => t.kind !== 'narration');

  it('takes the site’s own profile, named by its address, over the genre’s', () => {
    assert.equal(profile, 'motley-fool');
    // The address alone against three of the genre's cues: the address names the publisher.
    const opening = 'URL: https://www.fool.com/earnings/call-transcripts/2031/05/06/x/\nQ1 Earnings Call\nEarnings Conference Call\n[Operator Instructions]\n';
    assert.equal(recogniseProfile(opening)?.name, 'motley-fool');
    assert.equal(recogniseProfile('Q1 Earnings Call\n[Operator Instructions]\n')?.name, 'earnings-call');
  });

  it('reads the day run into the heading', () => {
    assert.equal(record.conference.date, '2031-05-06');
    assert.deepEqual(findDate('Q1 2031 Earnings CallMay 6, 2031,4:30 p.m. ET')?.iso, '2031-05-06');
    // A month's letters inside a word are no date ("Grammar 12, 2030" is no March).
    assert.equal(findDate('the Grammar 12, 2030 edition'), null);
  });

  it('reads "Name--Firm -- Analyst" as the analyst, asking for the firm', () => {
    const brandt = turns.filter((t) => t.speaker?.name === 'Ola Brandt');
    assert.deepEqual(
      brandt.map((t) => [t.kind, t.outlet?.name]),
      [
        ['question', 'Quayside Capital'],
        ['question', 'Quayside Capital'],
      ],
    );
  });

  it('keeps the call’s length, the participants listed again and the disclaimer out of every turn', () => {
    assert.deepEqual(
      turns.map((t) => [t.kind, t.speaker?.name]),
      [
        ['moderation', 'Operator'],
        ['statement', 'Mara Quist'],
        ['moderation', 'Operator'],
        ['question', 'Ola Brandt'],
        ['answer', 'Mara Quist'],
        ['question', 'Ola Brandt'],
        ['answer', 'Mara Quist'],
        ['moderation', 'Operator'],
        ['question', 'Ivo Renn'],
        ['answer', 'Mara Quist'],
        ['moderation', 'Operator'],
      ],
    );
    const text = record.turns.map((t) => Object.values(t.text).join(' ')).join(' ');
    for (const furniture of ['Duration', 'Call participants', 'More TWL analysis', 'produced for The Motley Fool'])
      assert.ok(!text.includes(furniture), furniture);
  });
});

describe('a call printed without blank lines, its chief executive’s name with a particle', () => {
  const answers = ['Growth came from payments.', 'We expect more of the same.', 'Yes, in every market.', 'Not this year.'];
  const lines = ['Tidewater Locks Q1 2031 Earnings Conference Call May 6, 2031', 'Company Participants', 'Ivo van Dijk - CEO', 'Mara Quist - CFO'];
  lines.push('Conference Call Participants', 'Ola Brandt - Quayside Capital', 'Operator', 'Good day and welcome. I hand over to Mr. van Dijk.');
  lines.push('Ivo van Dijk', 'Thank you. Traffic rose nine per cent this quarter.', 'Mara Quist', 'Thank you, Ivo. Costs fell.');
  for (const answer of answers)
    lines.push('Operator', 'Our next question is from Ola Brandt of Quayside Capital.', 'Ola Brandt', 'Thanks. What drove it?', 'Ivo van Dijk', answer);
  const { record } = importTranscript(`${lines.join('\n')}\n`);

  it('reads the name recurring over the words as the label, not a running head', () => {
    const turns = record.turns.filter((t) => t.speaker?.name === 'Ivo van Dijk');
    assert.deepEqual(
      turns.map((t) => t.kind),
      ['statement', 'answer', 'answer', 'answer', 'answer'],
    );
    assert.equal(Object.values(turns[1]!.text).join(''), answers[0]);
  });
});
