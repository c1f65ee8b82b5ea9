import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS } from '../../src/analytics/charts.ts';
import { staff } from '../support/people.ts';
import { archive, harbourDaily, makeRecord, q } from '../support/research-records.ts';
import { testServer } from '../support/server.ts';

const { url, store, ctx } = await testServer();
for (const [i, record] of archive().entries()) await store.conferences.saveRecord(record, { contentHash: `a${i}` }, new Date().toISOString());
await store.conferences.saveRecord(
  makeRecord('2024-03-20-live', '2024-03-20', [q(harbourDaily, 'Live question?')], { status: 'live' }),
  { contentHash: 'live' },
  new Date().toISOString(),
);
await store.conferences.saveRecord(
  makeRecord('2024-03-21-draft', '2024-03-21', [q(harbourDaily, 'Draft question?'), q(harbourDaily, 'Another?')], { status: 'draft' }),
  { contentHash: 'draft' },
  new Date().toISOString(),
);
const admin = await staff(ctx, url, 'admin');

const get = async (query: string, cookie?: string | null) => {
  const res = await fetch(`${url}/api/analytics?${query}`, cookie ? { headers: { cookie } } : {});
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    disposition: res.headers.get('content-disposition'),
    text,
    body: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null,
  };
};

describe('GET /api/analytics', () => {
  test('every chart of what the public may see: published and live, never drafts', async () => {
    const { status, body } = await get('');
    assert.equal(status, 200);
    assert.deepEqual(Object.keys(body), ['selection', 'outlets', 'origins', 'floor', 'lengths', 'mentions', 'terms']);
    assert.equal(body.selection.conferences, 4);
    assert.equal(body.selection.questions, 7);
    assert.deepEqual([body.selection.from, body.selection.to], ['2024-01-10', '2024-03-20']);
    assert.equal(body.outlets.rows[0].outlet, 'Harbour Daily');
    assert.equal(body.outlets.rows[0].questions, 4);
    assert.equal(body.floor.by, 'month');
    assert.ok(body.mentions.rows.some((r: { id: string }) => r.id === 'CN'));
    const staffView = await get('chart=outlets', admin.cookie);
    assert.equal(staffView.body.selection.conferences, 5);
    assert.equal(staffView.body.outlets.rows[0].questions, 6);
  });

  test('the selection narrows every chart: conferences, dates, outlet, origin', async () => {
    const { body } = await get('conference=2024-01-10-first&conference=2024-01-24-second&chart=origins,outlets');
    assert.deepEqual(Object.keys(body), ['selection', 'outlets', 'origins']);
    assert.equal(body.selection.conferences, 2);
    assert.deepEqual(
      body.origins.rows.map((r: { questions: number }) => r.questions),
      [2, 1, 1],
    );
    const foreign = await get('origin=foreign&from=2024-01-01&to=2024-02-29&measure=outlets');
    assert.deepEqual(
      foreign.body.outlets.rows.map((r: { outlet: string }) => r.outlet),
      ['North Wire'],
    );
    const terms = await get('chart=terms&splitAt=2024-03-01&top=3');
    assert.equal(terms.body.terms.splitAt, '2024-03-01');
    assert.equal(terms.body.terms.rows[0].term, 'tariffs');
  });

  test('one chart as CSV, readable by a CSV parser', async () => {
    const { status, type, disposition, text } = await get('chart=outlets&format=csv');
    assert.equal(status, 200);
    assert.match(type, /^text\/csv/);
    assert.match(disposition!, /attachment; filename="presser-outlets.csv"/);
    const rows: string[][] = parse(text);
    assert.deepEqual(
      rows[0],
      CSV_COLUMNS.outlets.map(([h]) => h),
    );
    assert.deepEqual(rows[1]!.slice(0, 4), ['Harbour Daily', 'domestic', 'XA', '4']);
    const floor: string[][] = parse((await get('chart=floor&format=csv&by=conference')).text);
    assert.deepEqual(floor[0], ['period', 'group', 'outlet', 'origin', 'questions']);
    assert.equal(floor[1]![0], '2024-01-10-first');
  });

  test('bad selections and options are 400 validation_failed naming the field', async () => {
    const cases: [string, string][] = [
      ['origin=martian', 'origin'],
      ['from=2024-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['from=2025-01-01&to=2024-01-01', 'from'],
      ['conference=no-such-conference', 'conference'],
      ['conference=2024-03-21-draft', 'conference'],
      ['conference=Not%20A%20Slug', 'conference'],
      ['lang=Chinese!', 'lang'],
      ['chart=pie', 'chart'],
      ['measure=pie', 'measure'],
      ['chart=outlets&measure=origins', 'measure'],
      ['format=csv', 'chart'],
      ['format=csv&chart=outlets,origins', 'chart'],
      ['format=xml', 'format'],
      ['by=week', 'by'],
      ['splitAt=soon', 'splitAt'],
      ['top=0', 'top'],
      ['top=many', 'top'],
    ];
    for (const [query, field] of cases) {
      const { status, body } = await get(query);
      assert.equal(status, 400, query);
      assert.equal(body.error.code, 'validation_failed', query);
      assert.equal(body.error.field, field, query);
    }
    assert.equal((await get('conference=2024-03-21-draft&chart=origins', admin.cookie)).status, 200, 'staff may select a draft');
  });

  test('the OpenAPI document describes the route and its report', async () => {
    const doc = (await (await fetch(`${url}/api/openapi.json`)).json()) as any;
    const route = doc.paths['/api/analytics'].get;
    assert.ok(
      ['conference', 'from', 'to', 'outlet', 'origin', 'speaker', 'lang', 'chart', 'format'].every((p) => route.parameters.some((x: any) => x.name === p)),
    );
    assert.ok(doc.components.schemas.AnalyticsReport);
  });
});
