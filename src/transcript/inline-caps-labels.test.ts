// A press release whose paragraphs lost their breaks (a parliamentary library's text of a shadow
// minister's doorstop), in words of our own: the speech runs on in one long line, each turn after a
// wide gap or a finished sentence, labelled in capitals and a colon that never open a line, the
// first label with the speaker's posts; no-break spaces where a web page had them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const gap = '\u00a0 ';
const text = [
  '---\ntitle: "Transcript of doorstop: Port Anselm: 4 May 2031: Harbour dredging"\ndate: "2031-05-04"\n---',
  ' INES MARLOW MP SHADOW MINISTER FOR PORTS',
  ` SUBJECT/S: Harbour dredging   INES MARLOW, SHADOW MINISTER FOR PORTS, MEMBER FOR QUAYSIDE: The dredging of the north channel has been put off for the third time. The fishing fleet cannot wait another winter, and the Government knows it.${gap}JOURNALIST:\u00a0Will Labor fund the dredging if it wins?${gap}MARLOW:\u00a0We will set out our costings before the election, and the channel will be in them.${gap}JOURNALIST:\u00a0How much will it cost?${gap}MARLOW:\u00a0The port authority says forty million dollars. We will check that figure, but we will not leave the fleet stranded.`,
  ' MEDIA\u00a0CONTACT:\u00a0JO\u00a0BRANDT\u00a00400\u00a0000\u00a0000',
].join('\n\n');

describe('a doorstop whose paragraphs ran together, labelled in capitals inside the line', () => {
  const { record } = importTranscript(text);

  it('cuts a turn before each label that recurs, and before the first one with the speaker’s posts', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', 'Ines Marlow'],
        ['question', null],
        ['answer', 'Ines Marlow'],
        ['question', null],
        ['answer', 'Ines Marlow'],
      ],
    );
    assert.equal(
      record.turns.at(-1)!.text.en,
      'The port authority says forty million dollars. We will check that figure, but we will not leave the fleet stranded.',
    );
  });

  it('takes a media contact with no-break spaces for the field it is, not a speaker', () => {
    assert.ok(record.turns.every((t) => t.label !== 'MEDIA\u00a0CONTACT' && !(t.text.en ?? '').includes('0400')));
  });

  it('leaves a long line unsplit where only one word in capitals and a colon recurs', () => {
    const once = importTranscript(
      'Harbour notes\n\nCHAIR: We open the meeting. '.concat(
        'The NOTE: on the agenda is long. '.repeat(20),
        '\n\nMEMBER: Thank you.\n\nCHAIR: Thank you.\n\nMEMBER: Agreed.',
      ),
    ).record;
    assert.equal(once.turns.filter((t) => t.kind !== 'narration').length, 4);
  });
});

describe('a doorstop whose first label carries the speaker’s posts in capitals', () => {
  const doorstop = (label: string) =>
    [
      'INES MARLOW MP\nSHADOW MINISTER FOR PORTS AND HARBOURS\nMEMBER FOR QUAYSIDE',
      'E&OE TRANSCRIPT\nDOORSTOP INTERVIEW\nPORT ANSELM\nMONDAY, 4 MAY 2031',
      `${label}: Thanks for coming out. The dredging of the north channel has been put off again,\nand the fleet cannot wait another winter.`,
      'JOURNALIST: Will Labor fund it?',
      'MARLOW: We will set out our costings before the election.',
      'JOURNALIST: How much will it cost?',
      'MARLOW: About forty million dollars.',
    ].join('\n\n');

  for (const label of ['INES MARLOW, SHADOW MINISTER FOR PORTS AND HARBOURS', 'INES MARLOW, LEADER OF THE HARBOUR PARTY']) {
    it(`reads "${label}:" as the principal's label, her opening statement hers`, () => {
      const { record } = importTranscript(doorstop(label));
      assert.deepEqual(
        record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null, t.speaker?.role ?? null]),
        [
          ['statement', 'Ines Marlow', 'principal'],
          ['question', null, null],
          ['answer', 'Ines Marlow', 'principal'],
          ['question', null, null],
          ['answer', 'Ines Marlow', 'principal'],
        ],
      );
    });
  }

  it('never takes the weekday before the date for the venue', () => {
    const { record } = importTranscript(doorstop('INES MARLOW, SHADOW MINISTER FOR PORTS AND HARBOURS'));
    assert.equal(record.conference.date, '2031-05-04');
    assert.notEqual(record.conference.venue?.toUpperCase(), 'MONDAY');
  });
});

describe('a typescript of a press conference, OCR’d a typed line at a time', () => {
  const text = [
    'PRESS CONFERENCE, PORT ANSELM, 4 MAY 1986',
    [
      'PM: Thank you all for coming. We have had a good day of talks',
      'on the harbour and the ferries, and I will take your questions.',
      'JOURNALIST: Prime Minister, did the harbour board say why the',
      'dredging was put off?',
      'PM: Not in so many words.',
      'JOURNALIST:......... the board last night',
      'PM: I did not hear the whole question, but the board will report in June.',
      'JOURNALIST: Mr Lima, what was the board chairman’s reaction to what',
      'PM: Well, you should ask him that yourself.',
      'JOURNALIST: And the ferries, did they come up at all, or was it out of',
      'the question for the board? Or was it out of PM: No.',
      'JOURNALIST: Thank you, Prime Minister.',
    ].join('\n'),
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads each label, after a question cut off or not caught, and in capitals inside a line', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => t.label),
      ['PM', 'JOURNALIST', 'PM', 'JOURNALIST', 'PM', 'JOURNALIST', 'PM', 'JOURNALIST', 'PM', 'JOURNALIST'],
    );
    assert.equal(record.turns.filter((t) => t.label === 'PM').at(-1)!.text.en, 'No.');
  });
});
