// A report of a press conference that prints the exchanges after its account: plain questions,
// answers in quotation marks, nobody labelled.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

describe('plain questions over quoted answers, after the reporter’s account', () => {
  const { record } = importTranscript(fixture('report-quoted-answers.txt'));

  it('reads the exchanges as questions and the answers of the one the account quotes, the account as narration', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['narration', null, null],
        ...Array.from({ length: 6 }, () => [
          ['question', null, null],
          ['answer', 'Ruth Abara', null],
        ]).flat(),
      ],
    );
  });

  it('takes the quotation marks off and keeps an answer of two paragraphs one turn', () => {
    assert.equal(record.turns[2]!.text.en, 'Very happy. Everybody is training well and everybody wants to play.');
    assert.equal(
      record.turns[6]!.text.en,
      'A hard game. They defend deep and they are dangerous on the break.\n\nWe will have to be patient and not give them the chance to counter.',
    );
  });

  it('leaves the data set’s highlights after the last answer out', () => {
    assert.equal(record.turns.at(-1)!.text.en, 'Very well, thank you. The children love the beach.');
  });
});

describe('a club’s page: topic lines and questions, each with its quoted answer on the next line', () => {
  const { record } = importTranscript(fixture('club-page-quoted-answers.txt'));

  it('reads each topic line and question as the press’s turn and each quotation as the answer of the one the lead says spoke to the media', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.speaker?.role === 'principal' ? t.speaker.name : 'press', t.text.en!.slice(0, 12)]),
      [
        ['press', 'On the team '],
        ['Dana Okafor', 'Leni trained'],
        ['press', 'On Northport'],
        ['Dana Okafor', 'They press v'],
        ['press', 'How importan'],
        ['Dana Okafor', 'Every derby '],
        ['press', 'Will you cha'],
        ['Dana Okafor', 'Maybe a smal'],
      ],
    );
  });

  it('keeps an answer of two quoted lines one turn of two paragraphs, and the page’s links out of it', () => {
    assert.equal(
      record.turns.find((t) => t.text.en?.startsWith('They press'))!.text.en,
      'They press very high and they are brave with the ball. It will be a test of our patience.\n\nWe have worked on playing through them all week.',
    );
    assert.equal(record.turns.at(-1)!.text.en, 'Maybe a small detail. You will see on Sunday.');
  });
});
