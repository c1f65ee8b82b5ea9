import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiClient } from '../support/client.ts';
import { liveConference, staff } from '../support/people.ts';
import { testServer } from '../support/server.ts';

const { url, ctx, store } = await testServer({ rateLimits: { applicationsPerHour: 3, handsPerMinute: 100, signInFailuresPer15Minutes: 100 } });
const admin = await staff(ctx, url, 'admin', 'Errors Admin');
const slug = await liveConference(admin, 'Errors Briefing');

function assertError(answer: { status: number; body: any }, status: number, code: string) {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.deepEqual(Object.keys(answer.body), ['error']);
  assert.equal(answer.body.error.code, code);
  assert.equal(typeof answer.body.error.message, 'string');
  assert.ok(answer.body.error.message.length > 0);
}

test('a body over the size limit is 413 and changes nothing', async () => {
  const before = (await admin.get('/api/conferences')).body.conferences.length;
  const huge = await admin.post('/api/conferences', { title: 'x'.repeat(300 * 1024) });
  assertError(huge, 413, 'payload_too_large');
  assert.equal((await admin.get('/api/conferences')).body.conferences.length, before);
});

test('malformed JSON is 400 invalid_json', async () => {
  assertError(await admin.request('POST', '/api/conferences', '{"title": "unclosed'), 400, 'invalid_json');
});

test('schema violations are 400 naming the field', async () => {
  const noTitle = await admin.post('/api/conferences', { date: '2025-01-01' });
  assertError(noTitle, 400, 'validation_failed');
  assert.equal(noTitle.body.error.field, 'title');
  const badDate = await admin.post('/api/conferences', { title: 'T', date: '7 March 2024' });
  assert.equal(badDate.body.error.field, 'date');
  const badKind = await admin.post(`/api/conferences/${slug}/turns`, { kind: 'speech' });
  assert.equal(badKind.body.error.field, 'kind');
  const badStatus = await admin.post(`/api/conferences/${slug}/state`, { status: 'archived' });
  assert.equal(badStatus.body.error.field, 'status');
  const badOrigin = await admin.post('/api/outlets', { name: 'Z', origin: 'martian' });
  assert.equal(badOrigin.body.error.field, 'origin');
  const badEmail = await new ApiClient(url).post('/api/accreditations', { name: 'A', email: 'not-an-email', outlet: 'O', conference: slug });
  assert.equal(badEmail.body.error.field, 'email');
});

test('unknown conference is 404, wrong state is 409', async () => {
  assertError(await admin.post('/api/conferences/no-such/turns', { kind: 'statement' }), 404, 'not_found');
  assertError(await admin.get('/api/conferences/no-such/queue'), 404, 'not_found');
  assertError(await admin.get('/api/nothing-here'), 404, 'not_found');
  const draft = (await admin.post('/api/conferences', { title: 'Still a Draft' })).body.conference.slug;
  assertError(await admin.post(`/api/conferences/${draft}/turns`, { kind: 'statement' }), 409, 'wrong_state');
  assertError(await admin.post(`/api/conferences/${draft}/state`, { status: 'ended' }), 409, 'wrong_state');
});

test('applications are rate limited per address with 429', async () => {
  let last = { status: 0, body: {} as any };
  for (let i = 0; i < 5; i++)
    last = await new ApiClient(url).post('/api/accreditations', { name: `N${i}`, email: `n${i}@x.example`, outlet: 'O', conference: slug });
  assertError(last, 429, 'rate_limited');
  assert.equal((await store.accreditations.list()).length, 3, 'the refused ones left nothing behind');
});

test('a failed change leaves no event behind', async () => {
  const info = await store.conferences.info(slug);
  await admin.post(`/api/conferences/${slug}/turns`, { kind: 'answer', replyTo: 99 });
  assert.equal((await store.conferences.info(slug))?.lastEventId, info?.lastEventId);
});

test('the OpenAPI document describes every route with its schemas and error shape', async () => {
  const doc = (await new ApiClient(url).get('/api/openapi.json')).body;
  assert.equal(doc.openapi, '3.1.0');
  assert.ok(doc.components.schemas.Error);
  assert.ok(doc.components.schemas.Record);
  assert.ok(doc.components.securitySchemes.session);
  const post = doc.paths['/api/conferences/{slug}/hands'].post;
  assert.ok(post.responses['429']);
  assert.ok(doc.paths['/api/conferences/{slug}/floor'].post.requestBody);
  assert.ok(Object.keys(doc.paths).length >= 20);
});
