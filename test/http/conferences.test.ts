import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { sampleRecord } from '../support/records.ts';
import { testServer } from '../support/server.ts';

// Module level, so the server lives for the whole file (after() registered here runs at its end).
const { url, store } = await testServer();
const { slug } = await store.conferences.saveRecord(sampleRecord(), { contentHash: 'one' }, new Date().toISOString());
await store.conferences.saveRecord(
  sampleRecord({ slug: 'a-draft', status: 'draft', title: 'Draft Briefing' }),
  { contentHash: 'two' },
  new Date().toISOString(),
);

describe('conferences over HTTP', () => {
  test('GET /healthz', async () => {
    const res = await fetch(`${url}/healthz`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok' });
  });

  test('GET /api/conferences lists what the public may see', async () => {
    const res = await fetch(`${url}/api/conferences`);
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.deepEqual(
      body.conferences.map((c: { slug: string }) => c.slug),
      [slug],
    );
    assert.equal(body.conferences[0].turnCount, 6);
  });

  test('GET /api/conferences/:slug is the JSON record', async () => {
    const res = await fetch(`${url}/api/conferences/${slug}`);
    assert.equal(res.status, 200);
    const record = await res.json();
    assert.equal(record.schema, 'presser.record/1');
    assert.equal(record.conference.title, 'Minister of Harbours Meets the Press');
    assert.equal(record.turns.length, 6);
    assert.equal(record.turns[3].replyTo, 3);
  });

  test('unknown and unpublished conferences are 404 in the shared error shape', async () => {
    for (const path of ['/api/conferences/nope', '/api/conferences/a-draft', '/c/nope', '/c/a-draft.json']) {
      const res = await fetch(url + path);
      assert.equal(res.status, 404, path);
      const body = await res.json();
      assert.equal(body.error.code, 'not_found', path);
      assert.match(body.error.message, /no conference/);
    }
  });

  test('GET /c/:slug is a server-rendered page with an anchor per turn and paragraph', async () => {
    const res = await fetch(`${url}/c/${slug}`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    const html = await res.text();
    // Complete without JavaScript: the one script is an optional module (the print button, the reader's time).
    assert.ok(!/<script(?![^>]*type="(module|application\/json)")/i.test(html), 'the record page needs no JavaScript');
    assert.match(html, /<h1>Minister of Harbours Meets the Press<\/h1>/);
    for (let seq = 1; seq <= 6; seq++) assert.match(html, new RegExp(`id="t${seq}"`));
    assert.match(html, /id="t6-p3"/);
    assert.match(html, new RegExp(`href="/c/${slug}\\.csv"`));
  });

  test('exports by permalink: /c/:slug.json .md .txt .csv', async () => {
    const json = await fetch(`${url}/c/${slug}.json`);
    assert.equal((await json.json()).schema, 'presser.record/1');
    assert.match(await (await fetch(`${url}/c/${slug}.md`)).text(), /^---\n/);
    assert.match(await (await fetch(`${url}/c/${slug}.txt`)).text(), /Harbour Daily: When will/);
    const rows = parseCsv(await (await fetch(`${url}/c/${slug}.csv`)).text());
    assert.equal(rows.length, 3);
  });

  test('the archive index links each visible conference', async () => {
    const html = await (await fetch(`${url}/`)).text();
    assert.match(html, new RegExp(`href="/c/${slug}"`));
    assert.ok(!html.includes('a-draft'));
    const filtered = await (await fetch(`${url}/?q=nothing-like-this`)).text();
    assert.ok(!filtered.includes(`href="/c/${slug}"`));
  });

  test('the OpenAPI document lists the routes', async () => {
    const doc = await (await fetch(`${url}/api/openapi.json`)).json();
    assert.ok(doc.paths['/api/conferences']);
    assert.ok(doc.paths['/api/conferences/{slug}']);
  });

  test('bad query parameters are 400 naming the field', async () => {
    const res = await fetch(`${url}/api/conferences?limit=0`);
    assert.equal(res.status, 400);
    const body = await res.json();
    assert.equal(body.error.code, 'validation_failed');
    assert.equal(body.error.field, 'limit');
  });
});
