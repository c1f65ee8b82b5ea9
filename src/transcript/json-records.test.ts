// A conversation kept as JSON records (a chat export, a data set): one object per utterance.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';
import { jsonRecordsText } from './json-records.ts';

const records = [
  { timestamp: 1, conversationId: 'c0ffee', senderName: 'reuters.com', outgoing: false, text: 'Minister, will the ferry run on Sunday?' },
  { timestamp: 2, conversationId: 'c0ffee', senderName: 'Ines Okafor', outgoing: true, text: 'It will, from the north pier.' },
  { timestamp: 3, conversationId: 'c0ffee', senderName: 'reuters.com', outgoing: false, text: 'And the fares?' },
  { timestamp: 4, conversationId: 'c0ffee', senderName: 'Ines Okafor', outgoing: true, text: 'They stay as they are.' },
];

describe('JSON records of a conversation', () => {
  it('reads each record as "Speaker: words", a site’s address as the outlet it names', () => {
    const { record } = importTranscript(JSON.stringify(records, null, 2));
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null, t.text.en]),
      [
        ['question', null, 'Reuters', 'Minister, will the ferry run on Sunday?'],
        ['answer', 'Ines Okafor', null, 'It will, from the north pier.'],
        ['question', null, 'Reuters', 'And the fares?'],
        ['answer', 'Ines Okafor', null, 'They stay as they are.'],
      ],
    );
    assert.equal(JSON.stringify(record).includes('c0ffee'), false);
  });

  it('finds the records under an object’s one array, and gives up on JSON that holds no conversation', () => {
    assert.match(
      jsonRecordsText(JSON.stringify({ meta: { id: 1 }, messages: records.map(({ senderName, text }) => ({ sender: senderName, text })) })) ?? '',
      /^Reuters: Minister/,
    );
    assert.equal(jsonRecordsText('{"a": 1}'), null);
    assert.equal(jsonRecordsText('[1, 2, 3, 4]'), null);
    assert.equal(jsonRecordsText('[not json'), null);
  });
});

describe('a data set’s JSON of sections, each a speaker and its sentences', () => {
  it('reads each section as its speaker’s words, one speaker’s sections in a row one turn, under the document’s title', () => {
    const json = JSON.stringify({
      title: 'Harbour Tonight',
      sections: [
        { speaker: 'MARLOW', sentences: [{ text: 'Good evening.' }, { text: 'Minister, will the ferry run tomorrow?' }] },
        { speaker: 'OKAFOR', sentences: [{ text: 'It will run at nine.' }] },
        { speaker: 'OKAFOR', sentences: [{ text: 'And again at noon.' }] },
        { speaker: 'MARLOW', sentences: [{ text: 'Who pays for the extra crew?' }] },
        { speaker: 'OKAFOR', sentences: [{ text: 'The harbour board.' }] },
      ],
    });
    assert.equal(
      jsonRecordsText(json),
      'Harbour Tonight\n\nMARLOW: Good evening. Minister, will the ferry run tomorrow?\n\nOKAFOR: It will run at nine. And again at noon.\n\nMARLOW: Who pays for the extra crew?\n\nOKAFOR: The harbour board.\n',
    );
  });
});

describe('a call scraped into JSON parts (prepared remarks, then questions and answers) with a list of participants', () => {
  const { record } = importTranscript(fixture('call-parts.json'));

  it('reads the parts in order, the voice the transcript could not place as an asker, the listed posts as the company’s', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['narration', null, null],
        ['moderation', 'Operator', null],
        ['moderation', 'Ines Hale', null],
        ['statement', 'Mara Quist', null],
        ['moderation', 'Operator', null],
        ['question', 'Owen Tait', 'Harbour Securities'],
        ['answer', 'Mara Quist', null],
        ['moderation', 'Operator', null],
        ['question', null, null],
        ['answer', 'Tobias Renner', null],
      ],
    );
    assert.equal(record.people.find((p) => p.name === 'Tobias Renner')?.role, 'principal');
  });
});

describe('a data set’s press conference with the questions and the answers kept apart', () => {
  const json = JSON.stringify({
    title: 'HARBOUR CUP FINAL: NORTHPORT v QUAYSIDE',
    date: 'June 3, 2031',
    qa: {
      questions: {
        '0': 'Q. Dana, how did the second half feel?',
        '1': 'Q. Ruth, what did you say at half-time?',
        '2': 'Sorry, one more for Dana: is the ankle fine?',
      },
      answers: {
        '0': 'DANA OKAFOR: Long. We were tired, but we held on.',
        '1': 'RUTH ABARA: Keep the ball. That was all.',
        '2': 'DANA OKAFOR: It is fine. THE MODERATOR: Thank you, both. End of FastScripts',
      },
    },
  });
  const { record } = importTranscript(json, { fileName: 'final.json' });

  it('reads each question before its answer, under the document’s title and date', () => {
    assert.equal(record.conference.title, 'HARBOUR CUP FINAL: NORTHPORT v QUAYSIDE');
    assert.equal(record.conference.date, '2031-06-03');
    assert.deepEqual(record.turns.map((t) => [t.kind, t.speaker?.name ?? null]).slice(0, 6), [
      ['question', null],
      ['answer', 'Dana Okafor'],
      ['question', null],
      ['answer', 'Ruth Abara'],
      ['question', null],
      ['answer', 'Dana Okafor'],
    ]);
  });

  it('keeps the service’s mark glued to the last answer out of it', () => {
    assert.equal(
      record.turns.some((t) => t.kind !== 'narration' && (t.text.en ?? '').includes('FastScripts')),
      false,
    );
  });
});
