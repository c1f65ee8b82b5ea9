// Defence and foreign-ministry briefings as their offices print them: ranks cut short in labels,
// staff who keep the time, reporters who give a first name and an outlet.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

describe('a press secretary labelled by full rank, then by the rank cut short', () => {
  const { record } = importTranscript(fixture('ranked-press-secretary.txt'));

  it('is one principal, "STAFF:" runs the clock, and every hand-off names the next asker', () => {
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [
        ['Jane Cole', 'principal'],
        ['Tara', 'journalist'],
        ['Oren Blake', 'journalist'],
        ['Staff', 'moderator'],
        ['Sam', 'journalist'],
      ],
    );
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['statement', 'Jane Cole', null],
        ['question', 'Tara', 'Associated Press'],
        ['answer', 'Jane Cole', null],
        ['question', 'Tara', 'Associated Press'],
        ['answer', 'Jane Cole', null],
        ['moderation', 'Jane Cole', null],
        ['question', 'Oren Blake', 'Harbour Times'],
        ['answer', 'Jane Cole', null],
        ['moderation', 'Staff', null],
        ['moderation', 'Jane Cole', null],
        ['question', 'Sam', null],
        ['answer', 'Jane Cole', null],
      ],
    );
  });
});

describe('reporters who give a first name and an outlet ("Sir, Rohan from Delta News.")', () => {
  it('names each reporter and outlet, two questions in a row answered together', () => {
    const { record } = importTranscript(fixture('first-name-introductions.txt'));
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => [t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['Rohan', 'Delta News'],
        ['Meera', 'Daily Courier'],
        ['Sidharth', 'Coastal TV'],
      ],
    );
  });
});
