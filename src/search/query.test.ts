import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_QUERY_CHARS, MAX_TERMS, parseQuery, type Term } from './query.ts';

const word = (text: string): Term => ({ kind: 'word', text });
const phrase = (text: string): Term => ({ kind: 'phrase', text });
const prefix = (text: string): Term => ({ kind: 'prefix', text });

describe('parseQuery', () => {
  test('words must all match: one group each', () => {
    assert.deepEqual(parseQuery('trade  cooperation').groups, [[word('trade')], [word('cooperation')]]);
    assert.deepEqual(parseQuery('trade AND cooperation').groups, [[word('trade')], [word('cooperation')]]);
  });

  test('"phrases", prefix* and both scripts', () => {
    const q = parseQuery('"climate talks" coop* 中美 合作');
    assert.deepEqual(q.groups, [[phrase('climate talks')], [prefix('coop')], [word('中美')], [word('合作')]]);
    assert.deepEqual(q.notices, []);
  });

  test('OR joins its neighbours; doubled, leading and trailing ORs are ignored', () => {
    assert.deepEqual(parseQuery('tariffs OR dues harbour').groups, [[word('tariffs'), word('dues')], [word('harbour')]]);
    assert.deepEqual(parseQuery('OR tariffs OR OR dues OR').groups, [[word('tariffs'), word('dues')]]);
    assert.deepEqual(parseQuery('tariffs | dues').groups, [[word('tariffs'), word('dues')]]);
  });

  test('-word, -"phrase" and NOT word leave turns out', () => {
    const q = parseQuery('harbour -ferry -"east pier" NOT quay');
    assert.deepEqual(q.groups, [[word('harbour')]]);
    assert.deepEqual(q.excluded, [word('ferry'), phrase('east pier'), word('quay')]);
  });

  test('an unclosed quote makes a phrase of the rest, with a notice', () => {
    const q = parseQuery('harbour "east pier');
    assert.deepEqual(q.groups, [[word('harbour')], [phrase('east pier')]]);
    assert.match(q.notices.join(), /quote was not closed/);
  });

  test('parentheses and lone operators are ignored', () => {
    assert.deepEqual(parseQuery('(harbour OR (quay)').groups, [[word('harbour'), word('quay')]]);
    assert.deepEqual(parseQuery('NEAR(harbour quay)').groups, [[word('NEAR')], [word('harbour')], [word('quay')]]);
    assert.deepEqual(parseQuery('* - + harbour').groups, [[word('harbour')]]);
  });

  test('queries with nothing to search for say so', () => {
    for (const raw of ['', '   ', '"', '""', 'AND', 'OR OR', '(', ')', '*', '-', '😀', '😀 🚢', '?!', 'NOT']) {
      const q = parseQuery(raw);
      assert.deepEqual(q.groups, [], raw);
      assert.match(q.notices.join(), /nothing to search for/, raw);
    }
    assert.match(parseQuery('-harbour').notices.join(), /not only words to leave out/);
  });

  test('a one-letter prefix is searched as a word; a Han character may be a prefix', () => {
    const q = parseQuery('a* 美*');
    assert.deepEqual(q.groups, [[word('a')], [prefix('美')]]);
    assert.match(q.notices.join(), /too short for a prefix search/);
  });

  test(`a query over ${MAX_QUERY_CHARS} characters is cut at a space, with a notice`, () => {
    const raw = 'harbour '.repeat(200);
    const q = parseQuery(raw);
    assert.ok(q.text.length <= MAX_QUERY_CHARS);
    assert.ok(q.text.endsWith('harbour'));
    assert.match(q.notices.join(), new RegExp(`cut to its first ${MAX_QUERY_CHARS} characters`));
    const han = parseQuery('中'.repeat(2000));
    assert.equal(han.text.length, MAX_QUERY_CHARS);
  });

  test('a cut never splits a character outside the BMP', () => {
    const q = parseQuery('x'.repeat(MAX_QUERY_CHARS - 1) + '😀😀');
    assert.ok(!/[\uD800-\uDBFF]$/.test(q.text));
  });

  test(`only the first ${MAX_TERMS} terms are searched`, () => {
    const q = parseQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '));
    assert.equal(q.groups.flat().length, MAX_TERMS);
    assert.match(q.notices.join(), /first 32 terms/);
  });
});
