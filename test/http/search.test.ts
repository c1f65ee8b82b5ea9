import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { staff } from '../support/people.ts';
import { autumnBriefing, draftBriefing, springBriefing } from '../support/search-records.ts';
import { testServer } from '../support/server.ts';

// Module level, so the server lives for the whole file.
const { url, store, ctx } = await testServer();
const spring = await store.conferences.saveRecord(springBriefing(), { contentHash: 'spring' }, new Date().toISOString());
await store.conferences.saveRecord(autumnBriefing(), { contentHash: 'autumn' }, new Date().toISOString());
await store.conferences.saveRecord(draftBriefing(), { contentHash: 'draft' }, new Date().toISOString());

const get = async (query: string, cookie?: string) => {
  const res = await fetch(`${url}/api/search?${query}`, cookie ? { headers: { cookie } } : {});
  return { status: res.status, body: (await res.json()) as any };
};

describe('GET /api/search', () => {
  test('ranked results with snippets, anchors and facets', async () => {
    const { status, body } = await get(`q=${encodeURIComponent('中美')}`);
    assert.equal(status, 200);
    assert.equal(body.total, 3);
    const hit = body.results.find((h: any) => h.seq === 2);
    assert.equal(hit.url, `/c/${spring.slug}#t2`);
    assert.equal(hit.lang, 'zh');
    assert.match(hit.snippet, /«中美»/);
    assert.deepEqual(body.facets.years, [{ value: '2024', count: 3 }]);
    assert.equal(body.limit, 20);
  });

  test('filters, limit and offset', async () => {
    const { body } = await get('q=cooperation&kind=answer&lang=en&from=2024-01-01&limit=1&offset=1');
    assert.equal(body.total, 2);
    assert.equal(body.results.length, 1);
    assert.equal(body.results[0].kind, 'answer');
  });

  test('the public never finds drafts; staff do', async () => {
    assert.equal((await get('q=secret')).body.total, 0);
    const admin = await staff(ctx, url, 'admin');
    const { body } = await get('q=secret', admin.cookie ?? undefined);
    assert.equal(body.total, 1);
  });

  test('unknown filter values are 400 validation_failed naming the field', async () => {
    const cases: [string, string][] = [
      ['q=x&origin=martian', 'origin'],
      ['q=x&kind=speech', 'kind'],
      ['q=x&from=2024-02-30', 'from'],
      ['q=x&to=yesterday', 'to'],
      ['q=x&from=2025-01-01&to=2024-01-01', 'from'],
      ['q=x&conference=no-such-conference', 'conference'],
      ['q=x&lang=Chinese!', 'lang'],
      ['q=x&limit=101', 'limit'],
      ['q=x&offset=-1', 'offset'],
      ['origin=foreign', 'q'],
    ];
    for (const [query, field] of cases) {
      const { status, body } = await get(query);
      assert.equal(status, 400, query);
      assert.equal(body.error.code, 'validation_failed', query);
      assert.equal(body.error.field, field, query);
    }
  });

  test('bad queries are never a 500: searched leniently or answered with a notice', async () => {
    for (const q of ['"unbalanced', 'AND', 'OR OR', '(', '*', '-', 'NEAR(', '"', '😀', '中美"关系', 'body:x', ' ']) {
      const { status, body } = await get(`q=${encodeURIComponent(q)}`);
      assert.equal(status, 200, q);
      assert.ok(Array.isArray(body.results), q);
    }
    const { body } = await get(`q=${encodeURIComponent('OR OR')}`);
    assert.match(body.notice, /nothing to search for/);
  });

  test('a huge query is cut with a notice', async () => {
    const { status, body } = await get(`q=${encodeURIComponent(`cooperation ${'harbour '.repeat(400)}`)}`);
    assert.equal(status, 200);
    assert.ok(body.query.length <= 500);
    assert.match(body.notice, /cut/);
  });

  test('the OpenAPI document describes the route', async () => {
    const doc = (await (await fetch(`${url}/api/openapi.json`)).json()) as any;
    const route = doc.paths['/api/search'].get;
    assert.ok(route.parameters.some((p: any) => p.name === 'q' && p.required));
    assert.ok(doc.components.schemas.SearchResults);
  });
});
