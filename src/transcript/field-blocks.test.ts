// A call written out as blocks of fields, one block a turn, under a header of the call's details
// (a pipeline's "standardized text"). Our own words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const block = (fields: string[]) => fields.join('\n');

describe('a call written as blocks of Speaker:, Job Title:, Company: and Utterance N: fields', () => {
  const text = [
    '[TRANSCRIPT SPECS]',
    block(['Created on: 2031-05-21 09-39-14', 'Unique Speakers: 4']),
    '[CALL DETAILS]',
    block(['Bank: Harbour Bank', 'Call Date: 2031-04-24']),
    '[TRANSCRIPT START]',
    block(['Speaker: Ana Reyes', 'Job Title: Group CFO', 'Company: Harbour Bank', 'Utterance 1: Good afternoon. Our quarter was steady.']),
    block(['Speaker: Operator', 'Utterance 2: The next question is from Tomas Berg, Quayside Securities. Please go ahead.']),
    block(['Speaker: Tomas Berg', 'Company: Quayside Securities', 'Utterance 3: Thank you. How are deposits moving?', 'And costs?']),
    block(['Speaker: Ana Reyes', 'Job Title: Group CFO', 'Company: Harbour Bank', 'Utterance 4: Deposits grew; costs fell.']),
  ].join('\n\n');
  const { record } = importTranscript(text);
  const expected = [
    ['statement', 'Ana Reyes', null],
    ['moderation', 'Operator', null],
    ['question', 'Tomas Berg', 'Quayside Securities'],
    ['answer', 'Ana Reyes', null],
  ];

  it('reads the blocks alike when several blank lines set them apart', () => {
    const spaced = importTranscript(text.replaceAll('\n\n', '\n\n\n')).record;
    assert.deepEqual(
      spaced.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      expected,
    );
  });

  it('reads each block as a turn, the host’s people as principals and the others’ firms as outlets', () => {
    assert.equal(record.conference.date, '2031-04-24');
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['statement', 'Ana Reyes', null],
        ['moderation', 'Operator', null],
        ['question', 'Tomas Berg', 'Quayside Securities'],
        ['answer', 'Ana Reyes', null],
      ],
    );
    assert.equal(record.turns.find((t) => t.kind === 'question')?.text.en, 'Thank you. How are deposits moving? And costs?');
  });
});
