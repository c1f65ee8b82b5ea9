import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeSlug, shortHash } from './slug.ts';

describe('slug', () => {
  it('is the date and the slugified title, cut at a word boundary', () => {
    assert.equal(makeSlug('Wang Yi Meets the Press', '2024-03-07'), '2024-03-07-wang-yi-meets-the-press');
    const long = makeSlug('Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi Meets the Press', '2024-03-07');
    assert.equal(long, '2024-03-07-member-of-the-political-bureau-of-the-cpc-central-committee');
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
