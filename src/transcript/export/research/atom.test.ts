import assert from 'node:assert/strict';
import { test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { archive } from '../../../../test/support/research-records.ts';
import { toAtom } from './atom.ts';

test('an Atom feed: well-formed, an entry per record with a lasting id, links and a summary', () => {
  const [first, second] = archive();
  first!.conference.id = '6f1c2d3e-0000-4000-8000-000000000001';
  second!.conference.title = 'Ferries & <tariffs>';
  const xml = toAtom(
    [
      { record: second!, publishedAt: '2024-02-01T10:00:00.000Z', updatedAt: '2024-02-01T10:00:00.000Z' },
      { record: first!, publishedAt: '2024-01-11T09:00:00.000Z', updatedAt: '2024-01-12T09:00:00.000Z' },
    ],
    { baseUrl: 'https://press.example/' },
  );
  assert.equal(XMLValidator.validate(xml), true);
  const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml).feed;
  assert.equal(feed['@xmlns'], 'http://www.w3.org/2005/Atom');
  assert.equal(feed.id, 'https://press.example/feed.atom');
  assert.equal(feed.updated, '2024-02-01T10:00:00.000Z');
  assert.equal(feed.entry.length, 2);
  assert.equal(feed.entry[0].title, 'Ferries & <tariffs>');
  assert.equal(feed.entry[0].id, 'https://press.example/c/2024-01-24-second');
  assert.equal(feed.entry[1].id, 'urn:uuid:6f1c2d3e-0000-4000-8000-000000000001');
  assert.equal(feed.entry[1].link[0]['@href'], 'https://press.example/c/2024-01-10-first');
  assert.match(feed.entry[1].summary['#text'], /^2024-01-10 · Old Customs House — The ferries run again/);
  assert.equal(XMLValidator.validate(toAtom([], { baseUrl: 'http://x' })), true);
});
