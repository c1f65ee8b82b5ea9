import assert from 'node:assert/strict';
import { test } from 'node:test';
import { snippetParts } from './snippet.tsx';

test('«…» become marked parts; everything else stays text', () => {
  assert.deepEqual(snippetParts('…the «China-US» relationship and «中美»关系'), [
    { text: '…the ', marked: false },
    { text: 'China-US', marked: true },
    { text: ' relationship and ', marked: false },
    { text: '中美', marked: true },
    { text: '关系', marked: false },
  ]);
});

test('markup is a text part like any other, and a stray marker is left as text', () => {
  assert.deepEqual(snippetParts('<b>«x»</b> «y'), [
    { text: '<b>', marked: false },
    { text: 'x', marked: true },
    { text: '</b> «y', marked: false },
  ]);
  assert.deepEqual(snippetParts(''), []);
});
