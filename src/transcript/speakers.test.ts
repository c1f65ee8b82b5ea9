// One speaker per person however the label is spelt: a name once, then initials ("CH:").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

describe('a press conference that names each speaker once, then labels them by initials', () => {
  const { record } = importTranscript(fixture('initials-press-conference.md'));

  it('reads "IM:" and "PO:" as the two people whose initials they are', () => {
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['Ines Marlow', 'Pavel Ostrowski'],
    );
    assert.equal(record.turns.filter((t) => t.speaker?.name === 'Ines Marlow').length, 3);
  });

  it('gives a question the reporter and outlet printed in brackets after "Q:"', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.speaker?.role === 'journalist').map((t) => [t.speaker?.name, t.outlet?.name]),
      [
        ['Jana Roe', 'Harbour Radio'],
        ['Tomas Berg', 'Northern Ledger'],
      ],
    );
  });

  it('keeps bold headings in capitals and the "Part One:" line out of the speech', () => {
    const spoken = record.turns.filter((t) => t.kind !== 'narration').map((t) => t.text.en!);
    assert.ok(spoken.every((text) => !text.includes('QUESTIONS FROM THE FLOOR') && !text.includes('TEAM REPRESENTATIVES') && !text.includes('Part One')));
  });
});
