// A health agency's transcript: a speaker key of initials, each turn opened by initials in a
// column of their own, the reporters' initials in no key, their names in the host's hand-offs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

describe('initials in a column, named by a speaker key', () => {
  const { record } = importTranscript(fixture('initials-column-key.txt'));

  it('names each turn by the key, the reporters by the hand-offs, and the host who hands the floor as moderator', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['moderation', 'Rosa Vint', null],
        ['statement', 'Anselm Kade', null],
        ['moderation', 'Rosa Vint', null],
        ['question', 'Ada Quill', 'Tidewater Radio'],
        ['answer', 'Lotte Brun', null],
        ['moderation', 'Rosa Vint', null],
        ['question', 'Omar Vasquez', 'Coastal Gazette'],
        ['answer', 'Anselm Kade', null],
        ['moderation', 'Rosa Vint', null],
      ],
    );
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['Anselm Kade', 'Lotte Brun'],
    );
  });

  it('keeps the key and the time line out of the turns', () => {
    const words = record.turns
      .filter((t) => t.kind !== 'narration')
      .map((t) => t.text.en)
      .join('\n');
    assert.equal(words.includes('Speaker key'), false);
    assert.equal(words.includes('00:00:04'), false);
    assert.equal(record.turns.find((t) => t.speaker?.name === 'Rosa Vint')!.text.en!.startsWith('Good morning and welcome'), true);
  });
});
