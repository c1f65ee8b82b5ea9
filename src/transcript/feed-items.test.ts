// A feed's item cut out of its feed (no XML prolog): the title, the date and the transcript as the
// item's HTML in a CDATA section; a spokesperson who introduces the guest and runs the floor.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

describe('a telephone briefing kept as a feed item', () => {
  const { record } = importTranscript(fixture('feed-item-briefing.xml'));

  it('reads the item’s title and date and the transcript inside it', () => {
    assert.equal(record.conference.title, 'Briefing with Special Envoy for Ports Ana Ruiz on the Harbour Accord');
    assert.equal(record.conference.date, '2031-04-28');
  });

  it('makes the spokesperson who introduces the guest the moderator, and names the reporters the hand-offs call on', () => {
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]).filter(([, role]) => role !== 'journalist'),
      [
        ['Mr Lang', 'moderator'],
        ['Ana Ruiz', 'principal'],
        ['Operator', 'moderator'],
      ],
    );
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => t.speaker?.name ?? null),
      ['Mara Quist', 'Owen Tait'],
    );
  });
});
