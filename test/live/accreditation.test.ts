import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiClient } from '../support/client.ts';
import { liveConference, PASSWORD, staff } from '../support/people.ts';
import { testServer } from '../support/server.ts';

const { url, ctx, store } = await testServer();
const admin = await staff(ctx, url, 'admin', 'Accreditation Admin');
const slug = await liveConference(admin, 'Accreditation Briefing');

test('staff sign in with a password and get an HttpOnly, SameSite=Lax cookie', async () => {
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'accreditation.admin@press.example', password: PASSWORD }),
  });
  assert.equal(res.status, 200);
  const cookie = res.headers.get('set-cookie') ?? '';
  assert.match(cookie, /^presser_session=/);
  assert.match(cookie, /HttpOnly/i);
  assert.match(cookie, /SameSite=Lax/i);
  const body = await res.json();
  assert.equal(body.user.role, 'admin');
  assert.ok(!JSON.stringify(body).includes(PASSWORD));
});

test('a wrong password and an unknown email get the same 401', async () => {
  const wrong = await new ApiClient(url).post('/api/session', { email: 'accreditation.admin@press.example', password: 'not it at all' });
  const unknown = await new ApiClient(url).post('/api/session', { email: 'ghost@press.example', password: 'not it at all' });
  assert.equal(wrong.status, 401);
  assert.deepEqual(wrong.body, unknown.body);
});

test('passwords are stored only as scrypt hashes', async () => {
  const user = await store.users.findByEmail('accreditation.admin@press.example');
  assert.match(user?.passwordHash ?? '', /^scrypt\$/);
  assert.ok(!user?.passwordHash?.includes(PASSWORD));
});

test('signing out ends the session', async () => {
  const client = await staff(ctx, url, 'moderator', 'Short Session');
  const cookie = client.cookie;
  assert.equal((await client.get('/api/session')).status, 200);
  assert.equal((await client.delete('/api/session')).status, 200);
  client.cookie = cookie;
  assert.equal((await client.get('/api/session')).status, 401);
});

test('apply, approve with an access link that signs in once, then revoke ends session and stream at once', async () => {
  const outlet = await admin.post('/api/outlets', { name: 'Coast Courier', aliases: ['CC'], country: 'XA', origin: 'domestic' });
  assert.equal(outlet.status, 201);
  const applicant = new ApiClient(url);
  const applied = await applicant.post('/api/accreditations', { name: 'Rhea Stone', email: 'rhea@coast.example', outlet: 'cc', conference: slug });
  assert.equal(applied.status, 201);
  assert.equal(applied.body.accreditation.status, 'pending');
  assert.equal(applied.body.accreditation.outletName, 'Coast Courier', 'the alias finds the registered outlet');

  const list = await admin.get('/api/accreditations?status=pending');
  assert.ok(list.body.accreditations.some((a: { id: string }) => a.id === applied.body.accreditation.id));

  const approved = await admin.post(`/api/accreditations/${applied.body.accreditation.id}/approve`);
  assert.equal(approved.status, 200);
  assert.equal(approved.body.accreditation.status, 'approved');
  const link = new URL(approved.body.accessLink);
  assert.match(link.pathname, /^\/access\/[\w-]{40,}$/);
  const token = link.pathname.split('/').pop()!;
  const tokenRow = await store.sessions.consumeAccessToken('not-the-hash', new Date().toISOString());
  assert.equal(tokenRow, null);

  const journalist = new ApiClient(url);
  const opened = await journalist.get(link.pathname);
  assert.equal(opened.status, 303);
  assert.equal(opened.headers.get('location'), '/journalist');
  const me = await journalist.get('/api/session');
  assert.equal(me.body.user.role, 'journalist');
  assert.equal(me.body.user.name, 'Rhea Stone');

  const again = await new ApiClient(url).post('/api/access', { token });
  assert.equal(again.status, 401, 'an access link works once');

  const stream = journalist.stream(slug);
  await stream.opened;
  assert.equal(stream.status, 200);
  const raised = await journalist.post(`/api/conferences/${slug}/hands`, { topic: 'piers' });
  assert.equal(raised.status, 201);
  await stream.until((events) => events.some((e) => e.event === 'queue.changed' && e.data.position === 1));

  const revoked = await admin.post(`/api/accreditations/${applied.body.accreditation.id}/revoke`);
  assert.equal(revoked.status, 200);
  assert.equal(revoked.body.accreditation.status, 'revoked');
  await stream.done;
  assert.ok(stream.ended, 'the open stream is closed at once');
  assert.equal((await journalist.get('/api/session')).status, 401, 'the session ends at once');
  const moderator = await staff(ctx, url, 'moderator', 'Revocation Moderator');
  assert.deepEqual((await moderator.get(`/api/conferences/${slug}/queue`)).body.entries, [], 'the hand is withdrawn');
});

test('rejecting and deciding twice', async () => {
  const applied = await new ApiClient(url).post('/api/accreditations', {
    name: 'Otto Vale',
    email: 'otto@x.example',
    outlet: 'Valley Radio',
    validFrom: '2025-01-01',
    validUntil: '2025-12-31',
  });
  assert.equal(applied.status, 201);
  const id = applied.body.accreditation.id;
  assert.equal((await admin.post(`/api/accreditations/${id}/reject`)).body.accreditation.status, 'rejected');
  const twice = await admin.post(`/api/accreditations/${id}/reject`);
  assert.equal(twice.status, 409);
  assert.equal(twice.body.error.code, 'wrong_state');
  assert.equal((await admin.post(`/api/accreditations/${id}/revoke`)).status, 409);
  assert.equal((await admin.post('/api/accreditations/nope/approve')).status, 404);
});

test('an application names a conference or a period, with sane dates', async () => {
  const bad = await new ApiClient(url).post('/api/accreditations', { name: 'N', email: 'n@x.example', outlet: 'O' });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.field, 'conference');
  const backwards = await new ApiClient(url).post('/api/accreditations', {
    name: 'N',
    email: 'n@x.example',
    outlet: 'O',
    validFrom: '2025-02-01',
    validUntil: '2025-01-01',
  });
  assert.equal(backwards.status, 400);
  assert.equal(backwards.body.error.field, 'validUntil');
  const unknown = await new ApiClient(url).post('/api/accreditations', { name: 'N', email: 'n@x.example', outlet: 'O', conference: 'no-such-conference' });
  assert.equal(unknown.status, 404);
  const draft = (await admin.post('/api/conferences', { title: 'Unannounced Draft' })).body.conference.slug;
  const early = await new ApiClient(url).post('/api/accreditations', { name: 'N', email: 'n@x.example', outlet: 'O', conference: draft });
  assert.equal(early.status, 404, 'a draft does not take applications, nor reveal it exists');
});

test('a period accreditation admits its holder to conferences within it, not outside', async () => {
  const applied = await new ApiClient(url).post('/api/accreditations', {
    name: 'Per Iod',
    email: 'per@x.example',
    outlet: 'Period Post',
    validFrom: '2025-05-01',
    validUntil: '2025-05-31',
  });
  const approved = await admin.post(`/api/accreditations/${applied.body.accreditation.id}/approve`, { origin: 'foreign' });
  const client = new ApiClient(url);
  await client.get(new URL(approved.body.accessLink).pathname);
  assert.equal((await client.post(`/api/conferences/${slug}/hands`, {})).status, 201, 'the conference on 2025-05-02 is inside the period');
  const later = await admin.post('/api/conferences', { title: 'Later Briefing', date: '2025-07-01' });
  const laterSlug = later.body.conference.slug;
  await admin.post(`/api/conferences/${laterSlug}/state`, { status: 'live' });
  const outside = await client.post(`/api/conferences/${laterSlug}/hands`, {});
  assert.equal(outside.status, 403);
});
