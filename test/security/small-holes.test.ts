// The smaller holes: one live access link per journalist, who the public sees behind a correction,
// interpreters kept to their languages, exports that are never sniffed as another type.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiClient } from '../support/client.ts';
import { liveConference, staff } from '../support/people.ts';
import { testServer } from '../support/server.ts';

const { url, ctx } = await testServer({ rateLimits: { applicationsPerHour: 1000, handsPerMinute: 100, signInFailuresPer15Minutes: 100 } });
const admin = await staff(ctx, url, 'admin', 'Holes Admin');
const transcriber = await staff(ctx, url, 'transcriber', 'Tess Typist');
const interpreter = await staff(ctx, url, 'interpreter', 'Ivo Interpreter');
const slug = await liveConference(admin, 'Holes Briefing'); // languages en (the floor), zh

const tokenOf = (link: string) => new URL(link).pathname.split('/').pop()!;

test('a new access link retires the unused links before it', async () => {
  const applied = await new ApiClient(url).post('/api/accreditations', {
    name: 'Lin Link',
    email: 'lin@links.example',
    outlet: 'Link Herald',
    conference: slug,
  });
  const id = applied.body.accreditation.id;
  const first = await admin.post(`/api/accreditations/${id}/approve`, { origin: 'domestic' });
  const second = await admin.post(`/api/accreditations/${id}/link`);
  const third = await admin.post(`/api/accreditations/${id}/link`);
  assert.equal((await new ApiClient(url).post('/api/access', { token: tokenOf(first.body.accessLink) })).status, 401, 'the approval link is retired');
  assert.equal((await new ApiClient(url).post('/api/access', { token: tokenOf(second.body.accessLink) })).status, 401, 'the second link is retired');
  assert.equal((await new ApiClient(url).post('/api/access', { token: tokenOf(third.body.accessLink) })).status, 200, 'the newest link works');
});

test('interpreters write and correct only the languages they interpret into', async () => {
  const opened = await transcriber.post(`/api/conferences/${slug}/turns`, { kind: 'statement' });
  const seq = opened.body.turn.seq;
  assert.equal((await transcriber.post(`/api/conferences/${slug}/turns/${seq}/text`, { lang: 'en', append: 'Good morning.' })).status, 200);
  const intoFloor = await interpreter.post(`/api/conferences/${slug}/turns/${seq}/text`, { lang: 'en', append: 'Sneaky words.' });
  assert.equal(intoFloor.status, 403);
  assert.equal(intoFloor.body.error.field, 'lang');
  assert.match(intoFloor.body.error.message, /only zh/);
  assert.equal((await interpreter.post(`/api/conferences/${slug}/turns/${seq}/text`, { lang: 'zh', append: '早上好。' })).status, 200);
  assert.equal((await interpreter.post(`/api/conferences/${slug}/turns`, { kind: 'answer' })).status, 403, 'interpreters do not open turns');
  assert.equal((await interpreter.post(`/api/conferences/${slug}/turns/${seq}/final`)).status, 403, 'nor finalize them');
  assert.equal((await transcriber.post(`/api/conferences/${slug}/turns/${seq}/final`)).status, 200);
  assert.equal((await interpreter.patch(`/api/conferences/${slug}/turns/${seq}`, { text: { en: 'Rewritten.' } })).status, 403);
  assert.equal((await interpreter.patch(`/api/conferences/${slug}/turns/${seq}`, { kind: 'answer' })).status, 403);
  assert.equal((await interpreter.patch(`/api/conferences/${slug}/turns/${seq}`, { text: { zh: '大家早上好。' } })).status, 200);
  const revisions = (await admin.get(`/api/conferences/${slug}/turns/${seq}/revisions`)).body.revisions;
  assert.deepEqual(revisions.at(-1).text, { en: 'Good morning.', zh: '大家早上好。' }, 'the refused writes changed nothing');
});

test('the public sees which role corrected a turn, staff see who', async () => {
  const opened = await transcriber.post(`/api/conferences/${slug}/turns`, { kind: 'answer' });
  const seq = opened.body.turn.seq;
  await transcriber.post(`/api/conferences/${slug}/turns/${seq}/text`, { lang: 'en', append: 'The pier opens in Juen.' });
  await transcriber.post(`/api/conferences/${slug}/turns/${seq}/final`);
  await transcriber.patch(`/api/conferences/${slug}/turns/${seq}`, { text: { en: 'The pier opens in June.' } });
  await admin.patch(`/api/conferences/${slug}/turns/${seq}`, { text: { en: 'The pier opens in early June.' } });
  const publicView = (await new ApiClient(url).get(`/api/conferences/${slug}/turns/${seq}/revisions`)).body.revisions;
  assert.deepEqual(
    publicView.map((r: { by: string | null; byRole: string | null }) => [r.by, r.byRole]),
    [
      [null, null],
      ['transcriber', 'transcriber'],
      ['press office', 'admin'],
    ],
  );
  assert.ok(!JSON.stringify(publicView).includes('Tess Typist'), 'no account name reaches the public');
  const staffView = (await admin.get(`/api/conferences/${slug}/turns/${seq}/revisions`)).body.revisions;
  assert.deepEqual(
    staffView.map((r: { by: string | null }) => r.by),
    [null, 'Tess Typist', 'Holes Admin'],
  );
  // The live stream's correction events follow the same rule.
  const events = new ApiClient(url).stream(slug);
  await events.opened;
  const seen = await events.until((all) => all.some((e) => e.event === 'turn.corrected' && e.data.turn.seq === seq && e.data.by === 'press office'));
  events.close();
  const corrected = seen.find((e) => e.event === 'turn.corrected' && e.data.turn.seq === seq)!;
  assert.equal(corrected.data.by, 'transcriber');
  assert.ok(!JSON.stringify(events.events).includes('Tess Typist'));
});

test('exports and pages carry X-Content-Type-Options: nosniff', async () => {
  await admin.post(`/api/conferences/${slug}/state`, { status: 'ended' });
  assert.equal((await admin.post(`/api/conferences/${slug}/state`, { status: 'published' })).status, 200);
  for (const ext of ['json', 'md', 'txt', 'csv', 'html']) {
    const res = await fetch(`${url}/c/${slug}${ext === 'html' ? '' : `.${ext}`}`);
    assert.equal(res.status, 200, ext);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', ext);
  }
  for (const path of ['/api/conferences', '/api/exports/qa.csv', '/feed.atom', '/no-such-page']) {
    assert.equal((await fetch(`${url}${path}`)).headers.get('x-content-type-options'), 'nosniff', path);
  }
});
