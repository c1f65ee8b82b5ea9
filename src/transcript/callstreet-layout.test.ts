// A bank's call transcript in the layout a transcript service prints (callstreet-layout.txt, our own
// words): each speaker's name over their post and firm, a Q or an A far to the right of that line, the
// words under it, and rows of dots between the turns.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

describe('names over posts marked Q and A, dotted rules between the turns', () => {
  const { record } = importTranscript(fixture('callstreet-layout.txt'));
  const spoken = record.turns.filter((t) => t.kind !== 'narration');

  it('reads each name over its post as the speaker, the analyst for the firm after "Analyst,"', () => {
    assert.deepEqual(
      spoken.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['moderation', 'Operator', null],
        ['statement', 'Ana Reyes', null],
        ['moderation', 'Operator', null],
        ['question', 'Mara Quill', 'Quayside Securities Inc.'],
        ['answer', 'Ana Reyes', null],
        ['question', 'Mara Quill', 'Quayside Securities Inc.'],
        ['moderation', 'Operator', null],
        ['question', 'Omar Vasquez', 'Tidewater Capital LLC'],
        ['answer', 'Ana Reyes', null],
      ],
    );
  });

  it('keeps the posts, the marks and the dots out of the words', () => {
    for (const turn of spoken) assert.doesNotMatch(turn.text.en ?? '', /Analyst,|Chief Financial Officer,|\.{5}|\s[QA]$/);
  });
});
