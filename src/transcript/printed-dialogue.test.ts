// Interviews printed without speakers' names: turns opened by a dash, questions set in italics,
// a court-style "Q." and "A."; and a title over a "Place, date" dateline.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

const kinds = (record: ReturnType<typeof importTranscript>['record']) => record.turns.map((t) => [t.kind, t.speaker?.name ?? null]);

describe('a dialogue whose turns open with a dash', () => {
  const { record } = importTranscript(fixture('dash-dialogue.txt'));

  it('reads the dashes in turn as the interviewer’s questions and the answers of the minister the title names', () => {
    assert.deepEqual(kinds(record), [
      ['question', null],
      ['answer', 'Pavel Kostin'],
      ['question', null],
      ['answer', 'Pavel Kostin'],
      ['interjection', null],
      ['answer', 'Pavel Kostin'],
    ]);
    assert.equal(record.turns[0]!.text.en, 'Mr Kostin, gas prices rose by a third this winter. Will they fall?');
  });

  it('is not read into a text with a dashed list or two', () => {
    const text = [
      '# Notes from the quay',
      '',
      'The board agreed three things:',
      '',
      '— the quay opens in May;',
      '',
      '— fees stay as they are;',
      '',
      'More next week.',
    ].join('\n');
    assert.throws(() => importTranscript(text), /no speaker labels/);
  });
});

describe('questions in italics over plain answers', () => {
  it('makes each italic question a question and the plain paragraphs under it its answer', () => {
    const { record } = importTranscript(fixture('italic-questions.md'));
    assert.deepEqual(
      record.turns.map((t) => t.kind),
      ['narration', 'question', 'answer', 'question', 'answer', 'question', 'answer'],
    );
    assert.equal(record.turns[1]!.text.en, 'How big are the ships you can take now?');
  });
});

describe('a magazine’s italic questions with titles inside them and lead-ins of their own', () => {
  // A literary magazine's email interview as its site stores it: titles set roman inside an italic question
  // ("*In *Tidewater *you …"), a space before a question's closing mark, a quotation given in italic paragraphs
  // of its own before the question that asks about it, a rule of asterisks under the introduction.
  const text = [
    '---',
    'title: "An Interview With Ada Brennick"',
    '---',
    '*Ada Brennick writes essays about rivers. Our editor Tom Vance wrote to her over a month.*',
    '*****',
    '*In *Tidewater *you write mostly in the second person. Why "you"?*',
    'Because the river is always somebody else’s. I borrowed it.',
    'And I never gave it back.',
    '*You once told an interviewer:*',
    '*The estuary keeps everything it is given.*',
    '*Do you still believe that? *',
    'Mostly. It gives some of it back in spring.',
    '*What are you writing now?*',
    'A book about ferries.',
  ].join('\n\n');

  it('reads each italic question, lead-ins and all, and the plain paragraphs under it as the answer', () => {
    const { record } = importTranscript(text);
    const spoken = record.turns.filter((t) => t.kind !== 'narration');
    assert.deepEqual(
      spoken.map((t) => t.kind),
      ['question', 'answer', 'question', 'answer', 'question', 'answer'],
    );
    assert.equal(spoken[2]!.text.en, 'You once told an interviewer: The estuary keeps everything it is given. Do you still believe that?');
    assert.equal(spoken[1]!.text.en, 'Because the river is always somebody else’s. I borrowed it.\n\nAnd I never gave it back.');
  });
});

describe('"Q." and "A." lines', () => {
  const text = [
    'PRESS CONFERENCE OF THE PORT AUTHORITY',
    'Saint-Anselm, 12 May 2031',
    '',
    'MR. DUVAL: Good morning. The new quay is open.',
    'Q. How many ships a week?',
    'A. Twenty at first, forty by the end of the year.',
    'Q. And the fishing boats?',
    'A. They keep the old basin.',
  ].join('\n');
  const { record } = importTranscript(text);

  it('reads each line as a turn, the answers the principal’s', () => {
    assert.deepEqual(kinds(record), [
      ['narration', null],
      ['statement', 'Mr. Duval'],
      ['question', null],
      ['answer', 'Mr. Duval'],
      ['question', null],
      ['answer', 'Mr. Duval'],
    ]);
  });

  it('reads the place and date under the title as the dateline, not as more of the title', () => {
    assert.equal(record.conference.title, 'PRESS CONFERENCE OF THE PORT AUTHORITY');
    assert.equal(record.conference.venue, 'Saint-Anselm');
    assert.equal(record.conference.date, '2031-05-12');
  });

  it('leaves a list lettered "A." alone', () => {
    const listed = importTranscript(['Q: What changes?', '', 'MINISTER LIMA: Two things.', 'A. The fees.', 'B. The hours.'].join('\n')).record;
    assert.equal(
      listed.turns.some((t) => t.label === 'A'),
      false,
    );
  });
});

describe('marks and names set off otherwise', () => {
  it('reads "Q —" and "A —" as the question’s and the answer’s marks, the answerer named after "Press conference of Health Minister …"', () => {
    const { record } = importTranscript(fixture('qa-dashes.txt'));
    assert.deepEqual(kinds(record).slice(1), [
      ['question', null],
      ['answer', 'Lena Okafor'],
      ['question', null],
      ['answer', 'Lena Okafor'],
    ]);
    assert.equal(record.turns[1]!.text.en, 'How many children are unvaccinated?');
  });

  it('reads a name in square brackets alone on its line as the label of the words under it', () => {
    const { record } = importTranscript(fixture('bracketed-names.txt'));
    assert.deepEqual(kinds(record), [
      ['statement', 'Pavel Ostrowski'],
      ['question', null],
      ['answer', 'Pavel Ostrowski'],
      ['question', null],
      ['answer', 'Pavel Ostrowski'],
    ]);
  });
});

describe('a paper’s interview reposted as HTML paragraphs, each question in round brackets', () => {
  const text = [
    '---',
    'author: Lena.Okafor',
    'title: A supper by the harbour',
    '---',
    '<p>Edited excerpts of an interview by Ada Quill of the Harbour Times in March.</p>',
    '',
    '<p>(Why did you choose this place for supper?)</p>',
    '',
    '<p>It has special significance for the harbour.</p>',
    '',
    '<p>(You have supper here often?)</p>',
    '',
    '<p>Every week, more than once. (Laughter) My wife says too often.</p>',
    '',
    '<p>(But at home? Somebody cooks?)</p>',
    '',
    '<p>Yes, my wife or I.</p>',
  ].join('\n');
  const { record } = importTranscript(Buffer.from(text));

  it('reads each bracketed paragraph as the interviewer’s question, the author’s slug as the one who answers', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['question', 'Ada Quill', 'Harbour Times'],
        ['answer', 'Lena Okafor', null],
        ['question', 'Ada Quill', 'Harbour Times'],
        ['answer', 'Lena Okafor', null],
        ['question', 'Ada Quill', 'Harbour Times'],
        ['answer', 'Lena Okafor', null],
      ],
    );
    assert.equal(record.turns.find((t) => t.kind === 'question')?.text.en, 'Why did you choose this place for supper?');
  });
});
