import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiClient } from '../support/client.ts';
import { liveConference, staff } from '../support/people.ts';
import { testServer } from '../support/server.ts';

const { url, ctx } = await testServer();
const admin = await staff(ctx, url, 'admin', 'Writing Admin');
const transcriber = await staff(ctx, url, 'transcriber', 'Tara Transcriber');
const interpreter = await staff(ctx, url, 'interpreter', 'Ian Interpreter');

test('transcribers write turns in pieces, interpreters add the other language, the public follows', async () => {
  const slug = await liveConference(admin, 'Writing Briefing');
  const viewer = new ApiClient(url).stream(slug);
  const opened = await transcriber.post(`/api/conferences/${slug}/turns`, { kind: 'statement' });
  assert.equal(opened.status, 201);
  const seq = opened.body.turn.seq;
  assert.equal(opened.body.turn.speaker.name, 'Lena Marsh', 'a statement without a speaker is the principal');
  assert.equal(opened.body.turn.state, 'open');
  for (const piece of ['Good morning.', 'The quay opens in June.']) {
    const r = await transcriber.post(`/api/conferences/${slug}/turns/${seq}/text`, { lang: 'en', append: piece });
    assert.equal(r.status, 200);
  }
  await interpreter.post(`/api/conferences/${slug}/turns/${seq}/text`, { lang: 'zh', append: '早上好。' });
  await interpreter.post(`/api/conferences/${slug}/turns/${seq}/text`, { lang: 'zh', append: '码头六月启用。' });
  const final = await transcriber.post(`/api/conferences/${slug}/turns/${seq}/final`);
  assert.equal(final.body.turn.state, 'final');
  assert.deepEqual(final.body.turn.text, { en: 'Good morning. The quay opens in June.', zh: '早上好。码头六月启用。' });
  const late = await transcriber.post(`/api/conferences/${slug}/turns/${seq}/text`, { lang: 'en', append: 'More.' });
  assert.equal(late.status, 409, 'the first language closes with the turn');
  assert.equal(
    (await interpreter.post(`/api/conferences/${slug}/turns/${seq}/text`, { lang: 'zh', append: '谢谢。' })).status,
    200,
    'interpretation may trail',
  );

  const events = await viewer.until((e) => e.filter((x) => x.event === 'turn.text').length === 5);
  const rebuilt = events
    .filter((e) => e.event === 'turn.text' && e.data.lang === 'en')
    .map((e) => e.data.append)
    .join('');
  assert.equal(rebuilt, 'Good morning. The quay opens in June.');
  assert.ok(events.some((e) => e.event === 'turn.finalized' && e.data.seq === seq));
  viewer.close();
});

test('a question opened by outlet, its answer replying to it', async () => {
  const slug = await liveConference(admin, 'Reply Briefing');
  const q = await transcriber.post(`/api/conferences/${slug}/turns`, { kind: 'question', outlet: 'Rossiya Segodnya' });
  assert.equal(q.body.turn.speaker, null, 'no journalist named, none invented');
  assert.equal(q.body.turn.outlet.name, 'Rossiya Segodnya');
  const a = await transcriber.post(`/api/conferences/${slug}/turns`, { kind: 'answer', speaker: 'Lena Marsh' });
  assert.equal(a.body.turn.replyTo, q.body.turn.seq);
  assert.equal(a.body.turn.speaker.role, 'principal');
  const bad = await transcriber.post(`/api/conferences/${slug}/turns`, { kind: 'answer', replyTo: a.body.turn.seq });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.field, 'replyTo');
});

test('corrections keep every revision with who, when and the diff; the record shows the corrected text', async () => {
  const slug = await liveConference(admin, 'Correction Briefing');
  const t = await transcriber.post(`/api/conferences/${slug}/turns`, { kind: 'statement' });
  const seq = t.body.turn.seq;
  await transcriber.post(`/api/conferences/${slug}/turns/${seq}/text`, { lang: 'en', append: 'The quay opens in Juny.' });
  await transcriber.post(`/api/conferences/${slug}/turns/${seq}/final`);
  const fixed = await transcriber.patch(`/api/conferences/${slug}/turns/${seq}`, { text: { en: 'The quay opens in June.' } });
  assert.equal(fixed.status, 200);
  assert.equal(fixed.body.turn.revision, 1);
  await admin.post(`/api/conferences/${slug}/state`, { status: 'ended' });
  const again = await admin.patch(`/api/conferences/${slug}/turns/${seq}`, { text: { en: 'The new quay opens in June.' }, kind: 'statement' });
  assert.equal(again.body.turn.revision, 2);

  const answer = await admin.get(`/api/conferences/${slug}/turns/${seq}/revisions`);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  const revisions = answer.body.revisions;
  assert.deepEqual(
    revisions.map((r: any) => r.revision),
    [0, 1, 2],
  );
  assert.equal(revisions[0].text.en, 'The quay opens in Juny.');
  assert.equal(revisions[1].by, 'Tara Transcriber');
  assert.equal(revisions[2].by, 'Writing Admin');
  assert.ok(revisions[1].diff.en.some((p: any) => p.removed && p.value.includes('Juny')));
  assert.ok(revisions[1].diff.en.some((p: any) => p.added && p.value.includes('June')));
  const record = (await admin.get(`/api/conferences/${slug}`)).body;
  assert.equal(record.turns[0].text.en, 'The new quay opens in June.');

  const empty = await transcriber.patch(`/api/conferences/${slug}/turns/${seq}`, {});
  assert.equal(empty.status, 400);
});

test('published records are the same JSON and HTML as imported ones; after publishing only the press office corrects', async () => {
  const slug = await liveConference(admin, 'Published Briefing');
  const t = await transcriber.post(`/api/conferences/${slug}/turns`, { kind: 'statement' });
  await transcriber.post(`/api/conferences/${slug}/turns/${t.body.turn.seq}/text`, { lang: 'en', append: 'All done.' });
  await admin.post(`/api/conferences/${slug}/state`, { status: 'ended' });
  await admin.post(`/api/conferences/${slug}/state`, { status: 'published' });
  const publicRecord = await new ApiClient(url).get(`/api/conferences/${slug}`);
  assert.equal(publicRecord.status, 200);
  assert.equal(publicRecord.body.schema, 'presser.record/1');
  assert.equal(publicRecord.body.conference.status, 'published');
  assert.deepEqual(publicRecord.body.turns[0].text, { en: 'All done.' });
  assert.equal(publicRecord.body.turns[0].state, undefined, 'the record format, not the live form');
  const page = await (await fetch(`${url}/c/${slug}`)).text();
  assert.match(page, /All done\./);
  assert.equal((await transcriber.patch(`/api/conferences/${slug}/turns/1`, { text: { en: 'x' } })).status, 409);
  assert.equal((await admin.patch(`/api/conferences/${slug}/turns/1`, { text: { en: 'All done, thank you.' } })).status, 200);
});

test('the lifecycle moves only along its paths; moderators run the room, not the publishing', async () => {
  const created = await admin.post('/api/conferences', {
    title: 'Lifecycle Briefing',
    startsAt: '2025-06-01T02:00:00Z',
    timeZone: 'Asia/Shanghai',
    principals: [{ name: 'Lena Marsh', titles: ['Minister'] }],
  });
  assert.equal(created.status, 201);
  const c = created.body.conference;
  assert.equal(c.status, 'draft');
  assert.equal(c.date, '2025-06-01');
  assert.equal(c.time, '10:00');
  assert.equal(new ApiClient(url) && (await new ApiClient(url).get(`/api/conferences/${c.slug}`)).status, 404, 'drafts are not public');
  const moderator = await staff(ctx, url, 'moderator', 'Lifecycle Moderator');
  assert.equal((await moderator.post(`/api/conferences/${c.slug}/state`, { status: 'scheduled' })).status, 403);
  assert.equal((await admin.post(`/api/conferences/${c.slug}/state`, { status: 'published' })).status, 409);
  assert.equal((await admin.post(`/api/conferences/${c.slug}/state`, { status: 'scheduled' })).status, 200);
  assert.equal((await moderator.post(`/api/conferences/${c.slug}/state`, { status: 'live' })).status, 200);
  assert.equal((await new ApiClient(url).get(`/api/conferences/${c.slug}`)).status, 200, 'live is public');
  assert.equal((await moderator.post(`/api/conferences/${c.slug}/state`, { status: 'ended' })).status, 200);
  assert.equal((await new ApiClient(url).get(`/api/conferences/${c.slug}`)).status, 404, 'ended is not public until published');
  assert.equal((await moderator.post(`/api/conferences/${c.slug}/state`, { status: 'published' })).status, 403);
  assert.equal((await admin.post(`/api/conferences/${c.slug}/state`, { status: 'published' })).status, 200);
  const list = (await new ApiClient(url).get('/api/conferences')).body.conferences.map((x: any) => x.slug);
  assert.ok(list.includes(c.slug));
});
