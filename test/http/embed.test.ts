// The embed page and the origins that may frame it: the header names exactly the listed origins on
// the embed page, every other answer refuses framing, and a bad list changes nothing.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildScenario } from '../support/scenario.ts';
import { testServer } from '../support/server.ts';

const frameAncestors = (res: Response) => /frame-ancestors ([^;]*)/.exec(res.headers.get('content-security-policy') ?? '')?.[1]?.trim() ?? null;

const { url, ctx } = await testServer();
const s = await buildScenario(ctx, url);
const { admin } = s;

describe('embed', () => {
  test('with no origin listed, the embed page may be framed by this site only', async () => {
    assert.deepEqual((await admin.get('/api/embed/origins')).body, { origins: [] });
    const res = await fetch(`${url}/embed/${s.live}`);
    assert.equal(res.status, 200);
    assert.equal(frameAncestors(res), "'self'");
    assert.equal(res.headers.get('x-frame-options'), null);
  });

  test('listed origins are kept in their normal form and named in the header of the embed page only', async () => {
    const put = await admin.request('PUT', '/api/embed/origins', {
      origins: ['https://www.Example.gov/', 'https://news.example.gov:8443', 'https://www.example.gov'],
    });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    assert.deepEqual(put.body, { origins: ['https://www.example.gov', 'https://news.example.gov:8443'] });
    const embed = await fetch(`${url}/embed/${s.live}`);
    assert.equal(frameAncestors(embed), "'self' https://www.example.gov https://news.example.gov:8443");
    // Every other page, error page, API answer and export still refuses every frame.
    for (const path of [
      '/',
      `/c/${s.live}`,
      `/c/${s.published}`,
      `/c/${s.published}.html`,
      '/search',
      '/admin',
      '/api/conferences',
      '/embed/no-such-conference',
    ]) {
      const res = await fetch(url + path, { headers: { accept: 'text/html' }, redirect: 'manual' });
      assert.equal(res.headers.get('x-frame-options'), 'DENY', `${path} refuses framing`);
      const ancestors = frameAncestors(res);
      assert.ok(ancestors === null || ancestors === "'none'", `${path}: frame-ancestors ${ancestors}`);
    }
  });

  test('a bad origin is refused with its field, and the list stays as it was', async () => {
    for (const [origins, field] of [
      [['https://ok.example.gov', 'https://www.example.gov/news'], 'origins.1'],
      [['https://*.example.gov'], 'origins.0'],
      [['http://www.example.gov'], 'origins.0'],
      [["https://a.example.gov; script-src 'unsafe-inline'"], 'origins.0'],
      [["'self'"], 'origins.0'],
      [[42], 'origins.0'],
      [Array.from({ length: 21 }, (_, i) => `https://s${i}.example.gov`), 'origins'],
    ] as const) {
      const res = await admin.request('PUT', '/api/embed/origins', { origins });
      assert.equal(res.status, 400, JSON.stringify(origins));
      assert.equal(res.body.error.code, 'validation_failed');
      assert.equal(res.body.error.field, field, JSON.stringify(res.body));
    }
    assert.deepEqual((await admin.get('/api/embed/origins')).body, { origins: ['https://www.example.gov', 'https://news.example.gov:8443'] });
  });

  test('the embed page is the public view in the language its address asks for; a draft is not found', async () => {
    const zh = await (await fetch(`${url}/embed/${s.live}?ui=zh&show=zh`)).text();
    assert.match(zh, /<html lang="zh">/);
    assert.match(zh, /value="zh" checked/);
    assert.match(zh, /欢迎各位/);
    assert.doesNotMatch(zh, /class="site-header"/, 'no site navigation inside the frame');
    const en = await (await fetch(`${url}/embed/${s.live}`, { headers: { 'accept-language': 'en' } })).text();
    assert.match(en, /<html lang="en">/);
    assert.match(en, /Next question: /);
    // Signed in as staff makes no difference: the page is shown on another site.
    const staffView = await admin.get(`/embed/${s.scheduled}`);
    assert.equal(staffView.status, 200);
    assert.doesNotMatch(String(staffView.body), /class="turn /);
    const draft = (await admin.post('/api/conferences', { title: 'Embargoed briefing', principals: ['Lena Marsh'] })).body.conference.slug;
    assert.equal((await fetch(`${url}/embed/${draft}`)).status, 404);
    assert.equal((await admin.get(`/embed/${draft}`)).status, 404);
  });
});
