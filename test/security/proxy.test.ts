// Behind a TLS-terminating reverse proxy: with --trust-proxy the scheme and client address come from
// the proxy's headers, so the session cookie is Secure; without it, those headers are ignored.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addUser } from '../../src/app/auth.ts';
import { parseTrustProxy } from '../../src/http/client-info.ts';
import { httpSettingsFrom } from '../../src/http/settings.ts';
import { PASSWORD } from '../support/people.ts';
import { testServer } from '../support/server.ts';

const behind = await testServer({ http: { trustProxy: 1, allowedOrigins: [] } });
const direct = await testServer();
for (const { ctx } of [behind, direct]) await addUser(ctx, { email: 'proxy@press.example', role: 'admin', password: PASSWORD });

async function signInCookie(base: string, headers: Record<string, string>): Promise<string> {
  const res = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email: 'proxy@press.example', password: PASSWORD }),
  });
  assert.equal(res.status, 200);
  return res.headers.get('set-cookie') ?? '';
}

test('X-Forwarded-Proto: https makes the cookie Secure when the proxy is trusted', async () => {
  assert.match(await signInCookie(behind.url, { 'x-forwarded-proto': 'https' }), /;\s*Secure/i);
  assert.doesNotMatch(await signInCookie(behind.url, { 'x-forwarded-proto': 'http' }), /;\s*Secure/i);
  assert.doesNotMatch(await signInCookie(behind.url, {}), /;\s*Secure/i);
});

test('the standard Forwarded header works the same way', async () => {
  assert.match(await signInCookie(behind.url, { forwarded: 'for=203.0.113.7;proto=https;host=press.example.org' }), /;\s*Secure/i);
});

test('without the setting, forwarded headers are ignored', async () => {
  assert.doesNotMatch(await signInCookie(direct.url, { 'x-forwarded-proto': 'https' }), /;\s*Secure/i);
  assert.doesNotMatch(await signInCookie(direct.url, { forwarded: 'proto=https' }), /;\s*Secure/i);
});

test('access links are built on the origin the client reached through the proxy', async () => {
  const { ApiClient } = await import('../support/client.ts');
  const { liveConference } = await import('../support/people.ts');
  const admin = new ApiClient(behind.url);
  await admin.signIn('proxy@press.example', PASSWORD);
  const slug = await liveConference(admin, 'Proxy Briefing');
  const applied = await new ApiClient(behind.url).post('/api/accreditations', {
    name: 'Via Proxy',
    email: 'via@proxy.example',
    outlet: 'Proxy Post',
    conference: slug,
  });
  const approved = await admin.request(
    'POST',
    `/api/accreditations/${applied.body.accreditation.id}/approve`,
    {},
    { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'press.example.org' },
  );
  assert.equal(approved.status, 200);
  assert.match(approved.body.accessLink, /^https:\/\/press\.example\.org\/access\//);
});

test('the settings: flag, then environment; bad values are refused', () => {
  assert.equal(parseTrustProxy(undefined), 0);
  assert.equal(parseTrustProxy(true), 1);
  assert.equal(parseTrustProxy('1'), 1);
  assert.equal(parseTrustProxy('2'), 2);
  assert.equal(parseTrustProxy('false'), 0);
  assert.throws(() => parseTrustProxy('lots'), /number of proxy hops/);
  assert.deepEqual(httpSettingsFrom({}, { PRESSER_TRUST_PROXY: '1', PRESSER_ALLOWED_ORIGINS: 'https://a.example/, https://b.example:8443' }), {
    trustProxy: 1,
    allowedOrigins: ['https://a.example', 'https://b.example:8443'],
  });
  assert.deepEqual(httpSettingsFrom({ trustProxy: true, allowOrigin: ['https://c.example'] }, {}), { trustProxy: 1, allowedOrigins: ['https://c.example'] });
  assert.throws(() => httpSettingsFrom({ allowOrigin: ['not a url'] }, {}), /not an origin/);
});
