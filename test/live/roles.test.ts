// The whole route × role matrix: 401 without a session, 403 with the wrong role, through real HTTP.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { STAFF_ROLES, USER_ROLES, type UserRole } from '../../src/domain/roles.ts';
import { ApiClient } from '../support/client.ts';
import { journalist, liveConference, staff } from '../support/people.ts';
import { testServer } from '../support/server.ts';

const { url, ctx } = await testServer();

type Caller = UserRole | 'public';
const ANYONE: Caller[] = ['public', ...USER_ROLES];
const STAFF: Caller[] = [...STAFF_ROLES];
const WRITERS: Caller[] = ['transcriber', 'interpreter', 'moderator', 'admin'];
/** Interpreters write their languages into turns the floor-language writers open and finalize. */
const KEEPERS: Caller[] = ['transcriber', 'moderator', 'admin'];
const FLOOR: Caller[] = ['moderator', 'admin'];

// Every documented route with who may call it. "{slug}", "{id}", "{handId}", "{seq}" are filled in below.
const MATRIX: { method: string; path: string; allowed: Caller[]; body?: unknown }[] = [
  { method: 'POST', path: '/api/session', allowed: ANYONE, body: { email: 'nobody@example.com', password: 'x' } },
  { method: 'GET', path: '/api/session', allowed: [...USER_ROLES] },
  { method: 'POST', path: '/api/access', allowed: ANYONE, body: { token: 'not-a-real-token-at-all' } },
  { method: 'POST', path: '/api/outlets', allowed: ['admin'], body: { name: 'Matrix Wire', origin: 'foreign' } },
  { method: 'GET', path: '/api/outlets', allowed: STAFF },
  { method: 'POST', path: '/api/accreditations', allowed: ANYONE, body: { name: 'Ann', email: 'ann@x.example', outlet: 'X', conference: '{slug}' } },
  { method: 'GET', path: '/api/accreditations', allowed: ['admin'] },
  { method: 'POST', path: '/api/accreditations/{id}/approve', allowed: ['admin'], body: {} },
  { method: 'POST', path: '/api/accreditations/{id}/reject', allowed: ['admin'] },
  { method: 'POST', path: '/api/accreditations/{id}/revoke', allowed: ['admin'] },
  { method: 'POST', path: '/api/accreditations/{id}/link', allowed: ['admin'] },
  { method: 'GET', path: '/api/conferences', allowed: ANYONE },
  { method: 'POST', path: '/api/conferences', allowed: ['admin'], body: { title: 'Matrix Briefing' } },
  { method: 'GET', path: '/api/conferences/{slug}', allowed: ANYONE },
  { method: 'GET', path: '/api/conferences/{slug}/live', allowed: STAFF },
  { method: 'POST', path: '/api/conferences/{slug}/state', allowed: ['admin', 'moderator'], body: { status: 'live' } },
  { method: 'PATCH', path: '/api/conferences/{slug}/settings', allowed: ['admin'], body: { followUps: true } },
  { method: 'POST', path: '/api/conferences/{slug}/hands', allowed: ['journalist'], body: {} },
  { method: 'GET', path: '/api/conferences/{slug}/hands/mine', allowed: ['journalist'] },
  { method: 'DELETE', path: '/api/conferences/{slug}/hands/{handId}', allowed: ['journalist'] },
  { method: 'POST', path: '/api/conferences/{slug}/hands/{handId}/skip', allowed: FLOOR },
  { method: 'GET', path: '/api/conferences/{slug}/queue', allowed: FLOOR },
  { method: 'POST', path: '/api/conferences/{slug}/floor', allowed: FLOOR, body: {} },
  { method: 'GET', path: '/api/conferences/{slug}/floor-log', allowed: STAFF },
  { method: 'POST', path: '/api/conferences/{slug}/turns', allowed: KEEPERS, body: { kind: 'statement' } },
  { method: 'POST', path: '/api/conferences/{slug}/turns/{seq}/text', allowed: WRITERS, body: { lang: 'zh', append: 'x' } },
  { method: 'POST', path: '/api/conferences/{slug}/turns/{seq}/final', allowed: KEEPERS },
  { method: 'PATCH', path: '/api/conferences/{slug}/turns/{seq}', allowed: WRITERS, body: { text: { zh: 'y' } } },
  { method: 'GET', path: '/api/conferences/{slug}/turns/{seq}/revisions', allowed: ANYONE },
  { method: 'GET', path: '/api/search?q=harbour', allowed: ANYONE },
  { method: 'GET', path: '/api/analytics', allowed: ANYONE },
  { method: 'GET', path: '/api/exports/convokit', allowed: ANYONE },
  { method: 'GET', path: '/api/exports/tei', allowed: ANYONE },
  { method: 'GET', path: '/api/exports/qa.csv', allowed: ANYONE },
  { method: 'GET', path: '/api/conferences/{slug}/subtitles.vtt', allowed: ANYONE },
  { method: 'GET', path: '/api/conferences/{slug}/subtitles.srt', allowed: ANYONE },
  { method: 'GET', path: '/feed.atom', allowed: ANYONE },
  { method: 'GET', path: '/api/users', allowed: ['admin'] },
  { method: 'POST', path: '/api/users', allowed: ['admin'], body: { email: 'matrix.new@press.example', role: 'transcriber', password: 'long enough secret' } },
  { method: 'GET', path: '/api/me/conferences', allowed: ['journalist'] },
  { method: 'PATCH', path: '/api/users/{id}', allowed: ['admin'], body: { disabled: false } },
  { method: 'POST', path: '/api/accreditations/approve', allowed: ['admin'], body: { items: [{ id: 'no-such-application' }] } },
  { method: 'GET', path: '/api/conferences/{slug}/review', allowed: ['admin'] },
  { method: 'GET', path: '/api/conferences/{slug}/status', allowed: ANYONE },
  { method: 'DELETE', path: '/api/conferences/{slug}', allowed: ['admin'] },
  // Last: signing out ends each caller's session.
  { method: 'DELETE', path: '/api/session', allowed: ANYONE },
];

const admin = await staff(ctx, url, 'admin', 'Matrix Admin');
const callers: Record<Caller, ApiClient> = {
  public: new ApiClient(url),
  admin,
  moderator: await staff(ctx, url, 'moderator', 'Matrix Moderator'),
  transcriber: await staff(ctx, url, 'transcriber', 'Matrix Transcriber'),
  interpreter: await staff(ctx, url, 'interpreter', 'Matrix Interpreter'),
  journalist: new ApiClient(url),
};
const slug = await liveConference(admin, 'Matrix Conference');
callers.journalist = await journalist(admin, url, 'Matrix Journalist', 'Matrix Daily', slug);
const turn = await admin.post(`/api/conferences/${slug}/turns`, { kind: 'statement' });
const pending = await new ApiClient(url).post('/api/accreditations', { name: 'Pending Person', email: 'p@p.example', outlet: 'P', conference: slug });

function fill(path: string): string {
  return path
    .replace('{slug}', slug)
    .replace('{id}', pending.body.accreditation.id)
    .replace('{handId}', 'no-such-hand')
    .replace('{seq}', String(turn.body.turn.seq));
}

test('every documented route is in the matrix', async () => {
  const doc = (await callers.public.get('/api/openapi.json')).body;
  const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
  const tested = new Set(MATRIX.map((r) => `${r.method} ${r.path.split("?")[0]}`));
  assert.deepEqual(documented.filter((r) => !tested.has(r)), [], 'routes without a row in the role matrix');
});

test('the event stream is open to everyone on a live conference', async () => {
  for (const caller of ANYONE) {
    const stream = callers[caller].stream(slug);
    await stream.opened;
    assert.equal(stream.status, 200, caller);
    stream.close();
  }
});

for (const route of MATRIX) {
  test(`${route.method} ${route.path}`, async () => {
    for (const caller of ANYONE) {
      const body = route.body === undefined ? undefined : JSON.parse(JSON.stringify(route.body).replace('{slug}', slug));
      const answer = await callers[caller].request(route.method, fill(route.path), body);
      const where = `${caller} → ${answer.status} ${JSON.stringify(answer.body).slice(0, 160)}`;
      if (route.allowed.includes(caller)) {
        // Admitted: whatever the answer, it is not the guard's (a wrong password is still a 401 of its own).
        const refusedByGuard = answer.status === 403 || (answer.status === 401 && answer.body.error?.message === 'sign in first');
        assert.ok(!refusedByGuard, `${caller} should be admitted: ${where}`);
      } else if (caller === 'public') {
        assert.equal(answer.status, 401, where);
        assert.equal(answer.body.error.code, 'unauthenticated', where);
      } else {
        assert.equal(answer.status, 403, where);
        assert.equal(answer.body.error.code, 'forbidden', where);
      }
    }
  });
}

