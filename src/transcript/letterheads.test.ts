// Ministerial transcripts whose principal is labelled by office or surname only ("MINISTER:",
// "PM:", "FERREIRA-BANKS:"): the letterhead or the front matter names the person; OCR-spaced and
// misspelt labels stay that person; a speaker cut off with a dash does not swallow the next label.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordProblems, type ConferenceRecord } from '../domain/record.ts';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';
import { documentPeople, isOfficeOnly, officeHolderName } from './office-holders.ts';

/** [kind, label, speaker name] per turn. */
function shape(record: ConferenceRecord) {
  return record.turns.map((t) => [t.kind, t.label, t.speaker?.name ?? null]);
}

describe('an office label under a letterhead that names the minister', () => {
  const { record } = importTranscript(fixture('office-letterhead.txt'));

  it('names "MINISTER:" and the misspelt "MINSITER:" after "THE HON MARGARET OKAFOR MP"', () => {
    assert.deepEqual(recordProblems(record), []);
    assert.deepEqual(shape(record), [
      ['narration', null, null],
      ['statement', 'MINISTER', 'Margaret Okafor'],
      ['question', 'JOURNALIST', null],
      ['answer', 'MINISTER', 'Margaret Okafor'],
      ['question', 'JOURNALIST', null],
      ['answer', 'MINSITER', 'Margaret Okafor'],
      ['question', 'JOURNALIST', null],
      ['answer', 'MINISTER', 'Margaret Okafor'],
    ]);
    assert.deepEqual(
      record.people.map((p) => p.name),
      ['Margaret Okafor'],
    );
  });

  it('finds the label after a question cut off with a dash ("or-", "and -"), and counts it a question', () => {
    assert.equal(record.turns[2]!.text.en, 'Minister, will the fees go up once it is open, or-');
    assert.equal(record.turns[3]!.text.en, 'No. The fees are set until next year.');
  });

  it('takes the transcript line, not the office, as the title', () => {
    assert.equal(record.conference.title, 'TRANSCRIPT OF DOORSTOP INTERVIEW, PORT ELLIS, 3 MARCH 2031');
  });
});

describe('"PM:" in a catalogue record whose front matter lists the creators', () => {
  const { record } = importTranscript(fixture('front-matter-creators.md'));

  it('is the person the front matter lists, "Surname, Given" turned round; "P M :" is the same label', () => {
    assert.deepEqual(shape(record).slice(1), [
      ['statement', 'PM', 'Tobias Adeyemi'],
      ['question', 'JOURNALIST', null],
      ['answer', 'P M', 'Tobias Adeyemi'],
      ['question', 'JOURNALIST', null],
      ['answer', 'PM', 'Tobias Adeyemi'],
    ]);
    assert.equal(record.people.length, 1);
  });
});

describe('a spokesperson named in full once, by surname after', () => {
  const { record } = importTranscript(fixture('spokesperson-surname.txt'));

  it('is one person with the full name, the office kept as a title', () => {
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [['Lucia Ferreira-Banks', 'principal']],
    );
    assert.deepEqual(
      shape(record).map((t) => t[0]),
      ['narration', 'statement', 'question', 'answer', 'question', 'answer'],
    );
  });
});

describe('office-holders', () => {
  it('reads names after "The Hon" and people in front matter, never an organisation', () => {
    assert.deepEqual(documentPeople(['Quill, Ada', 'Harbour Party of Westmark', 'Coastal Ministry'], ['THE HON BRAM T OSEI AM QC MP Treasurer']), [
      'Bram T Osei',
      'Ada Quill',
    ]);
    assert.deepEqual(documentPeople([], ['Transcript of a doorstop interview']), []);
  });

  it('tells an office label from a name', () => {
    assert.equal(isOfficeOnly('PRIME MINISTER'), true);
    assert.equal(isOfficeOnly('PM'), true);
    assert.equal(isOfficeOnly('The Treasurer'), true);
    assert.equal(isOfficeOnly('Prime Minister Osei'), false);
    assert.equal(isOfficeOnly('QUESTION'), false);
  });

  it('names a surname label from any person of the document, an office label only for the main principal', () => {
    const people = ['Bram T Osei', 'Ada Quill'];
    assert.equal(officeHolderName('Quill', people, false), 'Ada Quill');
    assert.equal(officeHolderName('Treasurer', people, true), 'Bram T Osei');
    assert.equal(officeHolderName('Treasurer', people, false), null);
    assert.equal(officeHolderName('Lewis', people, false), null);
  });
});

describe('a joint press conference whose letterhead presents both speakers', () => {
  const { record } = importTranscript(fixture('party-leaders-pdf.txt'));

  it('takes both people the letterhead presents for principals, even an opening full of questions', () => {
    const roles = Object.fromEntries(record.people.map((p) => [p.name, p.role]));
    assert.equal(roles['Rosa Varga'], 'principal');
    assert.equal(roles['Tomas Elland'], 'principal');
  });

  it('reads a label cut short at the margin ("TOMAS ELLAN") as the speaker it cuts', () => {
    assert.deepEqual(
      record.people.map((p) => p.name).filter((n) => n.startsWith('Tomas')),
      ['Tomas Elland'],
    );
    assert.equal(record.turns.filter((t) => t.speaker?.name === 'Tomas Elland').length, 3);
  });
});

describe('an office label beside a person the front matter names under a label of their own', () => {
  const text = [
    '---',
    'title: "Transcript of joint press conference: the river plan"',
    'creators:',
    '  - "Ruiz, Ana"',
    '---',
    '',
    'PM: I am glad to be here with the Premier for the river plan, which we sign today after two years of talks.',
    '',
    'PREMIER RUIZ: And I am glad the Prime Minister came to sign it on the river itself.',
    '',
    'JOURNALIST: Prime Minister, when will the water be bought back?',
    '',
    'PM: The first purchases close in the spring.',
    '',
  ].join('\n');
  const { record } = importTranscript(text);

  it('does not give "PM:" the name of the Premier, who speaks under her own label', () => {
    const names = record.turns.filter((t) => t.label === 'PM').map((t) => t.speaker?.name);
    assert.ok(
      names.every((n) => n !== 'Ana Ruiz'),
      `PM named ${names.join(', ')}`,
    );
    assert.equal(record.turns.find((t) => t.label === 'PREMIER RUIZ')?.speaker?.name, 'Ana Ruiz');
  });
});

describe('a second minister’s label misspelt two ways beside the correct one', () => {
  const text = [
    'TRANSCRIPT OF JOINT PRESS CONFERENCE WITH THE MINISTER FOR HARBOURS, LENA OKAFOR, PORT ELLIS, 3 MARCH 2031',
    'PRIME MINISTER: Thanks for coming. The minister will say a word on the new berths.',
    'MINISTER OKAFOR: Thanks, Prime Minister. The berths open in May.',
    'JOURNALIST: Minister, what will the berths cost?',
    'MINSITER OKAFOR: About forty million, which the port covers.',
    'JOURNALIST: And the ferries?',
    'MINSTER OKAFOR: The ferries run as they do now.',
    'JOURNALIST: Prime Minister, is that enough?',
    'PRIME MINISTER: It is.',
  ].join('\n\n');

  it('names all three labels as the minister the title names, a letter swapped or dropped', () => {
    const { record } = importTranscript(Buffer.from(text));
    assert.deepEqual(
      record.turns.filter((t) => t.label?.includes('OKAFOR')).map((t) => t.speaker?.name),
      ['Lena Okafor', 'Lena Okafor', 'Lena Okafor'],
    );
  });
});
