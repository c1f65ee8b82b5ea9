// Earnings calls as a scraper saves them: labels run into the words ("Nadia Ferrante:Thank you"),
// the host who opens the call speaking once, the first label lost, analysts left unidentified.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

const cast = (text: string) =>
  importTranscript(fixture(text)).record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.speaker?.role ?? null, t.outlet?.name ?? null]);

describe('a call whose first label was lost', () => {
  it('gives the unlabelled remarks to the speaker the first label thanks, and names the unidentified analyst from the hand-off', () => {
    assert.deepEqual(cast('glued-call-lost-label.txt'), [
      ['narration', null, null, null],
      ['statement', 'Oskar Lindahl', 'principal', null],
      ['statement', 'Nadia Ferrante', 'principal', null],
      ['moderation', 'Operator', 'moderator', null],
      ['question', 'Lionel Hart', 'journalist', 'Quillfeather'],
      ['answer', 'Nadia Ferrante', 'principal', null],
      ['question', 'Lionel Hart', 'journalist', 'Quillfeather'],
      ['answer', 'Oskar Lindahl', 'principal', null],
      ['question', 'Lionel Hart', 'journalist', 'Quillfeather'],
      ['moderation', 'Operator', 'moderator', null],
      ['question', 'Petra Vos', 'journalist', null],
      ['answer', 'Nadia Ferrante', 'principal', null],
      ['moderation', 'Operator', 'moderator', null],
      ['statement', 'Oskar Lindahl', 'principal', null],
    ]);
  });
});

describe('a call opened by investor relations, who speaks once', () => {
  it('reads the host’s run-in label though it does not recur, and makes the host a moderator, not a principal or a reporter', () => {
    assert.deepEqual(cast('glued-call-host.txt').slice(0, 6), [
      ['narration', null, null, null],
      ['moderation', 'Ruth Okafor', 'moderator', null],
      ['statement', 'Daniel Mertz', 'principal', null],
      ['statement', 'Lena Sauer', 'principal', null],
      ['moderation', 'Operator', 'moderator', null],
      ['question', 'Ivo Brandt', 'journalist', 'Harlow Securities'],
    ]);
  });
});
