import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiClient } from '../support/client.ts';
import { journalist, liveConference, staff } from '../support/people.ts';
import { testServer } from '../support/server.ts';

const { url, ctx } = await testServer();

test('a whole exchange through the API', async () => {
  const admin = await staff(ctx, url, 'admin', 'Ada Admin');
  const moderator = await staff(ctx, url, 'moderator', 'Mo Moderator');
  const transcriber = await staff(ctx, url, 'transcriber', 'Tess Transcriber');
  const slug = await liveConference(admin);
  const ivo = await journalist(admin, url, 'Ivo Brandt', 'North Wire', slug, 'foreign');
  const viewer = new ApiClient(url).stream(slug);
  await viewer.opened;
  assert.equal(viewer.status, 200);
  const raised = await ivo.post(`/api/conferences/${slug}/hands`, { topic: 'dues', question: 'Same dues?' });
  assert.equal(raised.status, 201, JSON.stringify(raised.body));
  assert.equal(raised.body.hand.position, 1);
  const queue = await moderator.get(`/api/conferences/${slug}/queue`);
  assert.equal(queue.status, 200, JSON.stringify(queue.body));
  assert.equal(queue.body.entries[0].outlet.name, 'North Wire');
  const floor = await moderator.post(`/api/conferences/${slug}/floor`, {});
  assert.equal(floor.status, 200, JSON.stringify(floor.body));
  assert.equal(floor.body.message, 'Next question: Ivo Brandt, North Wire');
  const seq = floor.body.seq;
  const piece = await transcriber.post(`/api/conferences/${slug}/turns/${seq}/text`, { lang: 'en', append: 'Will carriers pay the same dues?' });
  assert.equal(piece.status, 200, JSON.stringify(piece.body));
  const answer = await transcriber.post(`/api/conferences/${slug}/turns`, { kind: 'answer' });
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  assert.equal(answer.body.turn.replyTo, seq);
  assert.equal(answer.body.turn.speaker.name, 'Lena Marsh');
  const events = await viewer.until((e) => e.some((x) => x.event === 'turn.opened' && x.data.kind === 'answer'));
  assert.ok(events.some((e) => e.event === 'floor.given' && e.data.message === 'Next question: Ivo Brandt, North Wire'));
  assert.ok(!events.some((e) => e.event === 'queue.changed'), 'public never sees the queue');
  viewer.close();
});
