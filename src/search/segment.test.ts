// hasHan decides whether a turn's text goes through jieba: every Han character, from the radicals
// to the supplementary planes, must be seen, and English with typographic marks must not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasHan } from './segment.ts';

test('hasHan sees Han anywhere, in every block, and nothing in Latin text with typographic marks', () => {
  for (const text of ['中', 'The word 合作 here', '⺀', '㐀', '豈', '𠀀 (U+20000)', '𱍊']) assert.equal(hasHan(text), true, text);
  for (const text of ['', 'Cooperation — “quoted” … ‘yes’ €5', 'ひらがな カタカナ', '한국어', 'Ελληνικά', '，。！？']) assert.equal(hasHan(text), false, text);
});

test('hasHan agrees with the Unicode property on every code point', () => {
  const property = /\p{Script=Han}/u;
  for (let code = 0; code < 0x110000; code++) {
    if (code >= 0xd800 && code < 0xe000) continue;
    const text = `a${String.fromCodePoint(code)}b`;
    if (hasHan(text) !== property.test(text)) assert.fail(`U+${code.toString(16)}`);
  }
});
