// Inputs that used to reach a 500 or Node's empty answers: racing creates, malformed percent-encoding
// in the event-stream path, request lines over Node's header limit.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { test } from 'node:test';
import { ApiClient } from '../support/client.ts';
import { journalist, liveConference, staff } from '../support/people.ts';
import { testServer } from '../support/server.ts';

const { url, ctx } = await testServer({ rateLimits: { applicationsPerHour: 1000, handsPerMinute: 1000, signInFailuresPer15Minutes: 1000 } });
const admin = await staff(ctx, url, 'admin', 'Race Admin');

function tally(statuses: number[]): Record<number, number> {
  return statuses.reduce<Record<number, number>>((n, s) => ({ ...n, [s]: (n[s] ?? 0) + 1 }), {});
}

test('ten concurrent creates of one user: one 201, nine 409 conflict', async () => {
  const answers = await Promise.all(
    Array.from({ length: 10 }, () => admin.post('/api/users', { email: 'same@press.example', role: 'transcriber', password: 'long enough secret' })),
  );
  assert.deepEqual(tally(answers.map((a) => a.status)), { 201: 1, 409: 9 });
  for (const a of answers.filter((x) => x.status === 409)) assert.equal(a.body.error.code, 'conflict');
  const users = (await admin.get('/api/users')).body.users.filter((u: { email: string }) => u.email === 'same@press.example');
  assert.equal(users.length, 1);
});

test('ten concurrent registrations of one outlet: one 201, nine 409', async () => {
  const answers = await Promise.all(
    Array.from({ length: 10 }, (_, i) => admin.post('/api/outlets', { name: i % 2 ? 'Race Radio' : 'RACE RADIO', origin: 'domestic' })),
  );
  assert.deepEqual(tally(answers.map((a) => a.status)), { 201: 1, 409: 9 });
});

test('ten concurrent raises of one hand: one 201, nine 409; ten concurrent conferences of one title all get their own slug', async () => {
  const slug = await liveConference(admin, 'Race Briefing');
  const reporter = await journalist(admin, url, 'Rae Racer', 'Race Wire', slug);
  const raises = await Promise.all(Array.from({ length: 10 }, () => reporter.post(`/api/conferences/${slug}/hands`, {})));
  assert.deepEqual(tally(raises.map((a) => a.status)), { 201: 1, 409: 9 });
  const created = await Promise.all(Array.from({ length: 10 }, () => admin.post('/api/conferences', { title: 'Same Title', date: '2025-06-01' })));
  assert.deepEqual(tally(created.map((a) => a.status)), { 201: 10 });
  assert.equal(new Set(created.map((a) => a.body.conference.slug)).size, 10);
  const applications = await Promise.all(
    Array.from({ length: 10 }, () =>
      new ApiClient(url).post('/api/accreditations', { name: 'Twin', email: 'twin@x.example', outlet: 'Twin Times', conference: slug }),
    ),
  );
  assert.ok(
    applications.every((a) => a.status < 500),
    JSON.stringify(tally(applications.map((a) => a.status))),
  );
});

/** A raw request, so the path reaches the server exactly as written. */
function raw(path: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('malformed percent-encoding in the event-stream path is a 400 in the shared shape', async () => {
  for (const slug of ['%E0%A4%A', '%', '%ZZ', 'a%', '%C3%28']) {
    const answer = await raw(`/api/conferences/${slug}/events`);
    assert.equal(answer.status, 400, slug);
    const body = JSON.parse(answer.body);
    assert.equal(body.error.code, 'bad_request', slug);
    assert.equal(body.error.field, 'slug');
  }
  // Well-formed but unknown stays a 404.
  assert.equal((await raw('/api/conferences/%E6%97%A0/events')).status, 404);
});

test('a request line over 16 KB gets 431 in the shared shape, not an empty answer', async () => {
  const answer = await raw(`/api/search?q=${'a'.repeat(17 * 1024)}`);
  assert.equal(answer.status, 431);
  assert.match(answer.type, /application\/json/);
  assert.equal(JSON.parse(answer.body).error.code, 'headers_too_large');
  const headers = await raw('/healthz', { 'x-padding': 'b'.repeat(20 * 1024) });
  assert.equal(headers.status, 431);
  // The server goes on serving.
  assert.equal((await raw('/healthz')).status, 200);
});
