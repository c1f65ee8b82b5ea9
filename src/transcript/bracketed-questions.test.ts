// A news report's excerpt of a press conference, in words of our own: the official's answers under
// a label, the reporters' questions set between them in brackets ("（記者：…）", "(Reporter: …)").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const spoken = (text: string) =>
  importTranscript(text)
    .record.turns.filter((t) => t.kind !== 'narration')
    .map((t) => [t.kind, t.label]);

describe('reporters’ questions set in brackets between labelled answers', () => {
  it('reads each "（記者：…）" as the reporter’s question, a bracket with no colon as no one’s', () => {
    const text = [
      '警方例行記者會節錄',
      '記者會後半段，傳媒不斷追問渡輪問題，節錄內容如下：',
      '何志明：我哋會盡快交代，今日先講到呢度。',
      '（記者：點解今日無人喺度？）',
      '何志明：呢個安排唔輪到我決定。',
      '（記者：渡輪幾時復航？）',
      '何志明：下星期一。',
      '（記者起哄）',
      '（記者：你可唔可以承諾？）',
      '何志明：我唔可以承諾。',
    ].join('\n\n');
    assert.deepEqual(spoken(text), [
      ['statement', '何志明'],
      ['question', '記者'],
      ['answer', '何志明'],
      ['question', '記者'],
      ['answer', '何志明'],
      ['question', '記者'],
      ['answer', '何志明'],
    ]);
  });

  it('reads "(Reporter: …)" alike, brackets inside the question and all', () => {
    const text = [
      'Harbour police briefing, excerpt',
      'SUPT LEE: We will keep the pier closed tonight.',
      '(Reporter: Why close it (again) when the storm has passed?)',
      'SUPT LEE: Because the pontoon is damaged.',
      '(Reporter: When will it reopen?)',
      'SUPT LEE: Tomorrow, after the divers report.',
    ].join('\n\n');
    assert.deepEqual(spoken(text), [
      ['statement', 'SUPT LEE'],
      ['question', 'Reporter'],
      ['answer', 'SUPT LEE'],
      ['question', 'Reporter'],
      ['answer', 'SUPT LEE'],
    ]);
  });
});
