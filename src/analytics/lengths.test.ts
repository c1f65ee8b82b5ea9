import assert from 'node:assert/strict';
import { test } from 'node:test';
import { a, harbourDaily, makeRecord, q } from '../../test/support/research-records.ts';
import { binWidth, percentile, turnLengths } from './lengths.ts';
import { characters, contentWords, words } from './text.ts';

test('words: Latin words as written, Chinese words as jieba cuts them; characters without spaces', () => {
  assert.deepEqual(words("Don't the China-US talks go on?"), ["Don't", 'the', 'China-US', 'talks', 'go', 'on']);
  assert.deepEqual(words('中美关系 and 合作'), ['中美关系', 'and', '合作']);
  assert.equal(characters('中美 关系, ok'), 7);
  assert.deepEqual(contentWords("The harbour's 2 ferries and the 渡轮 的 on time"), ['harbour', 'ferries', '渡轮', 'time']);
});

test('turn lengths per kind, language and unit, with histograms of one bar width per unit', () => {
  const record = makeRecord(
    'x',
    '2024-01-01',
    [
      q(harbourDaily, { en: 'One two three four five six.', zh: '渡轮何时恢复？' }),
      a({ en: 'One two three.' }),
      q(harbourDaily, { en: 'One two.' }),
      a({ en: 'A b c d e f g h i j k l m n o p q r s t u v w x y z one two three four five six seven.' }),
    ],
    { languages: ['en', 'zh'] },
  );
  const chart = turnLengths([record]);
  const questionWords = chart.summary.find((s) => s.kind === 'question' && s.lang === 'en' && s.unit === 'words')!;
  assert.deepEqual([questionWords.turns, questionWords.mean, questionWords.median, questionWords.max, questionWords.total], [2, 4, 2, 6, 8]);
  const zhChars = chart.summary.find((s) => s.kind === 'question' && s.lang === 'zh' && s.unit === 'chars')!;
  assert.equal(zhChars.max, 7);
  assert.equal(chart.binWidth.words, 5);
  const answerBars = chart.rows.filter((r) => r.kind === 'answer' && r.unit === 'words');
  assert.deepEqual(
    answerBars.map((r) => [r.from, r.to, r.turns]),
    [
      [0, 5, 1],
      [5, 10, 0],
      [10, 15, 0],
      [15, 20, 0],
      [20, 25, 0],
      [25, 30, 0],
      [30, 35, 1],
    ],
  );
});

test('bar widths stay round and few; percentiles by nearest rank', () => {
  assert.equal(binWidth(0), 5);
  assert.equal(binWidth(99), 5);
  assert.equal(binWidth(100), 10);
  assert.equal(binWidth(3525), 200);
  assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90), 9);
  assert.equal(percentile([], 50), 0);
});
