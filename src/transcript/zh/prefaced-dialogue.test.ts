// A written dialogue as a Chinese paper prints it (our own words): an editor's preface set apart
// as a quotation ("> 前言：……"), one-character bold labels, and "（待續）" after the last words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from '../fixtures/read.ts';
import { importTranscript } from '../import.ts';

describe('a dialogue under an editor’s preface, to be continued', () => {
  const { record } = importTranscript(fixture('zh-prefaced-dialogue.md'));
  const spoken = record.turns.filter((t) => t.kind !== 'narration');

  it('keeps the preface as narration, no one’s statement', () => {
    assert.ok(!spoken.some((t) => Object.values(t.text).join('').includes('前言')));
    assert.deepEqual(
      spoken.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', '林'],
        ['answer', '許'],
        ['question', '林'],
        ['answer', '許'],
        ['question', '林'],
        ['answer', '許'],
      ],
    );
  });

  it('leaves "（待續）" out of the last answer', () => {
    const last = Object.values(spoken.at(-1)!.text).join('');
    assert.ok(last.endsWith('但潮水定了第一步。'), last);
  });
});

describe('a reporter’s note and a background paragraph over a Q&A', () => {
  it('reads neither "记者按：" nor "背景：" as a speaker', () => {
    const text = [
      '# 港口座谈实录',
      '',
      '背景：东堤去年被台风冲毁，港务局今年重修。',
      '',
      '记者按：以下是座谈中的问答。',
      '',
      '问：东堤什么时候修好？',
      '',
      '林海：明年春天。',
      '',
      '问：钱从哪里来？',
      '',
      '林海：港口自己的储备。',
    ].join('\n');
    const { record } = importTranscript(Buffer.from(text));
    const named = new Set(record.turns.map((t) => t.speaker?.name).filter((n) => n !== undefined));
    assert.deepEqual([...named], ['林海']);
  });
});
