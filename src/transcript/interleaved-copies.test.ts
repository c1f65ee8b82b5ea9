// A call laid out by a translation tool for reading (interleaved-call.txt, our own words): each
// paragraph numbered and tagged "[EN]", its Chinese translation under it tagged "[中]", the original
// sometimes printed once more; the tool's rules and paragraph count around it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

describe('an interleaved bilingual copy of a call', () => {
  const { record } = importTranscript(fixture('interleaved-call.txt'));
  const spoken = record.turns.filter((t) => t.kind !== 'narration');

  it('reads one turn per original paragraph’s label, each in both languages, the translated label dropped', () => {
    assert.deepEqual(
      spoken.map((t) => [t.kind, t.speaker?.name ?? null, Object.keys(t.text).sort().join('+')]),
      [
        ['moderation', 'Operator', 'en+zh'],
        ['question', 'Jo Brandt', 'en+zh'],
        ['answer', 'Tomas Weller', 'en+zh'],
        ['question', 'Jo Brandt', 'en+zh'],
        ['answer', 'Tomas Weller', 'en+zh'],
        ['moderation', 'Operator', 'en+zh'],
      ],
    );
    assert.equal(spoken[1]!.text.en, 'Thanks. Where do margins go next year?');
    assert.equal(spoken[1]!.text.zh, '谢谢。明年利润率会怎样？');
    assert.match(spoken[2]!.text.en ?? '', /About where they are now\.\n\nThe new line helps/);
  });

  it('keeps the tags, the repeated original and the tool’s count out of every turn', () => {
    for (const turn of record.turns) assert.doesNotMatch(Object.values(turn.text).join('\n'), /\[EN\]|\[中\]|原文|共 7 段|={10}/);
  });
});

describe('an interleaved copy whose labels stand on lines of their own', () => {
  const { record } = importTranscript(fixture('interleaved-call-labels-apart.txt'));
  const spoken = record.turns.filter((t) => t.kind !== 'narration');

  it('gives each label once, as printed: its translation is no paragraph of speech', () => {
    assert.deepEqual(
      spoken.map((t) => [t.kind, t.speaker?.name ?? null, Object.keys(t.text).sort().join('+')]),
      [
        ['moderation', 'Operator', 'en+zh'],
        ['question', 'Jo Brandt', 'en+zh'],
        ['answer', 'Tomas Weller', 'en+zh'],
        ['moderation', 'Operator', 'en+zh'],
      ],
    );
    assert.equal(spoken[1]!.text.zh, '谢谢。明年利润率会怎样？');
    // (Words said without a period, "Thank you all", are speech: their translation stays.)
    assert.match(spoken[2]!.text.zh ?? '', /谢谢大家$/);
    for (const turn of spoken) assert.doesNotMatch(Object.values(turn.text).join('\n'), /接线员|分析师|首席执行官/);
  });
});
