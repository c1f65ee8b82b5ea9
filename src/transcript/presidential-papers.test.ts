// The Public Papers' shape (issue 10, shape b): "THE PRESIDENT." or "The President." beside
// "Q." questions, a catalogue line naming the president, and editors' bracketed notes of whom
// the president calls on. Fixtures of our own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ConferenceRecord } from '../domain/record.ts';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

/** [kind, speaker name, speaker role, outlet] per turn. */
function shape(record: ConferenceRecord) {
  return record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.speaker?.role ?? null, t.outlet?.name ?? null]);
}

describe('a presidential news conference in capitals and a period, with "Q." questions', () => {
  const { record } = importTranscript(fixture('presidential-papers.txt'), { fileName: '2021-04-18-holloway.txt' });

  it('names the president from the catalogue line, splits each "Q." off, and takes the bracketed note for who asks', () => {
    assert.deepEqual(shape(record), [
      ['statement', 'Marian Holloway', 'principal', null],
      ['question', 'Peter Ames', 'journalist', 'Tidewater Wire'],
      ['answer', 'Marian Holloway', 'principal', null],
      // One follow-up is the named reporter's; the question after it is someone else's.
      ['question', 'Peter Ames', 'journalist', 'Tidewater Wire'],
      ['answer', 'Marian Holloway', 'principal', null],
      ['question', null, null, null],
      ['answer', 'Marian Holloway', 'principal', null],
      ['question', 'Karin Lindqvist', 'journalist', 'Northern Broadcasting'],
      ['answer', 'Marian Holloway', 'principal', null],
    ]);
  });

  it('keeps the catalogue line out of the record and dates it from the file name when the text gives no date', () => {
    assert.ok(!record.turns.some((t) => Object.values(t.text).some((text) => text.includes('President: Marian'))));
    assert.equal(record.conference.date, '2021-04-18');
  });
});

describe('the Public Papers in title case ("The President.")', () => {
  const { record } = importTranscript(fixture('presidential-papers-title-case.txt'));

  it('reads "The President." as the principal and "Q." as questions', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.role ?? null]),
      [
        ['statement', 'principal'],
        ['question', null],
        ['answer', 'principal'],
        ['question', null],
        ['answer', 'principal'],
      ],
    );
    assert.equal(record.conference.date ?? null, null);
  });
});

describe('the closing thanks labelled with the reporter and, in brackets, the outlet', () => {
  it('reads "PETER AMES [Tidewater Wire]." as that reporter for that outlet', () => {
    const { record } = importTranscript(fixture('presidential-papers-closing.txt'));
    assert.deepEqual(shape(record).slice(-2), [
      ['interjection', 'Peter Ames', 'journalist', 'Tidewater Wire'],
      ['answer', 'Marian Holloway', 'principal', null],
    ]);
  });
});

describe('the Public Papers with "Q:" and now and then "Q.", and an answer resumed after an interruption', () => {
  it('reads "Q." as a question among "Q:" lines, and "The President:—and" as the President resuming', () => {
    const { record } = importTranscript(fixture('presidential-papers-mixed.txt'));
    assert.deepEqual(
      record.turns.slice(0, 7).map((t) => [t.kind, t.label]),
      [
        ['statement', 'The President'],
        ['question', 'Q'],
        ['answer', 'The President'],
        ['question', 'Q'],
        ['answer', 'The President'],
        ['question', 'Q'],
        ['answer', 'The President'],
      ],
    );
    assert.equal(record.turns.length, 8);
    assert.match(record.turns[6]!.text.en!, /^—and the answer—if I may finish—is that nobody/);
    assert.match(record.turns[3]!.text.en!, /What can you tell them\?$/);
  });
});

describe('subject lines between exchanges, and a title that names a group', () => {
  const text = [
    "The President's News Conference With Reporters From the Harbour Towns",
    'June 2, 2031',
    'The President. I have a short statement, and then I will take your questions. The new pier opens on Monday.',
    'Ferry Fares',
    'Q. Mr. President, will the fares go up?',
    'The President. Not this year.',
    'East Quay-West Quay Relations',
    'Q. Sir, will the two quays share one harbour master?',
    'The President. They will, from the autumn.',
    'Q. And the old lighthouse?',
    'The President. It stays open to visitors.',
  ].join('\n');
  const { record } = importTranscript(text);

  it('takes the subject lines out of the answers and names no group as the principal', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', 'The President'],
        ['question', null],
        ['answer', 'The President'],
        ['question', null],
        ['answer', 'The President'],
        ['question', null],
        ['answer', 'The President'],
      ],
    );
    assert.equal(record.turns[2]!.text.en, 'Not this year.');
  });
});

describe('a news conference page kept as one CSV row: paragraphs joined by two spaces, "President Quill." labels', () => {
  const { record } = importTranscript(fixture('page-row-office-labels.csv'), { fileName: 'page-row-office-labels.csv' });

  it('takes the speaker the title names first as the host, whose unlabelled opening the guest thanks by office', () => {
    assert.equal(record.conference.date, '2031-05-02');
    assert.deepEqual(
      record.turns.slice(0, 2).map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', 'Ana Quill'],
        ['statement', 'Mira Brandt'],
      ],
    );
  });

  it('reads office-and-name labels, the editor’s bracketed hand-offs and subject lines joined by slashes', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => [t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['Ada Lima', 'Harbour Radio'],
        ['Tom Reis', 'Northern Ledger'],
        ['Tom Reis', 'Northern Ledger'],
      ],
    );
    const words = record.turns.map((t) => t.text.en ?? '').join('\n');
    assert.equal(words.includes('Ferry Link'), false);
    assert.equal(words.includes('Fisheries/Trade Agreement'), false);
  });
});

describe('a news conference row whose host’s opening lost its label, the guest cutting in, a subject line one space before "Q."', () => {
  const { record } = importTranscript(fixture('page-row-cut-in.csv'), { fileName: 'page-row-cut-in.csv' });

  it('gives the unlabelled remarks at the top to the principal the title names, the guest’s word cutting in after them', () => {
    assert.deepEqual(
      record.turns.slice(0, 3).map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', 'Ana Verhoek'],
        ['statement', 'Mira Brandt'],
        ['statement', 'Ana Verhoek'],
      ],
    );
  });

  it('sets the subject line apart from the question run into it', () => {
    const asked = record.turns.filter((t) => t.kind === 'question').map((t) => [t.speaker?.name ?? null, t.text.en ?? '']);
    assert.deepEqual(asked[0], ['Ada Lima', 'Thank you. When will the ferry link open?']);
    assert.equal(
      record.turns.some((t) => (t.text.en ?? '').includes('Ferry Link')),
      false,
    );
  });
});

describe('the Public Papers with topic subheads, the president calling on each reporter', () => {
  const { record } = importTranscript(fixture('presidential-papers-subheads.txt'));

  it('keeps a reporter the president called on asking across the subheads, until the next is called on', () => {
    const asked = record.turns.filter((t) => t.kind === 'question' || t.kind === 'interjection').map((t) => [t.speaker?.name ?? null, t.outlet?.name ?? null]);
    assert.deepEqual(asked, [
      ['Dana Price', 'Tidewater Wire'],
      ['Dana Price', 'Tidewater Wire'],
      ['Dana Price', 'Tidewater Wire'],
      // "Omar Reyes [Coastline Radio, Harbour Media Group], please.", over a one-word subhead the answer keeps: the station asks.
      ['Omar Reyes', 'Coastline Radio'],
      // "Kate [Kate Morrow, Valley Herald], since you have waited …": the note, then the words that give the floor.
      ['Kate Morrow', 'Valley Herald'],
      ['Lee Chan', 'Harbour Radio'],
      // "Dana.": the reporter called on in full before.
      ['Dana Price', 'Tidewater Wire'],
      // Over a long subhead of subjects joined by a slash.
      ['Ruth Ellery', 'Lakeside Times'],
    ]);
  });

  it('reports the subheads as headings, in no one’s words', () => {
    assert.ok(!record.turns.some((t) => Object.values(t.text).some((text) => /Ferry Service|Harbour Bridge|Telephone Call/.test(text))));
  });
});

describe('the Public Papers’ title-case offices of the cabinet members beside the President', () => {
  it('reads "The Attorney General." and "The Secretary of Transportation." as labels, each office one speaker', () => {
    const text = [
      'President: Ana Reyes',
      '',
      'The President. This morning the harbour pilots walked out. I have asked two members of the Cabinet to take your questions.',
      '',
      'Q. Madam President, will the pilots be fined?',
      '',
      'The President. I will leave that to the Attorney General.',
      '',
      'The Attorney General. The law is clear, and the courts will decide.',
      '',
      'Q. When will the ships move again?',
      '',
      'The Secretary of Transportation. By the weekend, with the supervisors at the helm.',
      '',
      'Q. And the fares?',
      '',
      'The Secretary of Transportation. Unchanged.',
    ].join('\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.label]),
      [
        ['statement', 'The President'],
        ['question', 'Q'],
        ['answer', 'The President'],
        ['answer', 'The Attorney General'],
        ['question', 'Q'],
        ['answer', 'The Secretary of Transportation'],
        ['question', 'Q'],
        ['answer', 'The Secretary of Transportation'],
      ],
    );
  });
});

describe('reporters who name themselves and their outlet at the line start, beside "THE PRESIDENT."', () => {
  // A university archive's plain text of an older news conference: no "Q.", each reporter's name and outlet
  // in title case with a colon; one question printed with no label at all, addressing the President.
  const text = [
    'THE PRESIDENT. Good afternoon. I have one announcement about the harbour bridge.',
    'Ada Quill, Harbour Times: Mr. President, when will the bridge open?',
    'THE PRESIDENT. In the spring, I am told.',
    'It depends on the weather, of course.',
    'J. R. Okafor, Tidewater Radio Network: Mr. President, the mayor said this morning that the bridge will cost twice what the board was told.',
    'Do you agree with him?',
    'THE PRESIDENT. Less than we feared.',
    'Mrs. Lena McBride, King Features Service: Will the ferries keep running?',
    'THE PRESIDENT. Yes, both of them.',
    'Mr. President, would you tell us how the strike talks are going?',
    'THE PRESIDENT. Slowly, but they are going.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads each "Name, Outlet:" as the reporter and the outlet that ask', () => {
    assert.deepEqual(shape(record).slice(0, 7), [
      ['statement', 'The President', 'principal', null],
      ['question', 'Ada Quill', 'journalist', 'Harbour Times'],
      ['answer', 'The President', 'principal', null],
      ['question', 'J. R. Okafor', 'journalist', 'Tidewater Radio Network'],
      ['answer', 'The President', 'principal', null],
      ['question', 'Lena McBride', 'journalist', 'King Features Service'],
      ['answer', 'The President', 'principal', null],
    ]);
  });

  it('reads the unlabelled paragraph that addresses the President and asks, his label next, as a question', () => {
    assert.deepEqual(
      record.turns.slice(7).map((t) => [t.kind, t.text.en]),
      [
        ['question', 'Mr. President, would you tell us how the strike talks are going?'],
        ['answer', 'Slowly, but they are going.'],
      ],
    );
    assert.equal(record.turns[6]!.text.en, 'Yes, both of them.');
  });

  it('keeps an answer’s later paragraph that asks nothing in the answer', () => {
    assert.equal(record.turns[2]!.text.en, 'In the spring, I am told.\n\nIt depends on the weather, of course.');
  });
});
