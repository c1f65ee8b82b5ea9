import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import SQLite from 'better-sqlite3';
import { indexText } from './index-text.ts';
import { highlightTerms, matchExpression, quote } from './match.ts';
import { parseQuery } from './query.ts';

const match = (raw: string) => matchExpression(parseQuery(raw));

/** An in-memory table shaped like search_fts, filled through the same text derivation. */
function table(texts: string[]) {
  const db = new SQLite(':memory:');
  db.exec(`CREATE VIRTUAL TABLE search_fts USING fts5(body, extra, content='', contentless_delete=1, prefix='2 3', tokenize='unicode61 remove_diacritics 2')`);
  const insert = db.prepare('INSERT INTO search_fts (rowid, body, extra) VALUES (?, ?, ?)');
  texts.forEach((text, i) => {
    const { body, extra } = indexText(text);
    insert.run(i + 1, body, extra);
  });
  const find = db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid');
  return (raw: string): number[] => {
    const expr = match(raw);
    return expr === null ? [] : find.all(expr).map((r) => (r as { rowid: number }).rowid);
  };
}

describe('matchExpression', () => {
  test('every term is a quoted string: user text is never FTS5 syntax', () => {
    assert.equal(match('harbour'), '"harbour"');
    assert.equal(match('coop*'), '"coop"*');
    assert.equal(match('"east pier"'), 'body : "east pier"');
    assert.equal(match('a OR b c'), '("a" OR "b") AND "c"');
    assert.equal(match('harbour -ferry'), '("harbour") NOT "ferry"');
    assert.equal(match('NEAR(x'), '"NEAR" AND "x"');
    assert.equal(quote('say "hi"'), '"say ""hi"""');
  });

  test('a Chinese word matches as one word or as its segmenter words in a row', () => {
    assert.equal(match('中美'), '("中美" OR body : "中 美")');
    assert.equal(match('发展'), '"发展"');
    assert.equal(match('美'), '"美"*');
  });

  test('nothing to search for gives null', () => {
    for (const raw of ['', '"', 'OR', '😀', '-harbour', '(*)']) assert.equal(match(raw), null, raw);
  });

  test('lenient and hostile queries never make FTS5 fail', () => {
    const find = table(['harbour quay', '中美关系']);
    const hostile = [
      '"unbalanced',
      'AND',
      'OR OR',
      '(',
      ')',
      '*',
      '-',
      'NEAR(',
      'NEAR(a b',
      '"',
      '😀',
      'a:b',
      'body:harbour',
      '^harbour',
      'harbour*"',
      '"*"',
      "'",
      '{body}: x',
      'x + y',
      '"a" "b',
      '中美"关系',
      '\u0000',
      'ＷＴＯ',
    ];
    for (const raw of hostile) assert.doesNotThrow(() => find(raw), raw);
    assert.deepEqual(find('body:harbour'), [], 'a column filter typed by the user is a phrase, not syntax');
    assert.deepEqual(find('harbour:'), [1]);
  });

  test('finds Chinese words in every way the text may have been cut', () => {
    const find = table(['中美关系是重要的双边关系', '中美两国加强合作', '中美合作共赢', '外交部发言人', '美国和美方', '中欧班列', '一带一路']);
    assert.deepEqual(find('中美'), [1, 2, 3]);
    assert.deepEqual(find('中美关系'), [1]);
    assert.deepEqual(find('关系'), [1]);
    assert.deepEqual(find('合作'), [2, 3]);
    assert.deepEqual(find('外交'), [4]);
    assert.deepEqual(find('发言人'), [4]);
    assert.deepEqual(find('美'), [2, 5]);
    assert.deepEqual(find('一带一路'), [7]);
    assert.deepEqual(find('"中欧班列"'), [6]);
    assert.deepEqual(find('中*'), [1, 2, 3, 6]);
  });

  test('both scripts in one index and one query; full-width letters fold', () => {
    const find = table(['The WTO and 中美 relations', 'ＷＴＯ reform', 'Café au lait']);
    assert.deepEqual(find('wto'), [1, 2]);
    assert.deepEqual(find('relations 中美'), [1]);
    assert.deepEqual(find('"中美 relations"'), [1]);
    assert.deepEqual(find('cafe'), [3]);
  });
});

describe('highlightTerms', () => {
  test('folded words, prefixes and Chinese runs with their longer words', () => {
    const terms = highlightTerms(parseQuery('Café coop* 中美关系 -ferry'));
    assert.deepEqual(terms, [
      { kind: 'word', text: 'cafe' },
      { kind: 'prefix', text: 'coop' },
      { kind: 'han', text: '中美关系' },
    ]);
  });
});
