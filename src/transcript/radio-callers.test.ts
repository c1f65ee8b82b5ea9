// A minister on talkback radio, as a prime minister's office prints it (our own words): the title names
// the station after the kind of interview, the host hands the line to a caller by first name, and the
// caller's turns are labelled "CALLER:" only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const TEXT = [
  'Minister for Ports, Radio Interview, 6PR, Perth',
  'ANNA LEE: In the studio this morning is the Minister for Ports, Tom Quill. Good morning.',
  'TOM QUILL: Good morning Anna.',
  'ANNA LEE: The new quay opens next week. Is it finished?',
  'TOM QUILL: It is, and on time.',
  'ANNA LEE: Lots of calls this morning. Dave - go ahead please Dave',
  'CALLER: Yes, good morning Minister.',
  'TOM QUILL: Good morning Dave.',
  'CALLER: Will the ferry fares go up?',
  'TOM QUILL: Not this year, Dave.',
  'ANNA LEE: Thanks Dave. Minister, one more from me. When does the ferry run again?',
  'TOM QUILL: In March.',
].join('\n\n');

describe('a talkback interview with a caller the host names', () => {
  const { record } = importTranscript(Buffer.from(TEXT));
  const asked = record.turns.filter((t) => t.kind === 'question' || t.kind === 'interjection');

  it('gives every turn of the caller the name the host called, and the station as the outlet they call', () => {
    assert.deepEqual(
      asked.map((t) => [t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['Anna Lee', null],
        ['Anna Lee', null],
        ['Anna Lee', null],
        ['Dave', '6PR'],
        ['Dave', '6PR'],
        ['Anna Lee', null],
      ],
    );
  });
});
