// A call's transcript whose turns open with the speaker's name, firm and post and no colon.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

describe('turns opened by name, firm and post, no colon', () => {
  const { record } = importTranscript(fixture('posted-labels-call.txt'));

  it('reads the company’s people as principals, the IR manager who hands the floor as moderator, and the analyst and the reporter as the press, their firms the outlets', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['narration', null, null],
        ['moderation', 'Ines Hale', null],
        ['statement', 'Mara Quist', null],
        ['statement', 'Tobias Renner', null],
        ['moderation', 'Ines Hale', null],
        ['question', 'Owen Tait', 'Harbour Securities'],
        ['answer', 'Mara Quist', null],
        ['moderation', 'Ines Hale', null],
        ['question', 'Lena Brandt', 'Quayside Daily'],
        ['answer', 'Tobias Renner', null],
      ],
    );
    assert.deepEqual([...new Set(record.people.map((p) => p.name))], ['Ines Hale', 'Mara Quist', 'Tobias Renner', 'Owen Tait', 'Lena Brandt']);
    // The IR manager only welcomes and hands the floor: the call's moderator, not one who answers.
    assert.equal(record.people.find((p) => p.name === 'Ines Hale')?.role, 'moderator');
  });

  it('ends the post where the words begin, and keeps the list of participants out of any turn', () => {
    assert.equal(record.turns[3]!.text.en, 'Thank you, Chairman. Revenue rose 8 per cent, and the margin held at 21 per cent.');
    assert.deepEqual(record.people.find((p) => p.name === 'Tobias Renner')?.titles, ['CFO']);
    assert.equal(record.turns[5]!.text.en, 'Thank you. When will the fourth line at the river plant start, and what will it cost?');
  });
});
