import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { QA_COLUMNS } from '../../src/transcript/export/csv.ts';
import { staff } from '../support/people.ts';
import { a, archive, harbourDaily, makeRecord, q } from '../support/research-records.ts';
import { testServer } from '../support/server.ts';

const { url, store, ctx } = await testServer();
for (const [i, record] of archive().entries()) await store.conferences.saveRecord(record, { contentHash: `a${i}` }, new Date().toISOString());
const timed = (slug: string, status: 'published' | 'draft' | 'live') =>
  makeRecord(slug, '2024-04-02', [q(harbourDaily, `Question for ${slug}?`, { at: [5, 9] }), a('The answer, in full.', { at: [10, 16] })], { status });
await store.conferences.saveRecord(timed('2024-04-02-timed', 'published'), { contentHash: 'timed' }, new Date().toISOString());
await store.conferences.saveRecord(timed('2024-04-03-live', 'live'), { contentHash: 'live' }, new Date().toISOString());
await store.conferences.saveRecord(timed('2024-04-04-draft', 'draft'), { contentHash: 'draft' }, new Date().toISOString());
const admin = await staff(ctx, url, 'admin');

async function get(path: string, cookie?: string | null) {
  const res = await fetch(`${url}${path}`, cookie ? { headers: { cookie } } : {});
  const bytes = new Uint8Array(await res.arrayBuffer());
  const type = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    type,
    disposition: res.headers.get('content-disposition'),
    bytes,
    text: new TextDecoder().decode(bytes),
    json: type.includes('json') ? JSON.parse(new TextDecoder().decode(bytes)) : null,
  };
}

describe('research exports', () => {
  test('ConvoKit: a zip of the corpus folder, with what the public may see', async () => {
    const res = await get('/api/exports/convokit');
    assert.equal(res.status, 200);
    assert.equal(res.type, 'application/zip');
    assert.match(res.disposition!, /presser-corpus\.zip/);
    const files = unzipSync(res.bytes);
    assert.deepEqual(
      Object.keys(files).sort(),
      ['conversations.json', 'corpus.json', 'index.json', 'speakers.json', 'utterances.jsonl'].map((f) => `presser-corpus/${f}`),
    );
    const utterances = strFromU8(files['presser-corpus/utterances.jsonl']!)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(utterances.length, 13 + 2 + 2, 'three archive records, the published and the live timed ones');
    assert.ok(!utterances.some((u) => u.meta.conference === '2024-04-04-draft'));
    assert.equal(Object.keys(JSON.parse(strFromU8(files['presser-corpus/conversations.json']!))).length, 5);
    const staffView = unzipSync((await get('/api/exports/convokit?conference=2024-04-04-draft', admin.cookie)).bytes);
    assert.match(strFromU8(staffView['presser-corpus/utterances.jsonl']!), /2024-04-04-draft/);
  });

  test('TEI: well-formed XML of the selection', async () => {
    const res = await get('/api/exports/tei?from=2024-01-01&to=2024-01-31');
    assert.equal(res.status, 200);
    assert.match(res.type, /^application\/tei\+xml/);
    assert.equal(XMLValidator.validate(res.text), true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(res.text);
    assert.deepEqual(
      doc.teiCorpus.TEI.map((t: any) => t['@xml:id']),
      ['c.2024-01-10-first', 'c.2024-01-24-second'],
    );
  });

  test('Q&A CSV: a row per question of the selection, read back by a CSV parser', async () => {
    const res = await get('/api/exports/qa.csv?origin=foreign');
    assert.equal(res.status, 200);
    assert.match(res.type, /^text\/csv/);
    const rows: string[][] = parse(res.text);
    assert.deepEqual(rows[0]!.slice(0, QA_COLUMNS.length), [...QA_COLUMNS]);
    assert.deepEqual(
      rows.slice(1).map((r) => r[QA_COLUMNS.indexOf('outlet')]),
      ['North Wire', 'Rádio Sul'],
    );
    assert.match(rows[1]![QA_COLUMNS.indexOf('answer')]!, /^China has said yes/);
  });

  test('bad selections are 400 validation_failed naming the field', async () => {
    for (const path of ['/api/exports/convokit?origin=martian', '/api/exports/tei?from=2024-13-01', '/api/exports/qa.csv?conference=2024-04-04-draft']) {
      const res = await get(path);
      assert.equal(res.status, 400, path);
      assert.equal(res.json.error.code, 'validation_failed', path);
    }
    assert.equal((await get('/api/exports/qa.csv?conference=2024-04-04-draft')).json.error.field, 'conference');
  });

  test('subtitles: WebVTT and SRT where turns have times; 409 where none has; 404 for what the caller may not see', async () => {
    const vtt = await get('/api/conferences/2024-04-02-timed/subtitles.vtt');
    assert.equal(vtt.status, 200);
    assert.match(vtt.type, /^text\/vtt/);
    assert.match(vtt.text, /^WEBVTT\n[\s\S]*\n00:00:05\.000 --> 00:00:09\.000\n<v Harbour Daily>Question for 2024-04-02-timed\?\n/);
    const srt = await get('/api/conferences/2024-04-03-live/subtitles.srt');
    assert.equal(srt.status, 200);
    assert.match(srt.text, /^1\n00:00:05,000 --> 00:00:09,000\nHarbour Daily: Question/);
    const untimed = await get('/api/conferences/2024-01-10-first/subtitles.vtt');
    assert.equal(untimed.status, 409);
    assert.equal(untimed.json.error.code, 'wrong_state');
    assert.match(untimed.json.error.message, /no turn .* has times/);
    assert.equal((await get('/api/conferences/2024-04-04-draft/subtitles.vtt')).status, 404);
    assert.equal((await get('/api/conferences/nope/subtitles.srt')).status, 404);
    assert.equal((await get('/api/conferences/2024-04-04-draft/subtitles.vtt', admin.cookie)).status, 200);
    assert.equal((await get('/api/conferences/2024-04-02-timed/subtitles.vtt?lang=zh')).json.error.field, 'lang');
  });

  test('Atom feed: the published records only, newest first, well-formed', async () => {
    const res = await get('/feed.atom');
    assert.equal(res.status, 200);
    assert.match(res.type, /^application\/atom\+xml/);
    assert.equal(XMLValidator.validate(res.text), true);
    const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(res.text).feed;
    const titles = feed.entry.map((e: any) => e.title);
    assert.equal(titles.length, 4);
    assert.ok(!titles.some((t: string) => /live|draft/.test(t)));
    assert.ok(feed.entry.every((e: any) => /^urn:uuid:/.test(e.id)));
    assert.ok(
      feed.entry.every((e: any, i: number) => i === 0 || e.published <= feed.entry[i - 1].published),
      'newest first',
    );
    assert.ok(feed.entry.some((e: any) => e.link[0]['@href'] === `${url}/c/2024-04-02-timed`));
  });

  test('the OpenAPI document lists every export', async () => {
    const doc = (await (await fetch(`${url}/api/openapi.json`)).json()) as any;
    for (const path of [
      '/api/exports/convokit',
      '/api/exports/tei',
      '/api/exports/qa.csv',
      '/api/conferences/{slug}/subtitles.vtt',
      '/api/conferences/{slug}/subtitles.srt',
      '/feed.atom',
    ])
      assert.ok(doc.paths[path]?.get, path);
  });
});
