// A page reposting an interview under the wire's headlines in capitals (our own words): "HARBOUR'S QUILL: FEES
// WILL NOT RISE THIS YEAR" reads like a label, but the transcript's own turns are in ordinary case.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

describe('wire headlines in capitals over an interview', () => {
  const text = [
    "HARBOUR'S QUILL: FEES WILL NOT RISE THIS YEAR",
    "HARBOUR'S QUILL: THE NEW QUAY OPENS IN MARCH",
    'Ben Harrow: Will the fees rise this year?',
    'Ana Quill: Not this year. We have what we need for the quay.',
    'Ben Harrow: And when does the quay open?',
    'Ana Quill: In March, once the ramp is tested.',
    'Ben Harrow: Thank you.',
    'Ana Quill: Thank you, Ben.',
  ].join('\n\n');
  const { record } = importTranscript(Buffer.from(text));

  it('keeps the headlines out of the turns, and nobody is named by them', () => {
    const spoken = record.turns.filter((t) => t.kind !== 'narration');
    assert.equal(spoken.length, 6);
    assert.ok(!record.people.some((p) => /quill/i.test(p.name) && p.name !== 'Ana Quill'));
  });
});
