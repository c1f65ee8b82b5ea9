import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import slugify from '@sindresorhus/slugify';
import { makeSlug, shortHash } from './slug.ts';

describe('slug', () => {
  it('is the date and the slugified title, cut at a word boundary', () => {
    assert.equal(makeSlug('Wang Yi Meets the Press', '2024-03-07'), '2024-03-07-wang-yi-meets-the-press');
    const long = makeSlug('Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi Meets the Press', '2024-03-07');
    assert.equal(long, '2024-03-07-member-of-the-political-bureau-of-the-cpc-central-committee');
  });

  it('gives what slugify gives, typographic punctuation included (read without slugify when the rest is plain ASCII)', () => {
    const titles = [
      'Press Conference Following the Lorn–Vostok Talks',
      'Minister Corrin — Doorstop, Harbour Quay',
      'Don’t Stop the Ferries: O’Neill’s Review',
      'The ‘Blue Line’ and the “Green Deal”',
      'FOO360 fooBar APIUsage APIs – IT’S OK',
      'Ends with a dash –',
      '– starts with one',
      'A\u00a0no-break\u00a0space',
      'Wave〜dash and ‐ hyphen ‒ figure ― bar',
      'Don’ts and can’t’s ’s',
      'Café – not plain',
      '“Quoted”',
    ];
    for (const title of titles) assert.equal(makeSlug(title, null), slugify(title) || `conference-${shortHash(title)}`, title);
  });

  it('leaves out a missing date', () => {
    assert.equal(makeSlug('Café Talks', null), 'cafe-talks');
  });

  it('falls back to a short stable hash for a Chinese-only title', () => {
    const slug = makeSlug('外交部发言人主持例行记者会', '2031-04-09');
    assert.match(slug, /^2031-04-09-conference-[0-9a-f]{8}$/);
    assert.equal(slug, makeSlug('外交部发言人主持例行记者会', '2031-04-09'));
    assert.notEqual(shortHash('记者会'), shortHash('记者会 '));
  });
});
