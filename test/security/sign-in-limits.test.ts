// Password and access-link guessing: attempts are counted per address and per account before the
// secret is checked, and over a limit every attempt is refused, the right one too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addUser } from '../../src/app/auth.ts';
import { ApiClient } from '../support/client.ts';
import { liveConference, PASSWORD, staff } from '../support/people.ts';
import { testServer } from '../support/server.ts';

const limits = {
  applicationsPerHour: 1000,
  handsPerMinute: 100,
  signInFailuresPer15Minutes: 4,
  signInFailuresPerAccountPer15Minutes: 3,
  accessLinkFailuresPer15Minutes: 4,
};
// One proxy hop trusted, so a test can speak from many addresses through X-Forwarded-For.
const { url, ctx } = await testServer({ rateLimits: limits, http: { trustProxy: 1, allowedOrigins: [] } });

const from = (address: string) => ({ 'x-forwarded-for': address });
async function signIn(email: string, password: string, address: string) {
  return new ApiClient(url).request('POST', '/api/session', { email, password }, from(address));
}

test('over the per-address limit the right password gets 429 too, with Retry-After', async () => {
  const emails = ['a1@press.example', 'a2@press.example', 'a3@press.example', 'a4@press.example', 'a5@press.example'];
  for (const email of emails) await addUser(ctx, { email, role: 'transcriber', password: PASSWORD });
  // Four wrong guesses on four accounts from one address: each account stays under its own limit.
  for (const email of emails.slice(0, 4)) assert.equal((await signIn(email, 'wrong guess', '10.1.0.1')).status, 401);
  const wrong = await signIn(emails[4]!, 'wrong guess', '10.1.0.1');
  assert.equal(wrong.status, 429);
  assert.equal(wrong.body.error.code, 'rate_limited');
  assert.ok(Number(wrong.headers.get('retry-after')) > 0, 'Retry-After in seconds');
  const right = await signIn(emails[4]!, PASSWORD, '10.1.0.1');
  assert.equal(right.status, 429, 'the right password is refused the same way, so the status tells nothing');
  assert.equal(right.headers.get('set-cookie'), null, 'and no session is started');
  // Another address is not affected.
  assert.equal((await signIn(emails[4]!, PASSWORD, '10.1.0.2')).status, 200);
});

test('one account guessed from many addresses is limited per account', async () => {
  await addUser(ctx, { email: 'target@press.example', role: 'admin', password: PASSWORD });
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) statuses.push((await signIn('target@press.example', `guess ${i}`, `10.2.0.${i + 1}`)).status);
  assert.deepEqual(statuses, [401, 401, 401, 429, 429, 429]);
  const right = await signIn('TARGET@press.example', PASSWORD, '10.2.0.99');
  assert.equal(right.status, 429, 'the account is locked for every address, whatever the case of the email');
});

test('parallel guesses cannot slip past the count', async () => {
  await addUser(ctx, { email: 'parallel@press.example', role: 'moderator', password: PASSWORD });
  const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => signIn('parallel@press.example', `guess ${i}`, '10.3.0.1')));
  const counts = answers.reduce<Record<number, number>>((n, a) => ({ ...n, [a.status]: (n[a.status] ?? 0) + 1 }), {});
  assert.deepEqual(counts, { 401: 3, 429: 9 }, 'the per-account limit of 3 holds under 12 concurrent guesses');
});

test('right passwords do not use up the limit', async () => {
  await addUser(ctx, { email: 'regular@press.example', role: 'transcriber', password: PASSWORD });
  for (let i = 0; i < 8; i++) assert.equal((await signIn('regular@press.example', PASSWORD, '10.4.0.1')).status, 200, `sign-in ${i + 1}`);
});

test('without a trusted proxy, X-Forwarded-For is ignored: rotating it does not escape the limit', async () => {
  const direct = await testServer({ rateLimits: limits });
  await addUser(direct.ctx, { email: 'spoof@press.example', role: 'transcriber', password: PASSWORD });
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) {
    const answer = await new ApiClient(direct.url).request('POST', '/api/session', { email: `nobody${i}@press.example`, password: 'x' }, from(`10.9.0.${i}`));
    statuses.push(answer.status);
  }
  assert.deepEqual(statuses, [401, 401, 401, 401, 429, 429]);
});

test('access-link guessing is limited per address, and over the limit a valid link gets 429 too', async () => {
  const admin = await staff(ctx, url, 'admin', 'Limit Admin');
  const slug = await liveConference(admin, 'Limits Briefing');
  const applied = await new ApiClient(url).post('/api/accreditations', {
    name: 'Link Holder',
    email: 'holder@wire.example',
    outlet: 'Limit Wire',
    conference: slug,
  });
  const approved = await admin.post(`/api/accreditations/${applied.body.accreditation.id}/approve`, { origin: 'foreign' });
  const token = new URL(approved.body.accessLink).pathname.split('/').pop()!;
  const tryToken = (t: string) => new ApiClient(url).request('POST', '/api/access', { token: t }, from('10.5.0.1'));
  for (let i = 0; i < 4; i++) assert.equal((await tryToken(`guessed-token-number-${i}`)).status, 401);
  const over = await tryToken(token);
  assert.equal(over.status, 429);
  assert.ok(Number(over.headers.get('retry-after')) > 0);
  // The link was not used up by the refused attempt: from another address it still signs in, once.
  const elsewhere = await new ApiClient(url).request('POST', '/api/access', { token }, from('10.5.0.2'));
  assert.equal(elsewhere.status, 200);
  // The link page (GET /access/:token) counts against the same limit.
  for (let i = 0; i < 5; i++) await new ApiClient(url).request('GET', `/access/guessed-page-token-${i}`, undefined, from('10.5.0.3'));
  assert.equal((await new ApiClient(url).request('GET', '/access/guessed-page-token-x', undefined, from('10.5.0.3'))).status, 429);
});
