import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { highlightTerms } from './match.ts';
import { parseQuery } from './query.ts';
import { snippet } from './snippet.ts';

const mark = (text: string, query: string, max?: number) => snippet(text, highlightTerms(parseQuery(query)), max);

describe('snippet', () => {
  test('marks whole words, ignoring case and accents', () => {
    assert.equal(mark('The Café opens. A cafeteria too.', 'cafe'), 'The «Café» opens. A cafeteria too.');
    assert.equal(mark('Trade and TRADE.', 'trade'), '«Trade» and «TRADE».');
  });

  test('marks words by their beginning for a prefix', () => {
    assert.equal(mark('Cooperation, cooperative, co-op.', 'coop*'), '«Cooperation», «cooperative», co-op.');
  });

  test('marks Chinese words wherever they stand, also inside longer words', () => {
    assert.equal(mark('中美关系是重要的双边关系。', '中美'), '«中美»关系是重要的双边关系。');
    assert.equal(mark('推动中美关系发展', '中美关系'), '推动«中美关系»发展');
  });

  test('marks the words of a phrase and both scripts', () => {
    assert.equal(mark('Reporters asked about 中美 relations.', '"中美 relations"'), 'Reporters asked about «中美» «relations».');
  });

  test('a long text is cut around the found words, with ellipses', () => {
    const text = `${'Opening words that say little. '.repeat(20)}Here the tariffs appear. ${'Closing words that say little. '.repeat(20)}`;
    const out = mark(text, 'tariffs', 120);
    assert.ok(out.startsWith('…') && out.endsWith('…'), out);
    assert.match(out, /«tariffs»/);
    assert.ok(out.length <= 124, out);
  });

  test('the window prefers the stretch with the most different terms', () => {
    const text = `tariffs ${'filler '.repeat(60)} quay and tariffs together ${'filler '.repeat(60)}`;
    const out = mark(text, 'tariffs quay', 100);
    assert.match(out, /«quay» and «tariffs»/);
  });

  test('guillemets in the text are changed so that every « » is a mark; whitespace is folded', () => {
    assert.equal(mark('He said «no»\n\nto tariffs.', 'tariffs'), 'He said ‹no› to «tariffs».');
  });

  test('a text without the terms gives its beginning', () => {
    assert.equal(mark('Nothing found here.', 'harbour'), 'Nothing found here.');
  });
});
