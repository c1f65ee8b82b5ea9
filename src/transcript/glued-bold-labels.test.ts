// A joint press conference as a web page stores it (glued-bold-labels.md, our own words): bold
// labels run into the sentence before them, an interpreter's note in brackets, reporters called on
// by first name ("Dave (off microphone).", "Mike."), and a stenographer's close.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

const { record } = importTranscript(fixture('glued-bold-labels.md'), { fileName: 'glued-bold-labels.md' });
const spoken = record.turns.filter((t) => t.kind !== 'narration');

describe('bold labels glued to the sentence before them', () => {
  it('starts a turn at each glued label, however long the line', () => {
    assert.deepEqual(
      spoken.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', 'Tomas Lind'],
        ['statement', 'Ines M. Okafor'],
        ['moderation', 'Moderator'],
        ['question', 'Dave'],
        ['answer', 'Ines M. Okafor'],
        ['answer', 'Tomas Lind'],
        ['interjection', 'Dave'],
        ['answer', 'Tomas Lind'],
        // One follow-up is the named reporter's; the next anonymous question may be anyone's.
        ['question', null],
        ['answer', 'Ines M. Okafor'],
        ['moderation', 'Moderator'],
        ['question', 'Jamie'],
        ['answer', 'Tomas Lind'],
        ['question', 'Mike'],
        ['answer', 'Ines M. Okafor'],
      ],
    );
  });

  it('reads "[Speaking French]:" as a note inside the speech, not a speaker', () => {
    assert.equal(
      record.people.some((p) => /speaking/i.test(p.name)),
      false,
    );
    assert.match(spoken[0]!.text.en ?? '', /\[Speaking French\]: It is a pleasure/);
  });

  it('names "Sec. Okafor" in full from the title, middle initial and all', () => {
    assert.ok(record.people.some((p) => p.name === 'Ines M. Okafor' && p.role === 'principal'));
  });

  it('keeps the stenographer’s close out of the last answer', () => {
    assert.equal(spoken.at(-1)!.text.en, 'Not this year.');
  });
});
