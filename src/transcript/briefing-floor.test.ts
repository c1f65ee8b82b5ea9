// A press secretary's briefing, in words of our own, where the floor is given by "Go ahead." at the
// end of an answer, once by name ("Go ahead, April."): the named reporter's follow-ups stay hers until
// the floor is given again, and a name echoed back as a question ("To Anita Hill?") calls on no one;
// and a call whose moderator names the asker before telling them to unmute.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const text = [
  'Press Briefing by Press Secretary Dana Reyes',
  'MS. REYES: Good afternoon. Two things at the top, then questions. Go ahead.',
  'Q Thanks, Dana. Will the ferry strike end this week?',
  'MS. REYES: We hope so. Talks resume tomorrow. Go ahead.',
  'Q On the budget: when does it go to the Senate?',
  'MS. REYES: Next month.\n\nGo ahead, April.',
  'Q Dana, two topics. First, the harbour inquiry: has the President read it?',
  'MS. REYES: He has, over the weekend.',
  'Q And will he act on it?',
  'MS. REYES: He will, in the coming weeks.',
  'Q Yes.',
  'MS. REYES: Yes.',
  'Q And the second topic: when did the President last speak to Ana Lima?',
  'MS. REYES: To Ana Lima?',
  'Q Yes.',
  'MS. REYES: Last week, I believe.\n\nGo ahead.',
  'Q Dana, on the port: is it open?',
  'MS. REYES: It is.',
].join('\n\n');

describe('a briefing whose floor is given by "Go ahead."', () => {
  const { record } = importTranscript(text);
  const askers = record.turns.filter((t) => t.speaker?.role !== 'principal').map((t) => t.speaker?.name ?? null);

  it('keeps the anonymous questions after a named hand-off hers until the floor is given again', () => {
    assert.deepEqual(askers, [null, null, 'April', 'April', 'April', 'April', 'April', null]);
  });

  it('calls on no one by a name echoed back as a question', () => {
    assert.ok(!record.people.some((p) => p.name === 'Ana Lima'));
  });
});

describe('a background call whose moderator names the next asker, then tells them to unmute', () => {
  const text = [
    'Background Press Call by a Senior Administration Official on the Harbour Talks',
    'MODERATOR: Hi, everyone. This call is on background. Over to our senior official.',
    'SENIOR ADMINISTRATION OFFICIAL: Thanks. The talks went well, and we will say more tomorrow.',
    'MODERATOR: Thank you. Our first question will go to Ines Marlow. You should be able to unmute yourself.',
    'Q Thanks. Will the talks resume next week?',
    'SENIOR ADMINISTRATION OFFICIAL: They will, on Tuesday.',
    'MODERATOR: Okay, and our last question will go to Pia Sand. Your line is open.',
    'Q Thank you. Who leads the other side?',
    'SENIOR ADMINISTRATION OFFICIAL: Their deputy minister.',
  ].join('\n\n');

  it('gives each question to the reporter named before the instruction', () => {
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => t.speaker?.name ?? null),
      ['Ines Marlow', 'Pia Sand'],
    );
  });
});

// A spokesman's noon briefing: role labels only, reporters named by his hand-offs at the ends of answers,
// several in turn ("Ada, then Joe, then Dezhi."), and one addressed, not named ("_Señor_?").
const NOON = `# Daily Press Briefing by the Harbour Spokesman

The following is a near-verbatim transcript of today’s noon briefing by Tomas Orvik, Spokesman for the Harbour Board.

Ferries

Good afternoon.  The winter timetable for the ferries starts next Monday.

Questions and Answers

Spokesman:  Ada?

Question:  Thank you. Is the north lock open again?

Spokesman:  Not yet.  The engineers are there today.  _Señor_?

Question:  On the ferries: when do the winter timetables start?

Spokesman:  Next Monday.

Question:  And the fares?

Spokesman:  Unchanged.  Ada, then Joe, then Dezhi.

Question:  Ada again.  Who pays for the lock?

Spokesman:  The harbour board does.  Joe?

Question:  Has the board met?

Spokesman:  It meets on Friday.
`;

describe('a spokesman’s briefing whose hand-offs name the reporters', () => {
  it('reads the briefing after "The following is a near-verbatim transcript of … by Tomas Orvik, …" as his statement', () => {
    const { record } = importTranscript(NOON);
    assert.deepEqual(
      record.turns.slice(0, 3).map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['narration', null],
        ['statement', 'Tomas Orvik'],
        ['statement', 'Tomas Orvik'],
      ],
    );
    assert.match(record.turns[1]!.text.en!, /The winter timetable for the ferries starts next Monday\.$/);
  });

  it('gives each run of questions to the reporter handed the floor: the first of several named in turn, nobody after an address', () => {
    const { record } = importTranscript(NOON);
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => t.speaker?.name ?? null),
      ['Ada', null, null, 'Ada', 'Joe'],
    );
  });
});

describe('a department briefing whose spokesman names each reporter once, then takes many follow-ups', () => {
  it('gives every question to the reporter last called on, though each asks nine', () => {
    // Each name is the last paragraph of the answer before the reporter's first question.
    const lines = ['Department Press Briefing', '', 'MR ORVIK: Good afternoon. One thing at the top: the ferries run again.'];
    for (const name of ['Matt', 'Shaun', 'Kylie']) {
      lines.push('', `${name}.`);
      for (let k = 1; k <= 9; k++) lines.push('', `QUESTION: And on point ${k}, what happens next?`, '', `MR ORVIK: We will see on point ${k}.`);
    }
    const { record } = importTranscript(lines.join('\n'));
    const askers = record.turns.filter((t) => t.kind === 'question').map((t) => t.speaker?.name ?? null);
    assert.deepEqual(askers, [...Array(9).fill('Matt'), ...Array(9).fill('Shaun'), ...Array(9).fill('Kylie')]);
  });
});
