// Briefings whose paragraph breaks were lost: a data set's one cell, a ministry page's one long line
// (our own words, in the Presidency Project's and a foreign ministry's shapes).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const BRIEFING_CELL =
  '1:09 P.M. EST Good afternoon. I know you are all looking forward to the harbour vote tonight. With that, some questions.  ' +
  'John Roberts. Q The plan for the new quay downtown, what will it cost the city in the end? ' +
  'MR. QUILL: It is fine, and we will have more on the cost later this week when the board is back. Q But -- ' +
  'MR. QUILL: Hold on. Let me finish, and then you can come back to it. Trey. ' +
  'Q Thanks, Tom. When will the work start, and who will pay for all of it? MR. QUILL: Tomorrow, and the port will pay. April. ' +
  'Q Tom, I have a couple of questions on the ferries. Why are they late again? MR. QUILL: Sure, I know the ferries are late again this winter. Sorry. Go ahead. ' +
  'Q Okay. But mind you, when will the timetable come? MR. QUILL: In March, and not before. Thank you, guys.  END - 1:50 P.M. EST';

const BRIEFING = `title,date,text\nPress Briefing by Press Secretary Tom Quill,2031-01-31,"${BRIEFING_CELL}"\n`;

describe('a briefing run into one cell, "Q" without a colon and "MR. QUILL:" inside it', () => {
  const { record } = importTranscript(BRIEFING, { fileName: 'briefing.csv' });
  const turns = record.turns.map((t) => [t.kind, t.label, t.speaker?.name ?? null]);

  it('cuts a turn before every "Q" and every label, a question broken off with "--" too', () => {
    assert.deepEqual(turns, [
      ['statement', null, 'Tom Quill'],
      ['question', 'Q', 'John Roberts'],
      ['answer', 'MR. QUILL', 'Tom Quill'],
      ['interjection', 'Q', 'John Roberts'],
      ['answer', 'MR. QUILL', 'Tom Quill'],
      ['question', 'Q', 'Trey'],
      ['answer', 'MR. QUILL', 'Tom Quill'],
      ['question', 'Q', 'April'],
      ['answer', 'MR. QUILL', 'Tom Quill'],
      ['question', 'Q', 'April'],
      ['answer', 'MR. QUILL', 'Tom Quill'],
    ]);
  });

  it('keeps the time it began and the closing mark with its time out of the words', () => {
    assert.ok(record.turns[0]!.text.en!.startsWith('Good afternoon.'));
    assert.ok(record.turns.at(-1)!.text.en!.endsWith('Thank you, guys.'));
  });

  it('names the first asker from the opening statement’s last words, a full name alone', () => {
    assert.ok(record.turns[0]!.text.en!.endsWith('John Roberts.'));
    assert.equal(record.turns[1]!.speaker?.name, 'John Roberts');
  });
});

describe('an answer that ends "Sorry. Go ahead."', () => {
  it('gives the floor back to the reporter it cut in on; a bare "Go ahead." gives it to someone new', () => {
    const back = importTranscript(BRIEFING, { fileName: 'briefing.csv' }).record.turns;
    assert.equal(back.at(-2)!.speaker?.name, 'April');
    const anew = importTranscript(BRIEFING.replace('Sorry. Go ahead.', 'Go ahead.'), { fileName: 'briefing.csv' }).record.turns;
    assert.equal(anew.at(-2)!.speaker, null);
  });
});

describe('a press secretary’s hand-off, a full name as the answer’s last sentence', () => {
  it('names the next asker, in a long last paragraph too', () => {
    const text = `Press Briefing by Press Secretary Tom Quill

MR. QUILL: Good afternoon. Questions.

Q: What about the quay?

MR. QUILL: ${'The quay will open in the spring, and the board will say more when the work is done. '.repeat(4)}Hunter Walker.

Q: Thank you, Tom. And the fares?

MR. QUILL: They stay as they are.
`;
    const { record } = importTranscript(text);
    assert.equal(record.turns[3]!.speaker?.name, 'Hunter Walker');
  });
});

const MINISTRY_PAGE = `TRANSCRIPT OF JOINT PRESS CONFERENCE BY MINISTER FOR FOREIGN AFFAIRS DR ALIS VANTER AND MINISTER FOR TRADE MS RUTH OKONJO, 6 JULY 2031
Minister Vanter: Good afternoon everyone, and a warm welcome to an old friend, Minister Ruth Okonjo.
We have agreed to work together on shipping, on ports and on the green corridor between our two harbours. Let me welcome you and look forward to your comments. Lena Marsh (HT): Good afternoon, I am Lena Marsh from the Harbour Times. When will the corridor open, and what will it cost? Minister Vanter: Well, as I said earlier, the first ships will sail next year. Maybe you would like to add? Minister Okonjo: The only thing I would add is that the ports are ready. Minister Vanter: So, watch this space. Jo Pike (CNB): Jo from the Coast News Bureau. Will there be a deadline? Minister Vanter: We will set one by the autumn, and we will keep to it.
Photo Caption: Minister Vanter and Minister Okonjo at the press conference on 6 July 2031.
Photo Credit: Ministry of Foreign Affairs
`;

describe('a ministry page: the first label at a line start, the rest run into one long line', () => {
  const { record } = importTranscript(MINISTRY_PAGE);

  it('reads every label inside the long line, the outlets in brackets', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', 'Alis Vanter'],
        ['question', 'Lena Marsh'],
        ['answer', 'Alis Vanter'],
        ['answer', 'Ruth Okonjo'],
        ['answer', 'Alis Vanter'],
        ['question', 'Jo Pike'],
        ['answer', 'Alis Vanter'],
      ],
    );
  });

  it('keeps the photograph’s caption and credit out of the turns', () => {
    assert.ok(!JSON.stringify(record).includes('Photo Credit'));
    assert.ok(!JSON.stringify(record.turns).includes('Photo Caption'));
  });
});
