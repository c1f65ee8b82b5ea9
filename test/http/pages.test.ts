// The pages over plain HTTP: who gets which page, HTML errors for browsers, the plain forms, headers.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ApiClient } from '../support/client.ts';
import { journalist, liveConference, PASSWORD, staff } from '../support/people.ts';
import { testServer } from '../support/server.ts';

const { url, ctx } = await testServer();
const admin = await staff(ctx, url, 'admin', 'Ada Admin');
const transcriber = await staff(ctx, url, 'transcriber', 'Tess Transcriber');
const slug = await liveConference(admin, 'Harbour Briefing');
const html = { accept: 'text/html,application/xhtml+xml' };
const form = (fields: Record<string, string>) => ({
  'content-type': 'application/x-www-form-urlencoded',
  origin: url,
  ...html,
  body: new URLSearchParams(fields).toString(),
});

async function post(client: ApiClient, path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const { body, ...h } = form(fields);
  return client.request('POST', path, body, { ...h, ...headers });
}

describe('pages', () => {
  test('a console sends the signed-out to the sign-in form, and back after signing in', async () => {
    const anonymous = new ApiClient(url);
    const page = await anonymous.request('GET', `/console/${slug}/moderate`, undefined, html);
    assert.equal(page.status, 303);
    const next = page.headers.get('location')!;
    assert.equal(next, `/signin?next=${encodeURIComponent(`/console/${slug}/moderate`)}`);
    const wrong = await post(anonymous, '/signin', { email: 'ada.admin@press.example', password: 'wrong password', next: `/console/${slug}/moderate` });
    assert.equal(wrong.status, 401);
    assert.match(wrong.body, /Wrong email or password/);
    const signedIn = await post(anonymous, '/signin', { email: 'ada.admin@press.example', password: PASSWORD, next: `/console/${slug}/moderate` });
    assert.equal(signedIn.status, 303);
    assert.equal(signedIn.headers.get('location'), `/console/${slug}/moderate`);
    const consolePage = await anonymous.request('GET', `/console/${slug}/moderate`, undefined, html);
    assert.equal(consolePage.status, 200);
    assert.match(consolePage.body, /id="page-data"/);
  });

  test('sign-in never redirects to another site', async () => {
    const client = new ApiClient(url);
    for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const answer = await post(client, '/signin', { email: 'ada.admin@press.example', password: PASSWORD, next });
      assert.equal(answer.headers.get('location'), '/admin', next);
    }
  });

  test('a signed-in user with another role gets an HTML 403, not JSON', async () => {
    const page = await transcriber.request('GET', '/admin', undefined, html);
    assert.equal(page.status, 403);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    assert.match(page.body, /Not allowed/);
  });

  test('errors on page addresses are HTML pages for browsers, JSON for the API', async () => {
    const missing = await new ApiClient(url).request('GET', '/c/no-such-thing', undefined, html);
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type') ?? '', /text\/html/);
    assert.match(missing.body, /<h1>Not found<\/h1>/);
    const badLink = await new ApiClient(url).request('GET', '/access/not-a-real-token-at-all', undefined, html);
    assert.equal(badLink.status, 401);
    assert.match(badLink.body, /This link no longer works/);
    const api = await new ApiClient(url).request('GET', '/api/conferences/no-such-thing', undefined, html);
    assert.equal(api.body.error.code, 'not_found');
  });

  test('pages carry a strict Content-Security-Policy; assets are hashed, gzipped and cached for a year', async () => {
    const page = await fetch(`${url}/c/${slug}`);
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    const body = await page.text();
    const script = /<script type="module" src="(\/assets\/live-[A-Z0-9]{8}\.js)"/.exec(body)?.[1];
    assert.ok(script);
    const asset = await fetch(url + script, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(asset.status, 200);
    assert.equal(asset.headers.get('content-encoding'), 'gzip');
    assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.match(asset.headers.get('content-type') ?? '', /javascript/);
    assert.equal((await fetch(`${url}/assets/nothing-here.js`)).status, 404);
  });

  test('the live page embeds where its stream starts', async () => {
    await transcriber.post(`/api/conferences/${slug}/turns`, { kind: 'statement' });
    await transcriber.post(`/api/conferences/${slug}/turns/1/text`, { lang: 'en', append: 'Say <b>"hi"</b> & </script><script>alert(1)</script>' });
    const body = await (await fetch(`${url}/c/${slug}`)).text();
    const data = JSON.parse(/<script type="application\/json" id="page-data">(.*?)<\/script>/s.exec(body)![1]!);
    const info = await ctx.store.conferences.info(slug);
    assert.equal(data.lastEventId, info!.lastEventId);
    assert.equal(data.turns[0].text.en, 'Say <b>"hi"</b> & </script><script>alert(1)</script>');
    assert.ok(!body.includes('<script>alert(1)'), 'the text cannot close the data element');
  });

  test('the application form works as a plain POST, with errors shown on the form', async () => {
    const client = new ApiClient(url);
    const page = await client.request('GET', `/accreditation?c=${slug}`, undefined, html);
    assert.match(page.body, new RegExp(`<option value="${slug}" selected="">`));
    const bad = await post(client, '/accreditation', {
      name: 'Ivo Brandt',
      email: 'not an email',
      outlet: 'North Wire',
      scope: 'conference',
      conference: slug,
    });
    assert.equal(bad.status, 400);
    assert.match(bad.body, /aria-invalid="true"/);
    assert.match(bad.body, /value="Ivo Brandt"/);
    const good = await post(client, '/accreditation', {
      name: 'Ivo Brandt',
      email: 'ivo@northwire.example',
      outlet: 'North Wire',
      scope: 'conference',
      conference: slug,
    });
    assert.equal(good.status, 201);
    assert.match(good.body, /Application received/);
    const period = await post(client, '/accreditation', {
      name: 'Ana Lima',
      email: 'ana@delta.example',
      outlet: 'Delta Radio',
      scope: 'period',
      validFrom: '2025-01-01',
      validUntil: '2025-12-31',
    });
    assert.equal(period.status, 201);
    const listed = (await admin.get('/api/accreditations?status=pending')).body.accreditations;
    assert.deepEqual(listed.map((a: { name: string }) => a.name).sort(), ['Ana Lima', 'Ivo Brandt']);
  });

  test('forms from another site are refused', async () => {
    const answer = await post(
      new ApiClient(url),
      '/accreditation',
      { name: 'X', email: 'x@y.example', outlet: 'Z', conference: slug },
      { origin: 'https://elsewhere.example' },
    );
    assert.equal(answer.status, 403);
  });

  test('the language follows Accept-Language, and the switch sets a cookie', async () => {
    const chinese = await fetch(`${url}/`, { headers: { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5' } });
    assert.match(await chinese.text(), /<html lang="zh">/);
    const client = new ApiClient(url);
    const switched = await post(client, '/language', { lang: 'zh', back: '/accreditation' });
    assert.equal(switched.status, 303);
    assert.equal(switched.headers.get('location'), '/accreditation');
    assert.match(switched.headers.get('set-cookie') ?? '', /presser_lang=zh/);
    const away = await post(client, '/language', { lang: 'en', back: '//evil.example' });
    assert.equal(away.headers.get('location'), '/');
  });

  test('before it starts and after it ends, the address shows a notice, not the record', async () => {
    const later = (await admin.post('/api/conferences', { title: 'Autumn Outlook', date: '2031-10-01' })).body.conference.slug;
    assert.equal((await fetch(`${url}/c/${later}`)).status, 404, 'a draft does not reveal it exists');
    await admin.post(`/api/conferences/${later}/state`, { status: 'scheduled' });
    const scheduled = await (await fetch(`${url}/c/${later}`)).text();
    assert.match(scheduled, /has not started/);
    await admin.post(`/api/conferences/${slug}/state`, { status: 'ended' });
    const ended = await (await fetch(`${url}/c/${slug}`)).text();
    assert.match(ended, /has ended/);
    assert.ok(!ended.includes('Say &lt;b&gt;'), 'the unpublished record is not shown to the public');
    assert.match(await (await admin.request('GET', `/c/${slug}`)).body, /Say &lt;b&gt;/, 'staff still see it');
    await admin.post(`/api/conferences/${slug}/state`, { status: 'live' });
  });
});

describe('API additions', () => {
  test('admins list users and create staff accounts', async () => {
    const created = await admin.post('/api/users', {
      email: 'ian@press.example',
      name: 'Ian Interpreter',
      role: 'interpreter',
      password: 'long enough secret',
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.user.role, 'interpreter');
    assert.ok(!('passwordHash' in created.body.user));
    const listed = await admin.get('/api/users');
    assert.ok(listed.body.users.some((u: { email: string }) => u.email === 'ian@press.example'));
    assert.ok(listed.body.users.every((u: object) => !('passwordHash' in u)));
    assert.equal((await admin.post('/api/users', { email: 'ian@press.example', role: 'interpreter', password: 'long enough secret' })).status, 409);
    assert.equal((await admin.post('/api/users', { email: 'j@press.example', role: 'journalist', password: 'long enough secret' })).status, 400);
    assert.equal((await admin.post('/api/users', { email: 'k@press.example', role: 'moderator', password: 'short' })).status, 400);
    assert.equal((await transcriber.get('/api/users')).status, 403);
    const ian = new ApiClient(url);
    await ian.signIn('ian@press.example', 'long enough secret');
    assert.equal((await ian.get('/api/session')).body.user.name, 'Ian Interpreter');
  });

  test('a journalist lists the conferences their accreditation admits', async () => {
    const other = await liveConference(admin, 'Other Briefing');
    const mira = await journalist(admin, url, 'Mira Okafor', 'Harbour Daily', other);
    const mine = await mira.get('/api/me/conferences');
    assert.equal(mine.status, 200);
    assert.deepEqual(
      mine.body.conferences.map((c: { slug: string }) => c.slug),
      [other],
    );
    assert.equal(mine.body.conferences[0].status, 'live');
    assert.equal((await admin.get('/api/me/conferences')).status, 403);
    const doc = await (await fetch(`${url}/api/openapi.json`)).json();
    assert.ok(doc.paths['/api/users'] && doc.paths['/api/me/conferences']);
  });
});
