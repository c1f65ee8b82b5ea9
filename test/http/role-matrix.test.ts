// Every route of the OpenAPI document, called as every kind of caller, against a real server: the
// status each gets is written once in MATRIX below. A route the document lists without a row here
// (or a row for a route that no longer exists) fails the test, so a new route must say who may call it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_RATE_LIMITS } from '../../src/app/rate-limits.ts';
import { ApiClient } from '../support/client.ts';
import { PASSWORD } from '../support/people.ts';
import { accredit, buildScenario } from '../support/scenario.ts';
import { testServer } from '../support/server.ts';

const ROLES = ['anonymous', 'journalistHere', 'journalistOther', 'transcriber', 'interpreter', 'moderator', 'admin'] as const;
type Role = (typeof ROLES)[number];

/** What one call needs: the path with its parameters filled in, and a body (fresh for each call where the call changes something). */
type Fixture = { path: string; body?: unknown };

interface Row {
  /** Expected status per caller, in the order of ROLES. */
  expect: string;
  fixture: (role: Role) => Promise<Fixture> | Fixture;
}

test('every route answers every role as the role matrix says', { timeout: 240_000 }, async () => {
  const { ctx, url } = await testServer({ rateLimits: { ...DEFAULT_RATE_LIMITS, applicationsPerHour: 1_000_000, handsPerMinute: 1_000_000 } });
  const s = await buildScenario(ctx, url);
  const origin = new URL(url).origin;
  let n = 0;
  const unique = (prefix: string) => `${prefix}-${++n}-${Date.now().toString(36)}`;

  const ok = async <T = any>(answer: Promise<{ status: number; body: T }>, expected = 200): Promise<T> => {
    const { status, body } = await answer;
    assert.equal(status, expected, `fixture step answered ${status}: ${JSON.stringify(body)}`);
    return body;
  };
  const journalistFrom = async (link: string) => {
    const client = new ApiClient(url);
    const opened = await client.get(new URL(link).pathname);
    assert.equal(opened.status, 303, 'the access link signs the journalist in');
    return client;
  };
  /** A freshly accredited journalist of a conference, signed in: for hands that need an owner. */
  const newJournalist = async (conference: string) => {
    const { link } = await accredit(s.admin, url, unique('Journalist'), unique('Outlet'), conference, 'foreign');
    return journalistFrom(link);
  };
  const here = await newJournalist(s.live);
  const other = await newJournalist(s.scheduled);
  const staffClient = { transcriber: s.transcriber, interpreter: s.interpreter, moderator: s.moderator, admin: s.admin };
  const clients: Record<Role, ApiClient | null> = { anonymous: null, journalistHere: here, journalistOther: other, ...staffClient };

  /** A new session of the same kind as the role: for signing out, which ends the session it is called with. */
  const freshClient = async (role: Role): Promise<ApiClient | null> => {
    if (role === 'anonymous') return null;
    if (role === 'journalistHere') return newJournalist(s.live);
    if (role === 'journalistOther') return newJournalist(s.scheduled);
    const client = new ApiClient(url);
    await client.signIn(s.emails[role], s.password);
    return client;
  };
  const pendingApplication = async () =>
    (
      await ok(
        new ApiClient(url).post('/api/accreditations', {
          name: unique('Applicant'),
          email: `${unique('a')}@apply.example`,
          outlet: 'Harbour Daily',
          conference: s.live,
        }),
        201,
      )
    ).accreditation.id as string;
  const approvedApplication = async () => {
    const id = await pendingApplication();
    await ok(s.admin.post(`/api/accreditations/${id}/approve`, { origin: 'domestic' }));
    return id;
  };
  const waitingHand = async () => (await ok((await newJournalist(s.live)).post(`/api/conferences/${s.live}/hands`, {}), 201)).hand.id as string;
  const ownHand = async () => {
    const mine = (await ok(here.get(`/api/conferences/${s.live}/hands/mine`))).hand;
    return (mine ?? (await ok(here.post(`/api/conferences/${s.live}/hands`, {}), 201)).hand).id as string;
  };
  const openTurn = async () => (await ok(s.transcriber.post(`/api/conferences/${s.live}/turns`, { kind: 'statement' }), 201)).turn.seq as number;
  const finalTurn = async () => {
    const seq = await openTurn();
    await ok(s.transcriber.post(`/api/conferences/${s.live}/turns/${seq}/text`, { lang: 'en', append: 'Dredging starts on Monday.' }));
    await ok(s.transcriber.post(`/api/conferences/${s.live}/turns/${seq}/final`));
    return seq;
  };
  const scheduledConference = async () => {
    const slug = (await ok(s.admin.post('/api/conferences', { title: unique('Briefing'), principals: ['Lena Marsh'] }), 201)).conference.slug as string;
    await ok(s.admin.post(`/api/conferences/${slug}/state`, { status: 'scheduled' }));
    return slug;
  };
  const newOutlet = async (aliases: string[] = []) =>
    (await ok(s.admin.post('/api/outlets', { name: unique('Outlet'), aliases, origin: 'foreign', newOutlet: true }), 201)).outlet.id as string;
  const signInProbe = `${unique('probe')}@press.example`;
  await ok(s.admin.post('/api/users', { email: signInProbe, role: 'transcriber', password: PASSWORD }), 201);

  const live = `/api/conferences/${s.live}`;
  const published = `/api/conferences/${s.published}`;
  const all = (status: number) => Array(ROLES.length).fill(status).join(' ');
  const signedIn = (status: number) =>
    `401 ${Array(ROLES.length - 1)
      .fill(status)
      .join(' ')}`;
  const adminOnly = (status: number) => `401 403 403 403 403 403 ${status}`;
  const floorStaff = (status: number) => `401 403 403 403 403 ${status} ${status}`;
  const writers = (status: number) => `401 403 403 ${status} ${status} ${status} ${status}`;
  // Interpreters write into turns that the floor language's writers open and finalize.
  const keepers = (status: number) => `401 403 403 ${status} 403 ${status} ${status}`;
  const staffOnly = (status: number) => `401 403 403 ${status} ${status} ${status} ${status}`;

  // One row per route: the expected status for anonymous, a journalist of the live conference, a
  // journalist accredited for another, transcriber, interpreter, moderator, admin.
  const MATRIX: Record<string, Row> = {
    'POST /api/session': { expect: all(200), fixture: () => ({ path: '/api/session', body: { email: signInProbe, password: PASSWORD } }) },
    'GET /api/session': { expect: signedIn(200), fixture: () => ({ path: '/api/session' }) },
    'DELETE /api/session': { expect: all(200), fixture: () => ({ path: '/api/session' }) },
    'POST /api/access': {
      expect: all(200),
      fixture: async () => ({
        path: '/api/access',
        body: { token: new URL((await ok(s.admin.post(`/api/accreditations/${await approvedApplication()}/link`))).accessLink).pathname.split('/').pop() },
      }),
    },
    'POST /api/outlets': { expect: adminOnly(201), fixture: () => ({ path: '/api/outlets', body: { name: unique('Outlet'), origin: 'foreign' } }) },
    'GET /api/outlets': { expect: staffOnly(200), fixture: () => ({ path: '/api/outlets' }) },
    'POST /api/accreditations': {
      expect: all(201),
      fixture: () => ({
        path: '/api/accreditations',
        body: { name: unique('Applicant'), email: `${unique('b')}@apply.example`, outlet: 'Fjord Post', conference: s.live },
      }),
    },
    'GET /api/accreditations': { expect: adminOnly(200), fixture: () => ({ path: '/api/accreditations' }) },
    'POST /api/accreditations/{id}/approve': {
      expect: adminOnly(200),
      fixture: async () => ({ path: `/api/accreditations/${await pendingApplication()}/approve`, body: { origin: 'foreign' } }),
    },
    'POST /api/accreditations/{id}/link': {
      expect: adminOnly(200),
      fixture: async () => ({ path: `/api/accreditations/${await approvedApplication()}/link` }),
    },
    'POST /api/accreditations/{id}/reject': {
      expect: adminOnly(200),
      fixture: async () => ({ path: `/api/accreditations/${await pendingApplication()}/reject` }),
    },
    'POST /api/accreditations/{id}/revoke': {
      expect: adminOnly(200),
      fixture: async () => ({ path: `/api/accreditations/${await approvedApplication()}/revoke` }),
    },
    'GET /api/conferences': { expect: all(200), fixture: () => ({ path: '/api/conferences' }) },
    'POST /api/conferences': {
      expect: adminOnly(201),
      fixture: () => ({ path: '/api/conferences', body: { title: unique('Briefing'), principals: ['Lena Marsh'] } }),
    },
    'GET /api/conferences/{slug}': { expect: all(200), fixture: () => ({ path: live }) },
    'GET /api/conferences/{slug}/live': { expect: staffOnly(200), fixture: () => ({ path: `${live}/live` }) },
    'POST /api/conferences/{slug}/state': {
      expect: floorStaff(200),
      fixture: async () => ({ path: `/api/conferences/${await scheduledConference()}/state`, body: { status: 'live' } }),
    },
    'PATCH /api/conferences/{slug}/settings': { expect: adminOnly(200), fixture: () => ({ path: `${live}/settings`, body: { followUps: true } }) },
    'POST /api/conferences/{slug}/hands': { expect: '401 201 403 403 403 403 403', fixture: () => ({ path: `${live}/hands`, body: { topic: 'Ferries' } }) },
    'GET /api/conferences/{slug}/hands/mine': { expect: '401 200 200 403 403 403 403', fixture: () => ({ path: `${live}/hands/mine` }) },
    // A journalist of another conference is refused someone else's hand as not found: it is not theirs.
    'DELETE /api/conferences/{slug}/hands/{handId}': {
      expect: '401 200 404 403 403 403 403',
      fixture: async () => ({ path: `${live}/hands/${await ownHand()}` }),
    },
    'POST /api/conferences/{slug}/hands/{handId}/skip': {
      expect: floorStaff(200),
      fixture: async () => ({ path: `${live}/hands/${await waitingHand()}/skip` }),
    },
    'GET /api/conferences/{slug}/queue': { expect: floorStaff(200), fixture: () => ({ path: `${live}/queue` }) },
    'POST /api/conferences/{slug}/floor': { expect: floorStaff(200), fixture: async () => ({ path: `${live}/floor`, body: { handId: await waitingHand() } }) },
    // The live conference does not publish its floor log: staff only.
    'GET /api/conferences/{slug}/floor-log': { expect: staffOnly(200), fixture: () => ({ path: `${live}/floor-log` }) },
    'POST /api/conferences/{slug}/turns': { expect: keepers(201), fixture: () => ({ path: `${live}/turns`, body: { kind: 'statement' } }) },
    // Chinese, the language the interpreter interprets into, so the row is about the role, not the language.
    'POST /api/conferences/{slug}/turns/{seq}/text': {
      expect: writers(200),
      fixture: async () => ({ path: `${live}/turns/${await openTurn()}/text`, body: { lang: 'zh', append: '周一开工。' } }),
    },
    'POST /api/conferences/{slug}/turns/{seq}/final': { expect: keepers(200), fixture: async () => ({ path: `${live}/turns/${await openTurn()}/final` }) },
    'PATCH /api/conferences/{slug}/turns/{seq}': {
      expect: writers(200),
      fixture: async () => ({ path: `${live}/turns/${await finalTurn()}`, body: { text: { zh: '东航道疏浚工程周一开工。' } } }),
    },
    'GET /api/conferences/{slug}/turns/{seq}/revisions': { expect: all(200), fixture: () => ({ path: `${published}/turns/3/revisions` }) },
    'GET /api/search': { expect: all(200), fixture: () => ({ path: '/api/search?q=harbour' }) },
    'GET /api/analytics': { expect: all(200), fixture: () => ({ path: '/api/analytics' }) },
    'GET /api/exports/convokit': { expect: all(200), fixture: () => ({ path: '/api/exports/convokit' }) },
    'GET /api/exports/tei': { expect: all(200), fixture: () => ({ path: '/api/exports/tei' }) },
    'GET /api/exports/qa.csv': { expect: all(200), fixture: () => ({ path: '/api/exports/qa.csv' }) },
    // A conference written live has real times (from the moment it went live): subtitles for everyone.
    'GET /api/conferences/{slug}/subtitles.vtt': { expect: all(200), fixture: () => ({ path: `${published}/subtitles.vtt` }) },
    'GET /api/conferences/{slug}/subtitles.srt': { expect: all(200), fixture: () => ({ path: `${published}/subtitles.srt` }) },
    'GET /feed.atom': { expect: all(200), fixture: () => ({ path: '/feed.atom' }) },
    'GET /api/users': { expect: adminOnly(200), fixture: () => ({ path: '/api/users' }) },
    'POST /api/users': {
      expect: adminOnly(201),
      fixture: () => ({ path: '/api/users', body: { email: `${unique('staff')}@press.example`, role: 'transcriber', password: PASSWORD } }),
    },
    'GET /api/me/conferences': { expect: '401 200 200 403 403 403 403', fixture: () => ({ path: '/api/me/conferences' }) },
    'PATCH /api/users/{id}': {
      expect: adminOnly(200),
      fixture: async () => ({
        path: `/api/users/${(await ok(s.admin.post('/api/users', { email: `${unique('reset')}@press.example`, role: 'transcriber', password: PASSWORD }), 201)).user.id}`,
        body: { disabled: false },
      }),
    },
    'POST /api/accreditations/approve': {
      expect: adminOnly(200),
      fixture: async () => ({ path: '/api/accreditations/approve', body: { items: [{ id: await pendingApplication(), origin: 'foreign' }] } }),
    },
    'GET /api/embed/origins': { expect: adminOnly(200), fixture: () => ({ path: '/api/embed/origins' }) },
    'PUT /api/embed/origins': { expect: adminOnly(200), fixture: () => ({ path: '/api/embed/origins', body: { origins: ['https://www.example.gov'] } }) },
    'GET /api/conferences/{slug}/review': { expect: adminOnly(200), fixture: () => ({ path: `${live}/review` }) },
    'GET /api/conferences/{slug}/status': { expect: all(200), fixture: () => ({ path: `${live}/status` }) },
    'PATCH /api/conferences/{slug}': {
      expect: adminOnly(200),
      fixture: async () => ({ path: `/api/conferences/${await scheduledConference()}`, body: { venue: unique('Hall') } }),
    },
    // Staff see who changed what after a conference went live.
    'GET /api/conferences/{slug}/changes': { expect: staffOnly(200), fixture: () => ({ path: `${live}/changes` }) },
    'GET /api/outlets/match': { expect: adminOnly(200), fixture: () => ({ path: '/api/outlets/match?name=Harbour%20Daily' }) },
    'PATCH /api/outlets/{id}': { expect: adminOnly(200), fixture: async () => ({ path: `/api/outlets/${await newOutlet()}`, body: { country: 'XA' } }) },
    'POST /api/outlets/{id}/aliases': {
      expect: adminOnly(200),
      fixture: async () => ({ path: `/api/outlets/${await newOutlet()}/aliases`, body: { alias: unique('Alias') } }),
    },
    'DELETE /api/outlets/{id}/aliases/{alias}': {
      expect: adminOnly(200),
      fixture: async () => {
        const alias = unique('Alias');
        return { path: `/api/outlets/${await newOutlet([alias])}/aliases/${encodeURIComponent(alias)}` };
      },
    },
    'POST /api/outlets/{id}/merge': {
      expect: adminOnly(200),
      fixture: async () => ({ path: `/api/outlets/${await newOutlet()}/merge`, body: { into: await newOutlet() } }),
    },
    'DELETE /api/conferences/{slug}': {
      expect: adminOnly(200),
      fixture: async () => ({
        path: `/api/conferences/${(await ok(s.admin.post('/api/conferences', { title: unique('Draft'), principals: ['Lena Marsh'] }), 201)).conference.slug}`,
      }),
    },
  };

  const doc = (await ok(new ApiClient(url).get('/api/openapi.json'))) as { paths: Record<string, Record<string, unknown>> };
  const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`));
  assert.deepEqual(
    documented.filter((r) => !(r in MATRIX)),
    [],
    'routes in the OpenAPI document without a row in the role matrix',
  );
  assert.deepEqual(
    Object.keys(MATRIX).filter((r) => !documented.includes(r)),
    [],
    'rows of the role matrix for routes the OpenAPI document no longer has',
  );

  const wrong: string[] = [];
  for (const route of documented) {
    const row = MATRIX[route]!;
    const expected = row.expect.split(' ').map(Number);
    assert.equal(expected.length, ROLES.length, `${route}: one status per role`);
    const method = route.split(' ')[0]!;
    for (const [i, role] of ROLES.entries()) {
      const { path, body } = await row.fixture(role);
      const caller = route === 'DELETE /api/session' ? await freshClient(role) : clients[role];
      // Raw fetch, so a call that signs in or out leaves the role's own client as it was.
      const res = await fetch(url + path, {
        method,
        redirect: 'manual',
        headers: { origin, ...(caller?.cookie ? { cookie: caller.cookie } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      if (res.status !== expected[i]) wrong.push(`${route} as ${role}: expected ${expected[i]}, got ${res.status} ${text.slice(0, 160)}`);
      if (res.status >= 400) {
        const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
        if (typeof parsed.error?.code !== 'string' || typeof parsed.error.message !== 'string')
          wrong.push(`${route} as ${role}: ${res.status} without the shared error shape: ${text.slice(0, 160)}`);
      }
    }
  }
  assert.deepEqual(wrong, [], 'every route answers every role as the matrix says');
});
