// Cross-site request forgery: a state-changing request with the admin's cookie is refused unless the
// browser says it comes from this site (Origin, or Sec-Fetch-Site when there is no Origin).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiClient } from '../support/client.ts';
import { liveConference, staff } from '../support/people.ts';
import { testServer } from '../support/server.ts';

const { url, ctx } = await testServer({ http: { trustProxy: 0, allowedOrigins: ['https://press.example.org'] } });
const admin = await staff(ctx, url, 'admin', 'Origin Admin');
const slug = await liveConference(admin, 'Origin Briefing');
const own = new URL(url).origin;

async function pendingApplication(): Promise<string> {
  const applied = await new ApiClient(url).post('/api/accreditations', {
    name: 'Pat Pending',
    email: `pat${Math.random()}@x.example`,
    outlet: 'Pending Post',
    conference: slug,
  });
  return applied.body.accreditation.id;
}

test('body-less POSTs from another site are refused with 403 and change nothing', async () => {
  for (const headers of [
    { origin: 'https://evil.example' },
    { origin: 'https://admin.press.example.org.evil.example' },
    { origin: 'null' },
    { 'sec-fetch-site': 'cross-site' },
    { 'sec-fetch-site': 'same-site' }, // a sibling subdomain: SameSite=Lax lets the cookie through
  ] as Record<string, string>[]) {
    const id = await pendingApplication();
    const answer = await admin.request('POST', `/api/accreditations/${id}/reject`, undefined, headers);
    assert.equal(answer.status, 403, JSON.stringify(headers));
    assert.equal(answer.body.error.code, 'cross_site');
    assert.match(answer.body.error.message, /only from this site/);
    const after = (await admin.get('/api/accreditations')).body.accreditations.find((a: { id: string }) => a.id === id);
    assert.equal(after.status, 'pending', 'the refused request changed nothing');
  }
});

test('PATCH, PUT and DELETE are guarded too; GET is not', async () => {
  assert.equal((await admin.request('PATCH', `/api/conferences/${slug}/settings`, { followUps: true }, { origin: 'https://evil.example' })).status, 403);
  assert.equal((await admin.request('DELETE', '/api/session', undefined, { origin: 'https://evil.example' })).status, 403);
  assert.equal((await admin.request('PUT', '/api/outlets', {}, { origin: 'https://evil.example' })).status, 403);
  assert.equal((await admin.request('GET', '/api/accreditations', undefined, { origin: 'https://evil.example' })).status, 200);
  assert.equal((await admin.get('/api/session')).status, 200, 'the refused sign-out did not sign out');
});

test('the site itself, a listed origin and clients that are not browsers pass', async () => {
  for (const headers of [{ origin: own }, { 'sec-fetch-site': 'same-origin' }, { origin: 'https://press.example.org' }, {}] as Record<string, string>[]) {
    const id = await pendingApplication();
    const answer = await admin.request('POST', `/api/accreditations/${id}/reject`, undefined, headers);
    assert.equal(answer.status, 200, `${JSON.stringify(headers)}: ${JSON.stringify(answer.body)}`);
  }
});

test('forms posted from another site are refused', async () => {
  const res = await fetch(`${url}/signin`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
    body: 'email=a%40b.example&password=x',
  });
  assert.equal(res.status, 403);
});
