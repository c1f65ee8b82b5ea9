import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleRecord } from '../support/records.ts';
import { ApiClient } from '../support/client.ts';
import { journalist, liveConference, staff } from '../support/people.ts';
import { testServer } from '../support/server.ts';

const { url, ctx, store } = await testServer({ rateLimits: { applicationsPerHour: 1000, handsPerMinute: 100, signInFailuresPer15Minutes: 100 } });
const admin = await staff(ctx, url, 'admin', 'Floor Admin');
const moderator = await staff(ctx, url, 'moderator', 'Floor Moderator');
// An archived conference where Harbour Daily asked once: "earlier" history for the queue.
await store.conferences.saveRecord(sampleRecord(), { contentHash: 'archive' }, new Date().toISOString());

async function cast(slug: string) {
  const d1 = await journalist(admin, url, 'Dora One', 'Harbour Daily', slug, 'domestic');
  const d2 = await journalist(admin, url, 'Dan Two', 'Inland Times', slug, 'domestic');
  const f1 = await journalist(admin, url, 'Fay Three', 'North Wire', slug, 'foreign');
  return { d1, d2, f1 };
}

async function raise(client: ApiClient, slug: string, body: object = {}) {
  const answer = await client.post(`/api/conferences/${slug}/hands`, body);
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return answer.body.hand;
}

test('the queue shows journalist, outlet, origin, history and wait; the policy alternates and favours new outlets', async () => {
  const slug = await liveConference(admin, 'Floor Order Briefing');
  const { d1, d2, f1 } = await cast(slug);
  const h1 = await raise(d1, slug, { topic: 'ferries', question: 'When do the ferries return?' });
  assert.equal(h1.position, 1);
  await raise(d2, slug);
  const h3 = await raise(f1, slug);
  assert.equal(h3.position, 3);

  const queue = (await moderator.get(`/api/conferences/${slug}/queue`)).body;
  assert.deepEqual(
    queue.entries.map((e: any) => e.journalist.name),
    ['Dora One', 'Dan Two', 'Fay Three'],
  );
  const first = queue.entries[0];
  assert.equal(first.outlet.name, 'Harbour Daily');
  assert.equal(first.origin, 'domestic');
  assert.equal(first.topic, 'ferries');
  assert.equal(first.question, 'When do the ferries return?');
  assert.deepEqual(first.outletQuestions, { here: 0, earlier: 1 });
  assert.equal(typeof first.waitSeconds, 'number');
  assert.equal(queue.policyPick, first.handId);

  const given = await moderator.post(`/api/conferences/${slug}/floor`, {});
  assert.equal(given.status, 200);
  assert.equal(given.body.action, 'pick');
  assert.equal(given.body.message, 'Next question: Dora One, Harbour Daily');
  // A domestic outlet just asked: the foreign one, though it came later, goes next.
  const next = (await moderator.get(`/api/conferences/${slug}/queue`)).body;
  assert.deepEqual(
    next.entries.map((e: any) => e.journalist.name),
    ['Fay Three', 'Dan Two'],
  );
  assert.deepEqual((await d1.get(`/api/conferences/${slug}/hands/mine`)).body, { hand: null });
  assert.equal((await d2.get(`/api/conferences/${slug}/hands/mine`)).body.hand.position, 2);

  // Dora asks again: Harbour Daily has asked, so the outlets that have not go first.
  await raise(d1, slug);
  const third = (await moderator.get(`/api/conferences/${slug}/queue`)).body;
  assert.deepEqual(
    third.entries.map((e: any) => e.journalist.name),
    ['Fay Three', 'Dan Two', 'Dora One'],
  );
  assert.deepEqual(third.entries[2].outletQuestions, { here: 1, earlier: 1 });
});

test('the moderator may pick anyone and skip; every pick, override and skip is logged', async () => {
  const slug = await liveConference(admin, 'Floor Override Briefing');
  const { d1, d2, f1 } = await cast(slug);
  await raise(d1, slug);
  const h2 = await raise(d2, slug);
  const h3 = await raise(f1, slug);
  const skipped = await moderator.post(`/api/conferences/${slug}/hands/${h2.id}/skip`);
  assert.equal(skipped.status, 200);
  const override = await moderator.post(`/api/conferences/${slug}/floor`, { handId: h3.id });
  assert.equal(override.body.action, 'override');
  assert.equal(override.body.message, 'Next question: Fay Three, North Wire');
  const pick = await moderator.post(`/api/conferences/${slug}/floor`, {});
  assert.equal(pick.body.action, 'pick');
  assert.equal((await moderator.post(`/api/conferences/${slug}/floor`, {})).status, 409, 'nobody is waiting');
  const log = (await moderator.get(`/api/conferences/${slug}/floor-log`)).body.entries;
  assert.deepEqual(
    log.map((e: any) => [e.action, e.journalist]),
    [
      ['skip', 'Dan Two'],
      ['override', 'Fay Three'],
      ['pick', 'Dora One'],
    ],
  );
  assert.equal(log[1].policyJournalist, 'Dora One');
  assert.equal(log[1].actor, 'Floor Moderator');
  assert.equal(log[1].turnSeq, override.body.seq);
  const record = (await admin.get(`/api/conferences/${slug}`)).body;
  const question = record.turns.find((t: any) => t.seq === override.body.seq);
  assert.equal(question.kind, 'question');
  assert.equal(question.speaker.name, 'Fay Three');
  assert.equal(question.outlet.name, 'North Wire');
  assert.equal(question.outlet.origin, 'foreign');
});

test('the floor log is published with the record only when the conference says so', async () => {
  const slug = await liveConference(admin, 'Floor Log Briefing');
  const { d1 } = await cast(slug);
  await raise(d1, slug);
  await moderator.post(`/api/conferences/${slug}/floor`, {});
  for (const status of ['ended', 'published']) await admin.post(`/api/conferences/${slug}/state`, { status });
  const reader = new ApiClient(url);
  assert.equal((await reader.get(`/api/conferences/${slug}/floor-log`)).status, 401);
  await admin.patch(`/api/conferences/${slug}/settings`, { publishFloorLog: true });
  const published = await reader.get(`/api/conferences/${slug}/floor-log`);
  assert.equal(published.status, 200);
  assert.equal(published.body.entries.length, 1);
});

test('per-outlet limits and follow-ups are settings of the conference', async () => {
  const slug = await liveConference(admin, 'Floor Limits Briefing', { settings: { perOutletLimit: 1, followUps: false } });
  const { d1, d2 } = await cast(slug);
  await raise(d1, slug);
  await moderator.post(`/api/conferences/${slug}/floor`, {});
  assert.equal((await d1.post(`/api/conferences/${slug}/hands`, { followUp: true })).status, 409, 'no follow-ups here');
  await raise(d1, slug);
  await raise(d2, slug);
  const queue = (await moderator.get(`/api/conferences/${slug}/queue`)).body;
  const dora = queue.entries.find((e: any) => e.journalist.name === 'Dora One');
  assert.equal(dora.eligible, false);
  assert.ok(dora.reasons.some((r: string) => /limit of 1/.test(r)));
  assert.equal((await moderator.post(`/api/conferences/${slug}/floor`, {})).body.journalist, 'Dan Two');
  assert.equal((await moderator.post(`/api/conferences/${slug}/floor`, {})).status, 409, 'the only hand left is over its limit');
  const forced = await moderator.post(`/api/conferences/${slug}/floor`, { handId: dora.handId });
  assert.equal(forced.body.action, 'override', 'the moderator may still give it');
});

test('lowering a hand, raising twice, and hands on an ended conference', async () => {
  const slug = await liveConference(admin, 'Floor Lowering Briefing');
  const { d1 } = await cast(slug);
  const hand = await raise(d1, slug);
  assert.equal((await d1.post(`/api/conferences/${slug}/hands`, {})).status, 409);
  assert.equal((await d1.delete(`/api/conferences/${slug}/hands/${hand.id}`)).status, 200);
  assert.equal((await d1.delete(`/api/conferences/${slug}/hands/${hand.id}`)).status, 409);
  await admin.post(`/api/conferences/${slug}/state`, { status: 'ended' });
  const late = await d1.post(`/api/conferences/${slug}/hands`, {});
  assert.equal(late.status, 409);
  assert.equal(late.body.error.code, 'wrong_state');
});

test('raising hands too often is rate limited with 429', async () => {
  const strict = await testServer({ rateLimits: { applicationsPerHour: 100, handsPerMinute: 3, signInFailuresPer15Minutes: 100 } });
  const strictAdmin = await staff(strict.ctx, strict.url, 'admin', 'Strict Admin');
  const slug = await liveConference(strictAdmin, 'Floor Rate Briefing');
  const d1 = await journalist(strictAdmin, strict.url, 'Rapid Raiser', 'Harbour Daily', slug);
  let last = 0;
  for (let i = 0; i < 6; i++) {
    const hand = await d1.post(`/api/conferences/${slug}/hands`, {});
    last = hand.status;
    if (hand.status === 201) await d1.delete(`/api/conferences/${slug}/hands/${hand.body.hand.id}`);
    if (hand.status === 429) {
      assert.equal(hand.body.error.code, 'rate_limited');
      assert.ok(Number(hand.headers.get('retry-after')) > 0);
      break;
    }
  }
  assert.equal(last, 429);
});
