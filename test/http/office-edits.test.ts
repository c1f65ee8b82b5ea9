// The press office edits what it set up: a conference's details (logged once it has gone live), a
// cancellation the public sees, outlets edited, named again and merged, and applications matched to
// the registry with a question before a near-duplicate is created.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiClient } from '../support/client.ts';
import { journalist, liveConference, staff } from '../support/people.ts';
import { sampleRecord } from '../support/records.ts';
import { testServer } from '../support/server.ts';

const html = { accept: 'text/html' };

test('a conference is edited freely before it goes live; after, only title, venue and start, each change logged', async () => {
  const { url, ctx } = await testServer();
  const admin = await staff(ctx, url, 'admin', 'Ada Admin');
  const moderator = await staff(ctx, url, 'moderator', 'Moe Moderator');
  const reader = new ApiClient(url);
  const slug = (await admin.post('/api/conferences', { title: 'Harbour Briefing', principals: ['Lena Marsh'] })).body.conference.slug as string;

  const edited = await admin.patch(`/api/conferences/${slug}`, {
    title: 'Harbour and Ferries Briefing',
    venue: 'Old Customs House',
    languages: ['en', 'zh'],
    principals: ['Lena Marsh', { name: 'Ivo Quay', titles: ['Deputy Minister'] }],
    startsAt: '2030-03-01T02:00:00Z',
    timeZone: 'Asia/Shanghai',
  });
  assert.equal(edited.status, 200, JSON.stringify(edited.body));
  const c = edited.body.conference;
  assert.deepEqual(
    [c.slug, c.title, c.venue, c.languages, c.date, c.time],
    [slug, 'Harbour and Ferries Briefing', 'Old Customs House', ['en', 'zh'], '2030-03-01', '10:00'],
  );
  assert.deepEqual(
    c.principals.map((p: { name: string }) => p.name),
    ['Lena Marsh', 'Ivo Quay'],
  );
  assert.deepEqual((await admin.get(`/api/conferences/${slug}/changes`)).body.changes, [], 'a draft is edited without a log');

  // Hostile and empty input changes nothing.
  for (const [body, field] of [
    [{}, null],
    [{ title: '' }, 'title'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ languages: [] }, 'languages'],
  ] as const) {
    const bad = await admin.patch(`/api/conferences/${slug}`, body);
    assert.equal(bad.status, 400, JSON.stringify(body));
    assert.equal(bad.body.error.code, 'validation_failed');
    if (field) assert.equal(bad.body.error.field, field);
  }
  assert.equal((await admin.patch('/api/conferences/no-such-thing', { title: 'X' })).body.error.code, 'not_found');
  assert.equal((await reader.patch(`/api/conferences/${slug}`, { title: 'X' })).status, 401);
  assert.equal((await moderator.patch(`/api/conferences/${slug}`, { title: 'X' })).status, 403);
  assert.equal((await admin.get(`/api/conferences/${slug}/live`)).body.conference.title, 'Harbour and Ferries Briefing');

  for (const status of ['scheduled', 'live']) assert.equal((await admin.post(`/api/conferences/${slug}/state`, { status })).status, 200);
  const later = await admin.patch(`/api/conferences/${slug}`, { title: 'Harbour Briefing (corrected)', venue: 'Pier 4', startsAt: '2030-03-01T03:30:00Z' });
  assert.equal(later.status, 200, JSON.stringify(later.body));
  assert.equal(later.body.conference.time, '11:30', 'the local time follows the start, in the conference zone');
  const refused = await admin.patch(`/api/conferences/${slug}`, { languages: ['en'], title: 'Not this' });
  assert.deepEqual([refused.status, refused.body.error.code, refused.body.error.field], [409, 'wrong_state', 'languages']);
  assert.equal((await admin.get(`/api/conferences/${slug}/live`)).body.conference.title, 'Harbour Briefing (corrected)', 'a refused edit changes nothing');

  const changes = (await moderator.get(`/api/conferences/${slug}/changes`)).body.changes as { field: string; from: string; to: string; userName: string }[];
  assert.deepEqual(
    changes.map((ch) => [ch.field, ch.from, ch.to, ch.userName]),
    [
      ['title', 'Harbour and Ferries Briefing', 'Harbour Briefing (corrected)', 'Ada Admin'],
      ['startsAt', '2030-03-01T02:00:00Z', '2030-03-01T03:30:00Z', 'Ada Admin'],
      ['venue', 'Old Customs House', 'Pier 4', 'Ada Admin'],
    ],
  );
  assert.equal((await reader.get(`/api/conferences/${slug}/changes`)).status, 401, 'the log is for staff');

  // Published: the record's title can still be corrected, and the public sees the correction.
  for (const status of ['ended', 'published']) assert.equal((await admin.post(`/api/conferences/${slug}/state`, { status })).status, 200);
  assert.equal((await admin.patch(`/api/conferences/${slug}`, { title: 'Harbour Briefing, 1 March' })).status, 200);
  assert.equal((await reader.get(`/api/conferences/${slug}`)).body.conference.title, 'Harbour Briefing, 1 March');
  assert.equal((await admin.get(`/api/conferences/${slug}/changes`)).body.changes.length, 4);
});

test('a live conference edited: the stream tells open pages the new title, venue and start after the change is stored', async () => {
  const { url, ctx } = await testServer();
  const admin = await staff(ctx, url, 'admin', 'Ada Admin');
  const reader = new ApiClient(url);
  const slug = (await admin.post('/api/conferences', { title: 'Pier Briefing', startsAt: '2030-03-01T02:00:00Z', timeZone: 'Asia/Shanghai' })).body.conference
    .slug;
  for (const status of ['scheduled', 'live']) assert.equal((await admin.post(`/api/conferences/${slug}/state`, { status })).status, 200);
  const stream = reader.stream(slug);
  try {
    await stream.opened;
    assert.equal(stream.status, 200);
    assert.equal((await admin.patch(`/api/conferences/${slug}`, { languages: ['fr'] })).status, 409);
    assert.equal(
      (await admin.patch(`/api/conferences/${slug}`, { title: 'Pier Briefing (corrected)', venue: 'Pier 4', startsAt: '2030-03-01T03:30:00Z' })).status,
      200,
    );
    const events = await stream.until((list) => list.some((e) => e.event === 'conference.details'));
    const details = events.filter((e) => e.event === 'conference.details');
    assert.equal(details.length, 1, 'a refused edit sends nothing');
    assert.deepEqual(details[0]!.data, {
      title: 'Pier Briefing (corrected)',
      venue: 'Pier 4',
      date: '2030-03-01',
      time: '11:30',
      startsAt: '2030-03-01T03:30:00Z',
      timeZone: 'Asia/Shanghai',
    });
    // An edit that changes nothing the page shows sends nothing more.
    assert.equal((await admin.patch(`/api/conferences/${slug}`, { title: 'Pier Briefing (corrected)' })).status, 200);
    assert.equal((await admin.patch(`/api/conferences/${slug}`, { venue: '' })).status, 200);
    const after = await stream.until((list) => list.filter((e) => e.event === 'conference.details').length === 2);
    assert.equal(after.filter((e) => e.event === 'conference.details').at(-1)!.data.venue, null);
  } finally {
    stream.close();
  }
});

test('a scheduled conference is cancelled, not deleted: the public sees it is cancelled; it can be scheduled again', async () => {
  const { url, ctx } = await testServer();
  const admin = await staff(ctx, url, 'admin', 'Ada Admin');
  const reader = new ApiClient(url);
  const start = new Date(Date.now() + 3 * 86_400_000).toISOString();
  const slug = (await admin.post('/api/conferences', { title: 'Ferry Timetable Briefing', startsAt: start, timeZone: 'UTC' })).body.conference.slug;
  const draftCancel = await admin.post(`/api/conferences/${slug}/state`, { status: 'cancelled' });
  assert.deepEqual([draftCancel.status, draftCancel.body.error.code], [409, 'wrong_state'], 'a draft is deleted, not cancelled');
  assert.equal((await admin.post(`/api/conferences/${slug}/state`, { status: 'scheduled' })).status, 200);
  const reporter = await journalist(admin, url, 'Kim Sato', 'Fjord Post', slug);
  assert.equal((await admin.post(`/api/conferences/${slug}/state`, { status: 'cancelled' })).status, 200);

  assert.equal((await reader.get(`/api/conferences/${slug}/status`)).body.status, 'cancelled');
  const page = await reader.request('GET', `/c/${slug}`, undefined, html);
  assert.equal(page.status, 200);
  assert.match(page.body, /id="state-note"[^>]*>This conference has been cancelled\./);
  const home = (await reader.request('GET', '/', undefined, html)).body;
  assert.match(home, new RegExp(`href="/c/${slug}"[^]*?badge-cancelled`), 'the home page lists it as cancelled');
  const own = (await reporter.request('GET', '/journalist', undefined, html)).body as string;
  assert.match(
    own,
    /id="conference-title">Ferry Timetable Briefing <span class="badge badge-cancelled">Cancelled<\/span>/,
    'the journalist sees it is cancelled',
  );
  assert.match(own, /This conference has been cancelled\./);
  assert.doesNotMatch(own, /id="app"/, 'no hand to raise');
  const apply = await reader.post('/api/accreditations', { name: 'Jo Lee', email: 'jo@fjord.example', outlet: 'Fjord Post', conference: slug });
  assert.equal(apply.status, 404, 'a cancelled conference takes no applications');

  assert.equal((await admin.delete(`/api/conferences/${slug}`)).status, 409, 'an announced conference is not deleted');
  assert.equal((await admin.patch(`/api/conferences/${slug}`, { venue: 'Pier 4' })).body.error.code, 'wrong_state');
  assert.equal((await admin.post(`/api/conferences/${slug}/state`, { status: 'scheduled' })).status, 200);
  assert.doesNotMatch((await reader.request('GET', `/c/${slug}`, undefined, html)).body, /id="state-note"[^>]*>This conference has been cancelled/);
});

test('outlets are edited, named again and merged; hands, turns, accreditations, journalists and analytics follow the kept one', async () => {
  const { url, ctx, store } = await testServer();
  const admin = await staff(ctx, url, 'admin', 'Ada Admin');
  const at = new Date().toISOString();
  await store.conferences.saveRecord(sampleRecord({ slug: 'first' }), { contentHash: 'one' }, at);
  // A second record names Harbour Daily with its kind ("Newspaper") and asks as "H. Daily", a separate outlet.
  const second = sampleRecord({ slug: 'second', date: '2025-06-01' });
  second.turns[2]!.outlet = { name: 'Harbour Daily Newspaper', aliases: [], country: 'XA', origin: 'domestic' };
  second.turns[4]!.outlet = { name: 'H. Daily', aliases: [], country: 'XA', origin: 'domestic' };
  await store.conferences.saveRecord(second, { contentHash: 'two' }, at);

  const outlets = async () => (await admin.get('/api/outlets')).body.outlets as { id: string; name: string; aliases: string[]; country: string | null }[];
  const idOf = async (name: string) => (await outlets()).find((o) => o.name === name)!.id;
  const questionsOf = async () =>
    Object.fromEntries(
      ((await admin.get('/api/analytics?chart=outlets')).body.outlets.rows as { outlet: string; questions: number }[]).map((r) => [r.outlet, r.questions]),
    );
  assert.deepEqual(await questionsOf(), { 'Harbour Daily': 2, 'North Wire': 1, 'H. Daily': 1 }, 'one outlet counts once, whatever name its turns carry');

  // Register: a near-duplicate is asked about; a name or alias taken is refused.
  assert.equal((await admin.post('/api/outlets', { name: 'the harbour daily!', origin: 'domestic' })).body.error.code, 'conflict');
  const near = await admin.post('/api/outlets', { name: 'Harbour Dailly', origin: 'domestic' });
  assert.deepEqual([near.status, near.body.error.code], [409, 'near_duplicate']);
  assert.match(near.body.error.message, /"Harbour Daily"/);
  assert.equal((await outlets()).length, 3, 'nothing registered');
  const matched = (await admin.get('/api/outlets/match?name=HARBOUR%20DAILLY')).body;
  assert.deepEqual([matched.outlet, matched.candidates.map((o: { name: string }) => o.name)], [null, ['Harbour Daily']]);
  assert.equal((await admin.get('/api/outlets/match?name=harbour%20daily%20tv')).body.outlet.name, 'Harbour Daily');

  // Edit: renaming keeps the old name as an alias; aliases are added and removed.
  const harbour = await idOf('Harbour Daily');
  const renamed = await admin.patch(`/api/outlets/${harbour}`, { name: 'Harbour Daily Post', country: 'XC' });
  assert.deepEqual([renamed.body.outlet.name, renamed.body.outlet.aliases, renamed.body.outlet.country], ['Harbour Daily Post', ['Harbour Daily'], 'XC']);
  assert.equal((await admin.post(`/api/outlets/${harbour}/aliases`, { alias: 'HDP' })).status, 200);
  assert.equal((await admin.post(`/api/outlets/${harbour}/aliases`, { alias: 'north wire' })).body.error.code, 'conflict', "another outlet's name");
  assert.equal((await admin.patch(`/api/outlets/${harbour}`, { name: 'North Wire' })).body.error.code, 'conflict');
  assert.equal((await admin.patch(`/api/outlets/${harbour}`, {})).body.error.code, 'validation_failed');
  assert.equal((await admin.patch('/api/outlets/nope', { country: 'XA' })).status, 404);
  assert.equal((await admin.delete(`/api/outlets/${harbour}/aliases/HDP`)).body.outlet.aliases.join(), 'Harbour Daily');
  assert.equal((await admin.delete(`/api/outlets/${harbour}/aliases/HDP`)).status, 404);

  // A journalist of "H. Daily" with a hand up in a live conference.
  const live = await liveConference(admin, 'Quay Briefing');
  const hDaily = await idOf('H. Daily');
  const reporter = await journalist(admin, url, 'Jo Lee', 'H. Daily', live);
  assert.equal((await reporter.post(`/api/conferences/${live}/hands`, {})).status, 201);

  assert.equal((await admin.post(`/api/outlets/${hDaily}/merge`, { into: hDaily })).body.error.code, 'validation_failed');
  assert.equal((await admin.post(`/api/outlets/${hDaily}/merge`, { into: 'nope' })).status, 404);
  const merged = await admin.post(`/api/outlets/${hDaily}/merge`, { into: harbour });
  assert.equal(merged.status, 200, JSON.stringify(merged.body));
  assert.deepEqual(merged.body.outlet.aliases, ['Harbour Daily', 'H. Daily']);
  assert.deepEqual(
    (await outlets()).map((o) => o.name),
    ['Harbour Daily Post', 'North Wire'],
  );
  assert.deepEqual(await questionsOf(), { 'Harbour Daily Post': 3, 'North Wire': 1 }, 'the statistics follow the kept outlet');
  const queue = (await admin.get(`/api/conferences/${live}/queue`)).body;
  assert.equal(JSON.stringify(queue).includes('Harbour Daily Post'), true, 'the waiting hand is the kept outlet');
  const accreditation = (await admin.get('/api/accreditations')).body.accreditations[0];
  assert.deepEqual([accreditation.outletId, accreditation.outletName], [harbour, 'Harbour Daily Post']);
  assert.equal((await store.users.get(reporter.cookie ? (await reporter.get('/api/session')).body.user.id : ''))?.outletId, harbour);
  // The record keeps the name as it was said.
  assert.equal((await admin.get('/api/conferences/second')).body.turns[4].outlet.name, 'H. Daily');
});

test('an application is matched to the registry; a near-duplicate waits for the admin to pick one or confirm a new outlet', async () => {
  const { url, ctx } = await testServer();
  const admin = await staff(ctx, url, 'admin', 'Ada Admin');
  const slug = await liveConference(admin);
  assert.equal((await admin.post('/api/outlets', { name: 'Lagoon Times', country: 'XB', origin: 'foreign' })).status, 201);
  let n = 0;
  const applyAs = async (outlet: string) =>
    (await new ApiClient(url).post('/api/accreditations', { name: `Writer ${++n}`, email: `w${n}@press.example`, outlet, conference: slug })).body
      .accreditation as { id: string; outletId: string | null; outletName: string };

  const same = await applyAs('LAGOON TIMES TV');
  assert.equal(same.outletName, 'Lagoon Times', 'matched ignoring case and the kind word');
  const approvedSame = await admin.post(`/api/accreditations/${same.id}/approve`, { origin: 'domestic' });
  assert.equal(approvedSame.status, 200);
  const registry = (await admin.get('/api/outlets')).body.outlets as { id: string; name: string; origin: string; aliases: string[] }[];
  assert.deepEqual(
    registry.map((o) => [o.name, o.origin]),
    [['Lagoon Times', 'foreign']],
    'a registered outlet keeps its origin',
  );

  const typo = await applyAs('Lagoon Tmes');
  assert.equal(typo.outletId, null);
  const asked = await admin.post(`/api/accreditations/${typo.id}/approve`, { origin: 'domestic' });
  assert.deepEqual([asked.status, asked.body.error.code, asked.body.error.field], [409, 'near_duplicate', 'outletId']);
  assert.equal((await admin.get('/api/accreditations?status=pending')).body.accreditations.length, 1, 'still pending');
  assert.equal((await admin.get('/api/outlets')).body.outlets.length, 1, 'no outlet created');
  const picked = await admin.post(`/api/accreditations/${typo.id}/approve`, { outletId: registry[0]!.id });
  assert.equal(picked.status, 200, JSON.stringify(picked.body));
  assert.equal(picked.body.accreditation.outletName, 'Lagoon Times');
  assert.deepEqual((await admin.get('/api/outlets')).body.outlets[0].aliases, ['Lagoon Tmes'], 'the applied name becomes an alias');
  assert.equal((await applyAs('lagoon tmes')).outletName, 'Lagoon Times', 'and matches from now on');

  const other = await applyAs('Lagoon Tides');
  const bulk = await admin.post('/api/accreditations/approve', { items: [{ id: other.id, origin: 'domestic' }] });
  assert.deepEqual([bulk.body.results[0].ok, bulk.body.results[0].code], [false, 'near_duplicate']);
  const confirmed = await admin.post('/api/accreditations/approve', { items: [{ id: other.id, origin: 'domestic', newOutlet: true }] });
  assert.equal(confirmed.body.results[0].ok, true);
  assert.deepEqual(
    ((await admin.get('/api/outlets')).body.outlets as { name: string; origin: string }[]).map((o) => [o.name, o.origin]),
    [
      ['Lagoon Tides', 'domestic'],
      ['Lagoon Times', 'foreign'],
    ],
  );
  assert.equal((await admin.post(`/api/accreditations/${(await applyAs('Lagoon Tide')).id}/approve`, { outletId: 'nope' })).body.error.field, 'outletId');
});
