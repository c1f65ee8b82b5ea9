// Before and after publishing over HTTP: the review (missing languages, open turns, corrections,
// the floor log), the floor log on the record page and in the JSON when published, the language
// choice and print button of the record page, the state a waiting page polls, and times on live turns.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ApiClient } from '../support/client.ts';
import { journalist, liveConference, staff } from '../support/people.ts';
import { testServer } from '../support/server.ts';

const { url, ctx } = await testServer();
const admin = await staff(ctx, url, 'admin', 'Ada Admin');
const html = { accept: 'text/html' };

describe('review before publishing', async () => {
  const slug = await liveConference(admin, 'Harbour Briefing', { settings: { publishFloorLog: true } });
  const ola = await journalist(admin, url, 'Ola Berg', 'Fjord Post', slug, 'foreign');
  assert.equal((await ola.post(`/api/conferences/${slug}/hands`, { topic: 'ferries' })).status, 201);
  const given = await admin.post(`/api/conferences/${slug}/floor`, {});
  assert.equal(given.status, 200, JSON.stringify(given.body));
  const q = given.body.seq as number;
  await admin.post(`/api/conferences/${slug}/turns/${q}/text`, { lang: 'en', append: 'When do the ferries return?' });
  await admin.post(`/api/conferences/${slug}/turns/${q}/text`, { lang: 'zh', append: '渡轮何时恢复？' });
  await admin.post(`/api/conferences/${slug}/turns/${q}/final`);
  const answer = await admin.post(`/api/conferences/${slug}/turns`, { kind: 'answer' });
  const a = answer.body.turn.seq as number;
  await admin.post(`/api/conferences/${slug}/turns/${a}/text`, { lang: 'en', append: 'In the sprung.' });
  await admin.post(`/api/conferences/${slug}/turns/${a}/final`);
  assert.equal((await admin.patch(`/api/conferences/${slug}/turns/${a}`, { text: { en: 'In the spring.' } })).status, 200);
  const open = await admin.post(`/api/conferences/${slug}/turns`, { kind: 'moderation', speaker: 'Moderator' });
  const o = open.body.turn.seq as number;
  await admin.post(`/api/conferences/${slug}/turns/${o}/text`, { lang: 'en', append: 'Thank you.' });

  test('live turns carry their time from the start', async () => {
    const live = await admin.get(`/api/conferences/${slug}`);
    for (const turn of live.body.turns) assert.equal(typeof turn.startsAt, 'number', `turn ${turn.seq}`);
  });

  test('the review names what is missing, open and corrected, and the floor log', async () => {
    const review = await admin.get(`/api/conferences/${slug}/review`);
    assert.equal(review.status, 200);
    assert.deepEqual(
      review.body.uninterpreted.map((t: { seq: number; missing: string[] }) => [t.seq, t.missing]),
      [
        [a, ['zh']],
        [o, ['zh']],
      ],
    );
    assert.deepEqual(
      review.body.open.map((t: { seq: number }) => t.seq),
      [o],
    );
    assert.deepEqual(
      review.body.corrections.map((t: { seq: number; revisions: number }) => [t.seq, t.revisions]),
      [[a, 1]],
    );
    assert.equal(review.body.floorLog.length, 1);
    assert.equal(review.body.floorLog[0].journalist, 'Ola Berg');
    assert.equal(review.body.floorLogPublished, true);
    assert.deepEqual(review.body.warnings, ['notEnded', 'open', 'uninterpreted']);
    assert.equal((await ola.get(`/api/conferences/${slug}/review`)).status, 403);
    assert.equal((await new ApiClient(url).get(`/api/conferences/${slug}/review`)).status, 401);
  });

  test('published: the floor log is on the record page and in the JSON; one language on request; a print button', async () => {
    assert.equal((await admin.post(`/api/conferences/${slug}/state`, { status: 'ended' })).status, 200);
    assert.deepEqual((await admin.get(`/api/conferences/${slug}/review`)).body.warnings, ['uninterpreted']);
    assert.equal((await admin.post(`/api/conferences/${slug}/state`, { status: 'published' })).status, 200);
    const reader = new ApiClient(url);
    const page = await reader.request('GET', `/c/${slug}`, undefined, html);
    assert.match(page.body, /<h2 id="floor-log-title">Floor log<\/h2>/);
    assert.match(page.body, /Ola Berg, Fjord Post, given the floor/);
    assert.match(page.body, /data-print/);
    assert.match(page.body, /渡轮何时恢复/);
    const english = await reader.request('GET', `/c/${slug}?show=en`, undefined, html);
    assert.doesNotMatch(english.body, /渡轮何时恢复/);
    assert.match(english.body, /When do the ferries return/);
    const json = await reader.get(`/c/${slug}.json`);
    assert.equal(json.body.floorLog[0].journalist, 'Ola Berg');
    assert.equal((await reader.get(`/api/conferences/${slug}`)).body.floorLog.length, 1);
  });

  test('without the setting the floor log stays with staff', async () => {
    const quiet = await liveConference(admin, 'Quiet Briefing');
    await admin.post(`/api/conferences/${quiet}/state`, { status: 'ended' });
    await admin.post(`/api/conferences/${quiet}/state`, { status: 'published' });
    const json = await new ApiClient(url).get(`/c/${quiet}.json`);
    assert.equal(json.body.floorLog, undefined);
    assert.equal(json.body.schema, 'presser.record/1');
    assert.doesNotMatch((await new ApiClient(url).request('GET', `/c/${quiet}`, undefined, html)).body, /floor-log-title/);
  });
});

describe('a page waiting for the start', () => {
  test('reads the state of a scheduled conference; drafts stay hidden', async () => {
    const created = await admin.post('/api/conferences', { title: 'Autumn Outlook', startsAt: '2030-10-01T10:00:00+08:00', timeZone: 'Asia/Shanghai' });
    const slug = created.body.conference.slug as string;
    const reader = new ApiClient(url);
    assert.equal((await reader.get(`/api/conferences/${slug}/status`)).status, 404);
    await admin.post(`/api/conferences/${slug}/state`, { status: 'scheduled' });
    const state = await reader.get(`/api/conferences/${slug}/status`);
    assert.equal(state.status, 200);
    assert.equal(state.body.status, 'scheduled');
    assert.equal(Date.parse(state.body.startsAt), Date.parse('2030-10-01T02:00:00Z'));
    const home = await reader.request('GET', '/', undefined, html);
    assert.match(home.body, /Coming up/);
    assert.match(home.body, /Oct 1, 2030, 10:00 AM GMT\+8|1 Oct 2030, 10:00 GMT\+8/);
  });
});
