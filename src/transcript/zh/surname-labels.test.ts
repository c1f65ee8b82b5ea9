// An interview's record as books print it: "林问：" and "许答：" (a surname and the word), later
// bare "问：" and "答：", a date in Chinese numerals, the editor's notes after the text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from '../fixtures/read.ts';
import { importTranscript } from '../import.ts';

describe('surname labels with 问 and 答, a date in Chinese numerals, notes after the text', () => {
  const { record } = importTranscript(fixture('zh-surname-labels-notes.md'));

  it('names the interviewer in full from the title and gives them the later bare questions; the surname answers', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', '林海'],
        ['answer', '许'],
        ['question', '林海'],
        ['answer', '许'],
        ['question', '林海'],
        ['answer', '许'],
      ],
    );
  });

  it('reads the date printed in Chinese numerals', () => {
    assert.equal(record.conference.date, '2031-04-12');
  });

  it('keeps the notes section out of the last answer', () => {
    const last = record.turns.at(-1)!;
    assert.equal(Object.values(last.text)[0], '有，夜班船全年开行。');
  });
});
