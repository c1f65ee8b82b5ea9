// A collaborative note whose answers are signed at their end with the writer's author tag
// ("[name=ines]"), its questions numbered headings with a translation under each.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const NOTE = [
  '# 運河採訪共筆',
  '',
  '## 1. 船閘什麼時候重新開放？',
  '> When will the lock reopen?',
  '',
  '> 下週一，新閘門已經裝好。',
  '> 是在我們自己的船塢做的。 [name=ines]',
  '> 補充：試運行兩次都沒問題 [name=tomas]',
  '',
  '## 2. 費用由誰負擔？',
  '> Who pays for the gates?',
  '',
  '> 運河信託的儲備金。 -- [name=ines]',
  '> 那過閘費會漲嗎？ [name=reporter]',
  '> 今年不會。 [name=ines]',
].join('\n');

describe('a collaborative note signed at the end of each answer', () => {
  const { record } = importTranscript(NOTE);

  it('reads each signed run of lines as its writer’s turn, the question headings as questions', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label]),
      [
        ['question', 'Q'],
        ['answer', 'ines'],
        ['answer', 'tomas'],
        ['question', 'Q'],
        ['answer', 'ines'],
        ['question', 'reporter'],
        ['answer', 'ines'],
      ],
    );
  });

  it('keeps the lines before a signature in the writer’s turn, without the tag or the quotation marks', () => {
    const first = record.turns[1]!.text.zh ?? '';
    assert.match(first, /^下週一，新閘門已經裝好。\s*是在我們自己的船塢做的。$/);
    assert.equal(JSON.stringify(record.turns).includes('[name='), false);
    assert.match(record.turns[0]!.text.en ?? record.turns[0]!.text.zh ?? '', /船閘什麼時候重新開放？|When will the lock reopen\?/);
  });
});
