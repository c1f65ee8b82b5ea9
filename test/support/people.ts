// Sets up the cast of a live conference through the real API: staff, an outlet, accredited journalists.
import { addUser } from '../../src/app/auth.ts';
import type { AppContext } from '../../src/app/context.ts';
import type { UserRole } from '../../src/domain/roles.ts';
import { ApiClient } from './client.ts';

export const PASSWORD = 'correct horse battery';

export async function staff(ctx: AppContext, url: string, role: Exclude<UserRole, 'journalist'>, name: string = role): Promise<ApiClient> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@press.example`;
  await addUser(ctx, { email, name, role, password: PASSWORD });
  const client = new ApiClient(url);
  await client.signIn(email, PASSWORD);
  return client;
}

export async function liveConference(admin: ApiClient, title = 'Harbour Briefing', extra: Record<string, unknown> = {}): Promise<string> {
  const created = await admin.post('/api/conferences', { title, date: '2025-05-02', principals: ['Lena Marsh'], languages: ['en', 'zh'], ...extra });
  if (created.status !== 201) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
  const slug = created.body.conference.slug as string;
  for (const status of ['scheduled', 'live']) {
    const moved = await admin.post(`/api/conferences/${slug}/state`, { status });
    if (moved.status !== 200) throw new Error(`state ${status} failed: ${JSON.stringify(moved.body)}`);
  }
  return slug;
}

/** Applies, gets approved by the admin, and signs in through the access link. */
export async function journalist(
  admin: ApiClient,
  url: string,
  name: string,
  outlet: string,
  conference: string,
  origin: 'domestic' | 'foreign' = 'domestic',
): Promise<ApiClient> {
  const client = new ApiClient(url);
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@${outlet.toLowerCase().replace(/\W+/g, '')}.example`;
  const applied = await client.post('/api/accreditations', { name, email, outlet, conference });
  if (applied.status !== 201) throw new Error(`apply failed: ${JSON.stringify(applied.body)}`);
  const approved = await admin.post(`/api/accreditations/${applied.body.accreditation.id}/approve`, { origin });
  if (approved.status !== 200) throw new Error(`approve failed: ${JSON.stringify(approved.body)}`);
  const link = new URL(approved.body.accessLink as string);
  const opened = await client.get(link.pathname);
  if (opened.status !== 303 || !client.cookie) throw new Error(`access link did not sign in: ${opened.status}`);
  return client;
}
