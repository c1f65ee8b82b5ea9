// The first run and staff accounts over plain HTTP: /setup on an empty database (once only, every
// page pointing at it), an admin resetting a password and disabling an account, and each role
// offered only the consoles it may open.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addUser } from '../../src/app/auth.ts';
import { ApiClient } from '../support/client.ts';
import { liveConference, PASSWORD } from '../support/people.ts';
import { testServer } from '../support/server.ts';

const html = { accept: 'text/html,application/xhtml+xml' };

function postForm(client: ApiClient, url: string, path: string, fields: Record<string, string>) {
  return client.request('POST', path, new URLSearchParams(fields).toString(), { 'content-type': 'application/x-www-form-urlencoded', origin: url, ...html });
}

describe('first run', () => {
  test('with no staff every page points at /setup, which creates the first admin once', async () => {
    const { url } = await testServer();
    const visitor = new ApiClient(url);
    const home = await visitor.request('GET', '/', undefined, html);
    assert.equal(home.status, 200);
    assert.match(home.body, /href="\/setup"/);
    const form = await visitor.request('GET', '/setup', undefined, html);
    assert.equal(form.status, 200);
    assert.match(form.body, /Set up presser/);

    const short = await postForm(visitor, url, '/setup', { name: 'Ada', email: 'ada@press.example', password: 'short' });
    assert.equal(short.status, 400);
    assert.match(short.body, /at least 8 characters/);
    assert.equal(visitor.cookie, null);

    const made = await postForm(visitor, url, '/setup', { name: 'Ada Admin', email: 'ada@press.example', password: PASSWORD });
    assert.equal(made.status, 303);
    assert.equal(made.headers.get('location'), '/admin#users');
    const me = await visitor.get('/api/session');
    assert.equal(me.status, 200);
    assert.equal(me.body.user.role, 'admin');

    // Once set up, the page is gone and no page mentions it.
    const again = await postForm(new ApiClient(url), url, '/setup', { email: 'mallory@evil.example', password: PASSWORD });
    assert.equal(again.status, 404);
    assert.equal((await new ApiClient(url).request('GET', '/setup', undefined, html)).status, 404);
    assert.doesNotMatch((await new ApiClient(url).request('GET', '/', undefined, html)).body, /href="\/setup"/);
    const users = await visitor.get('/api/users');
    assert.deepEqual(
      users.body.users.map((u: { email: string }) => u.email),
      ['ada@press.example'],
    );
  });

  test('two set-ups racing make one admin', async () => {
    const { url, store } = await testServer();
    const answers = await Promise.all(
      ['a', 'b', 'c'].map((who) => postForm(new ApiClient(url), url, '/setup', { email: `${who}@press.example`, password: PASSWORD })),
    );
    assert.equal(answers.filter((a) => a.status === 303).length, 1, answers.map((a) => a.status).join(','));
    assert.equal(await store.users.countStaff(), 1);
  });
});

describe('staff accounts', async () => {
  const { url, ctx } = await testServer();
  await addUser(ctx, { email: 'ada@press.example', name: 'Ada Admin', role: 'admin', password: PASSWORD });
  await addUser(ctx, { email: 'ivo@press.example', name: 'Ivo Interpreter', role: 'interpreter', password: PASSWORD });
  const admin = new ApiClient(url);
  await admin.signIn('ada@press.example', PASSWORD);
  const userId = async (email: string) => ((await admin.get('/api/users')).body.users as { id: string; email: string }[]).find((u) => u.email === email)!.id;

  test('an admin resets a password: the old one stops working and open sessions end', async () => {
    const ivo = new ApiClient(url);
    await ivo.signIn('ivo@press.example', PASSWORD);
    const id = await userId('ivo@press.example');
    const tooShort = await admin.patch(`/api/users/${id}`, { password: 'short' });
    assert.equal(tooShort.status, 400);
    assert.equal(tooShort.body.error.field, 'password');
    const reset = await admin.patch(`/api/users/${id}`, { password: 'a brand new password' });
    assert.equal(reset.status, 200);
    assert.equal((await ivo.get('/api/session')).status, 401);
    assert.equal((await new ApiClient(url).post('/api/session', { email: 'ivo@press.example', password: PASSWORD })).status, 401);
    await new ApiClient(url).signIn('ivo@press.example', 'a brand new password');
    const ivoAgain = new ApiClient(url);
    await ivoAgain.signIn('ivo@press.example', 'a brand new password');
    assert.equal((await ivoAgain.patch(`/api/users/${id}`, { password: 'another password' })).status, 403);
  });

  test('a disabled account is signed out and cannot sign in until enabled again', async () => {
    const ivo = new ApiClient(url);
    await ivo.signIn('ivo@press.example', 'a brand new password');
    const id = await userId('ivo@press.example');
    const disabled = await admin.patch(`/api/users/${id}`, { disabled: true });
    assert.equal(disabled.status, 200);
    assert.ok(disabled.body.user.disabledAt);
    assert.equal((await ivo.get('/api/session')).status, 401);
    assert.equal((await new ApiClient(url).post('/api/session', { email: 'ivo@press.example', password: 'a brand new password' })).status, 401);
    const enabled = await admin.patch(`/api/users/${id}`, { disabled: false });
    assert.equal(enabled.body.user.disabledAt, null);
    await new ApiClient(url).signIn('ivo@press.example', 'a brand new password');

    const self = await admin.patch(`/api/users/${await userId('ada@press.example')}`, { disabled: true });
    assert.equal(self.status, 409);
    assert.equal((await admin.patch('/api/users/no-such-id', { disabled: true })).status, 404);
    assert.equal((await admin.patch(`/api/users/${id}`, {})).status, 400);
  });

  test('an interpreter is offered no moderator console, which answers 403', async () => {
    const slug = await liveConference(admin, 'Harbour Briefing');
    const ivo = new ApiClient(url);
    await ivo.signIn('ivo@press.example', 'a brand new password');
    const consoles = await ivo.request('GET', '/console', undefined, html);
    assert.equal(consoles.status, 200);
    assert.doesNotMatch(consoles.body, /\/moderate"/);
    assert.match(consoles.body, new RegExp(`/console/${slug}/write\\?lang=zh`));
    assert.equal((await ivo.request('GET', `/console/${slug}/moderate`, undefined, html)).status, 403);
    const adminConsoles = await admin.request('GET', '/console', undefined, html);
    assert.match(adminConsoles.body, new RegExp(`/console/${slug}/moderate"`));
  });
});
