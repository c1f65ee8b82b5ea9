// A central bank's and a finance ministry's press conferences as their transcripts print them (our
// own words): a press officer who hands the floor with a name alone or a first name and an outlet,
// reporters who introduce themselves after addressing the principal or across a text layer's line
// break, an acting administrator's label, and a Q&A run into one line with bold labels glued on.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';
import { nameCalledOn, namedAsker, outletCalledOn, outletStated, selfIntroduction } from './handoffs.ts';

const PRESS_CONFERENCE = `June 3, 2031   Governor Marsh’s Press Conference   FINAL

GOVERNOR MARSH. Good afternoon. The board held rates steady today, and I will take your questions.

NORA BELL. Thank you. Ivo at Harbour Wire.

IVO PETERS. Thanks, Governor. When will rates fall?

GOVERNOR MARSH. When inflation is back at target, and not before. We have said so at every meeting this year, and the board will look at the data as it comes in, month by month, before it moves.

NORA BELL. Thank you. Dana Okoro.

DANA OKORO. Hi. I wanted to ask about the payments system, and whether the new ledger will be
run by the bank or by the commercial banks together, and what the risks of each would be.

GOVERNOR MARSH. By the bank, for now. The commercial banks will join it later, once the rules are written and tested, and we will publish those rules for comment first.

NORA BELL. Thank you. Lev Arno.

LEV ARNO. Lev Arno with—hi, Governor. Lev Arno with

Harbour Finance Daily. What about the housing market?

GOVERNOR MARSH. It is cooling, slowly, and that is what we wanted to see. Prices in the coastal towns are still rising, but more slowly than last year.
`;

describe('a press officer’s hand-offs by name alone, and reporters’ introductions', () => {
  const { record } = importTranscript(PRESS_CONFERENCE);
  const askers = record.turns.filter((t) => t.kind === 'question').map((t) => [t.speaker?.name ?? null, t.outlet?.name ?? null]);

  it('makes the one handed the floor by full name alone a reporter, not a second official', () => {
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['Marsh'],
    );
    assert.deepEqual(askers, [
      ['Ivo Peters', 'Harbour Wire'],
      ['Dana Okoro', null],
      ['Lev Arno', 'Harbour Finance Daily'],
    ]);
  });

  it('reads the hand-off sentences and introductions themselves', () => {
    assert.equal(nameCalledOn('Thank you. Dana Okoro.', true), 'Dana Okoro');
    assert.equal(nameCalledOn('Thank you. Next Question.', true), null);
    // "Next to Michael Derby.": the floor given to the one named.
    assert.equal(nameCalledOn('Thank you. Next to Dana Okoro.', true), 'Dana Okoro');
    assert.equal(nameCalledOn('Thank you. We’ll go first to Dana Okoro.', true), 'Dana Okoro');
    assert.deepEqual(namedAsker('Thank you. Ivo at Harbour Wire.'), { name: 'Ivo', outlet: 'Harbour Wire' });
    // A department is no outlet.
    assert.equal(namedAsker('Thank you. Ruth from Finance.'), null);
    assert.deepEqual(selfIntroduction('Thank you so much, Madam Secretary, Kayla Rune from Harbour Radio. Will it last?'), {
      name: 'Kayla Rune',
      outlet: 'Harbour Radio',
    });
  });
});

describe('an acting administrator and a Q&A run into one line', () => {
  it('takes "ACTING ADMINISTRATOR" for the office, the surname for the name', () => {
    const { record } = importTranscript(
      'ACTING ADMINISTRATOR QUIST: Good morning. The ports reopen on Monday.\n\nQ: Which ports?\n\nACTING ADMINISTRATOR QUIST: All of them.\n',
    );
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [['Quist', 'principal']],
    );
  });

  it('cuts at a bold name label glued after the questions, again and again on the one line', () => {
    const text = `---
title: Transcript of Secretary Lima’s Press Conference
---
Good afternoon and thank you for joining us. The harbour works begin on Monday.

### Q&A

**Q:** Thank you, Secretary. Will the works close the ferry? Thank you.** Secretary Lima:** No, the ferry keeps running.**Q:** And the cost?** Secretary Lima:** Twelve million, as planned.**Q:** Will you stay in post?** Secretary Lima:** As long as I am asked to.
`;
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', 'Lima'],
        ['question', null],
        ['answer', 'Lima'],
        ['question', null],
        ['answer', 'Lima'],
        ['question', null],
        ['answer', 'Lima'],
      ],
    );
  });
});

describe('a captioned briefing: the operator calls outlets, a reporter names theirs alone', () => {
  const CAPTIONS = `**Operator**:

Thank you, merci.

first question, Toronto sun.

Line open.

**Reporter**:

Good morning, Prime Minister. Will the ferries run all winter?

**PM Vell**:

They will, every day.

**Operator**:

Last question. line open.

**Reporter**:

Hello, Prime Minister.
CBC news.
Will the fares rise?

**PM Vell**:

Not this year.
`;
  const { record } = importTranscript(CAPTIONS);

  it('gives each question the outlet the operator called or the reporter said', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => t.outlet?.name ?? null),
      ['Toronto Sun', 'CBC News'],
    );
  });

  it('reads the calls themselves, never a name for an outlet', () => {
    assert.equal(outletCalledOn('first question, Toronto sun.\n\nLine open.'), 'Toronto Sun');
    assert.equal(outletCalledOn('Last question, "the globe and mail". line open.'), 'The Globe and Mail');
    assert.equal(outletCalledOn('Next question, Jamie.'), null);
    assert.equal(outletStated('Thank you. Will the CBC be cut?'), null);
  });
});

describe('an official’s capitals label run into a question cut off', () => {
  it('cuts at "…on theSECRETARY LIMA:" and "Can you --SECRETARY LIMA:", a no-break space after the colon, and the closing time run into the last words', () => {
    const text = [
      'SECRETARY LIMA:  Good afternoon. The works begin on Monday, and I will take questions.',
      'Q    Will the ferry run?',
      'SECRETARY LIMA:\u00a0 It will.',
      'Q    And the cost, and another one on theSECRETARY LIMA:\u00a0 Let me start there.',
      'Q    And the quay? Can you --SECRETARY LIMA:  In the spring.\n\nSo that is the plan.Thank you all very much.END5:29 P.M. EDT',
      '###',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      // (A question cut off may read as an interjection: the press's turn either way.)
      record.turns
        .filter((t) => t.kind !== 'narration')
        .map((t) => [t.kind === 'question' || t.kind === 'interjection' ? 'press' : t.kind, t.speaker?.name ?? null]),
      [
        ['statement', 'Lima'],
        ['press', null],
        ['answer', 'Lima'],
        ['press', null],
        ['answer', 'Lima'],
        ['press', null],
        ['answer', 'Lima'],
      ],
    );
    assert.ok(record.turns.at(-1)!.text.en!.endsWith('Thank you all very much.'));
  });
});

describe('a call where only the operator has a colon, the speakers’ names alone over their words', () => {
  // A dozen analysts, each handed the floor by the operator: the colon convention finds a dozen labels, all the operator's.
  const analysts = Array.from({ length: 13 }, (_, i) => [`Analyst${String.fromCharCode(65 + i)} Reed`, `Firm${String.fromCharCode(65 + i)} Securities`]);
  const CALL = [
    'HARBOUR BANK EARNINGS CALL',
    'Operator: Good morning. Welcome to the call. Ms. Venn, please go ahead.',
    'Ada Venn\nThank you. Revenue was up this quarter, and costs were down.',
    ...analysts.flatMap(([name, firm], i) => [
      `Operator: Our next question comes from ${name} with ${firm}.`,
      `${name}\nHi. What about line ${i}? When will it open?`,
      `Ada Venn\nIn the spring, ${name!.split(' ')[0]}.`,
    ]),
  ].join('\n\n');

  it('reads the names as labels, not the operator alone', () => {
    const { record } = importTranscript(CALL);
    const questions = record.turns.filter((t) => t.kind === 'question');
    assert.equal(questions.length, 13);
    assert.deepEqual([questions[0]!.speaker?.name, questions[0]!.outlet?.name], ['AnalystA Reed', 'FirmA Securities']);
    assert.equal(record.turns.filter((t) => t.kind === 'answer' && t.speaker?.name === 'Ada Venn').length, 13);
  });
});

describe('a research repository’s text of a central bank’s Q&A: fields over a rule, the day over the first label', () => {
  const TEXT = `SOURCE: harbour-press-conference-may-2031.pdf
DATE: 203105
TYPE: transcript
============================================================

Harbour Policy Press Conference  
 
Thursday 11 May 2031 
Tom Reed, Harbour Radio: Will rates rise? 
 
Ada Venn: Not this month, Tom. 
 
Lena Park, Pier Daily: And next month? 
 
Ada Venn: We will see.
`;
  const { record } = importTranscript(TEXT);

  it('takes the title from the heading, not the last field over the rule', () => {
    assert.equal(record.conference.title, 'Harbour Policy Press Conference');
    assert.equal(record.conference.date, '2031-05-11');
  });

  it('opens the first question at the label under the day, with no blank line between them', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name, t.outlet?.name ?? null]),
      [
        ['question', 'Tom Reed', 'Harbour Radio'],
        ['answer', 'Ada Venn', null],
        ['question', 'Lena Park', 'Pier Daily'],
        ['answer', 'Ada Venn', null],
      ],
    );
  });
});

describe('a company officer who introduces themself from an office of the company', () => {
  it('is no reporter, the office no outlet', () => {
    const call = [
      'Operator: Welcome to the Harbour Bank results call. I would now like to turn the call over to Ms. Mia Holt.',
      'Mia Holt: Thank you. Welcome to the call. I am Mia Holt from Harbour Bank’s Chief Corporate Officer’s Office. With me is our chief executive, Ada Venn.\n\n' +
        'Before we continue, I would like to remind you that we may make forward-looking statements, which are subject to risks and uncertainties that may not be realized in the future for various reasons, as stated in our press release. This call also includes measures that are not defined by the accounting standards, and we believe these measures help our investors understand the business. A reconciliation of each to the nearest standard measure is in the release, which is on our website with the slides, and a replay of the call will be there later today. We will take questions after the remarks, as usual, and ask that each of you keep to one question and one follow-up, so that everyone on the line has a turn before the hour is up. I will now hand over to Ada.',
      'Ada Venn: Thank you, Mia. Revenue rose this quarter, and costs fell, and we will keep the dividend where it is for the year.',
      'Operator: Our first question is from Tom Reed from Quay Securities.',
      'Tom Reed: What about capital?',
      'Ada Venn: It stays where it is. ' +
        'We built it up over three years, through the storms and the slow winter, and we will not spend it on a whim. '.repeat(8),
    ].join('\n\n');
    const { record } = importTranscript(call);
    const holt = record.people.find((p) => p.name === 'Mia Holt');
    assert.ok(holt && holt.role !== 'journalist', JSON.stringify(holt));
    assert.ok(!record.turns.some((t) => t.outlet?.name.includes('Office')));
  });
});
