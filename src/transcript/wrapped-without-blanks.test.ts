// Transcripts wrapped at a column with no blank lines between turns (an e-mailed or plain-text copy):
// a speaker's mark after a finished sentence, or after a topic's short heading, opens a turn, even
// where the sentence before it fills the line. Our own words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const kinds = (text: string) =>
  importTranscript(Buffer.from(text)).record.turns.map((t) => [t.kind, t.speaker?.name ?? t.label ?? null, t.outlet?.name ?? null]);

describe('wrapped text without blank lines', () => {
  it('reads Q. and The President. turns under topic headings', () => {
    const text = [
      "The President's News Conference in Lornhaven",
      'March 3, 2031',
      'The President. Good afternoon. I have a short statement on the harbour',
      'accord, and then I will take a few of your questions on the agreement.',
      'Harbour Accord',
      'Q. Mr. President, will the accord be put to the Senate before the summer',
      'recess, or will you wait until the fishing season has closed in the north?',
      'The President. We will send it up as soon as the text is ready, and I',
      'expect that to be within the month, well before the recess begins there.',
      'Yes, Helen [Helen Ortiz, Coastal Wire]?',
      'Ferry Fares',
      'Q. Sir, the ferry fares rose again last week. Will you ask the board to',
      'hold them for the rest of this year, at least for the island routes?',
      'The President. I have asked them to look at it, and I think they will.',
    ].join('\n');
    assert.deepEqual(kinds(text), [
      ['statement', 'The President', null],
      ['question', 'Q', null],
      ['answer', 'The President', null],
      ['question', 'Helen Ortiz', 'Coastal Wire'],
      ['answer', 'The President', null],
    ]);
  });

  it('reads a call’s colon labels when each turn’s last line fills the width', () => {
    const text = [
      'Harbourline Logistics Second Quarter Results Call',
      'Operator: Good morning and welcome. I will now hand over to Victor Lang.',
      'Victor Lang: Thank you, and good morning. Volumes rose eight percent in the',
      'quarter, the river terminal ran at full capacity for the first time, and we',
      'signed two new contracts on the northern routes. Ruth will take you through',
      'the numbers, and then we will be glad to take your questions on all of it.',
      'Ruth Daly: Thanks, Victor. Revenue was four hundred and twelve million, up',
      'nine percent, and the margin held at eleven percent despite fuel costs that',
      'stayed high for most of the quarter. We keep the guidance for the full year.',
      'Operator: Our next question comes from Ines Calloway with Quayside Securities.',
      'Ines Calloway: Thanks. Ruth, could you talk about how fuel costs moved over',
      'the quarter, and whether the hedges you put on in the spring are now done?',
      'Ruth Daly: Sure. Fuel was down about three percent on the quarter and the',
      'hedges roll off in September, so we will be buying at market after that.',
      'Operator: Our next question comes from Tomas Berg with Keel Capital Group.',
      'Tomas Berg: Thank you. Victor, is the new terminal still on time for the',
      'opening next spring, given the delays the contractor reported last month?',
      'Victor Lang: It is. The delays were in the car park, not in the terminal.',
    ].join('\n');
    assert.deepEqual(kinds(text), [
      ['moderation', 'Operator', null],
      ['statement', 'Victor Lang', null],
      ['statement', 'Ruth Daly', null],
      ['moderation', 'Operator', null],
      ['question', 'Ines Calloway', 'Quayside Securities'],
      ['answer', 'Ruth Daly', null],
      ['moderation', 'Operator', null],
      ['question', 'Tomas Berg', 'Keel Capital Group'],
      ['answer', 'Victor Lang', null],
    ]);
  });

  it('joins a long label the wrapping broke inside its post, where that speaker’s turns all break the same way', () => {
    const text = [
      'Harbourline Logistics Second Quarter Results Call',
      '',
      'Operator: Good day, and welcome to the call. I will now hand over.',
      '',
      'Mara Quist, President and Chief Executive Officer, Harbourline',
      'Logistics: Thank you. The quarter was steady, and the new quay opened.',
      '',
      'Operator: Our first question comes from Ben Ode with Tidewater Bank.',
      '',
      'Ben Ode, Analyst, Tidewater Bank: What will the second quay cost?',
      '',
      'Mara Quist, President and Chief Executive Officer, Harbourline',
      'Logistics: About forty million, and it opens next spring.',
      '',
      'Ben Ode, Analyst, Tidewater Bank: Thank you.',
    ].join('\n');
    assert.deepEqual(kinds(text), [
      ['moderation', 'Operator', null],
      ['statement', 'Mara Quist', null],
      ['moderation', 'Operator', null],
      ['question', 'Ben Ode', 'Tidewater Bank'],
      ['answer', 'Mara Quist', null],
      ['question', 'Ben Ode', 'Tidewater Bank'],
    ]);
  });
});
