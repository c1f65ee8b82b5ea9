// The demo conference: flagged on its pages, counted in neither the outlet registry nor the analytics
// of real conferences, dated in the past, and removed by an admin in one request.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seedDemoIfEmpty } from '../../src/app/demo.ts';
import { ApiClient } from '../support/client.ts';
import { liveConference, staff } from '../support/people.ts';
import { testServer } from '../support/server.ts';

test('the demo says so, counts nowhere, and one click removes it', async () => {
  const { url, ctx } = await testServer();
  const slug = (await seedDemoIfEmpty(ctx))!;
  assert.ok(slug);
  const admin = await staff(ctx, url, 'admin', 'Ada Admin');
  const reader = new ApiClient(url);
  const html = { accept: 'text/html' };

  const record = await reader.get(`/api/conferences/${slug}`);
  assert.ok(record.body.conference.date <= new Date().toISOString().slice(0, 10), `the demo is not in the future: ${record.body.conference.date}`);
  assert.match((await reader.request('GET', `/c/${slug}`, undefined, html)).body, /class="demo-banner"/);
  assert.match((await reader.request('GET', '/', undefined, html)).body, /badge-demo/);
  assert.deepEqual((await admin.get('/api/outlets')).body.outlets, [], 'the demo adds nothing to the outlet registry');
  assert.equal((await reader.get('/api/analytics')).body.selection.conferences, 0, 'the demo counts in no analytics of real conferences');
  assert.equal((await reader.get(`/api/analytics?conference=${slug}`)).body.selection.conferences, 1, 'named, it can still be analysed');

  // A real conference is not a demo, and cannot be deleted once it is more than a draft.
  const real = await liveConference(admin, 'Harbour Briefing');
  assert.doesNotMatch((await reader.request('GET', `/c/${real}`, undefined, html)).body, /class="demo-banner"/);
  assert.equal((await admin.delete(`/api/conferences/${real}`)).status, 409);
  assert.equal((await reader.delete(`/api/conferences/${slug}`)).status, 401);

  assert.equal((await admin.delete(`/api/conferences/${slug}`)).status, 200);
  assert.equal((await reader.get(`/api/conferences/${slug}`)).status, 404);
  assert.equal((await admin.get(`/api/conferences/${real}`)).status, 200);
  const draft = (await admin.post('/api/conferences', { title: 'Never Held' })).body.conference.slug;
  assert.equal((await admin.delete(`/api/conferences/${draft}`)).status, 200);
});
