// Who may open a page: a console redirects the signed-out to the sign-in form and shows a
// signed-in user with another role an HTML page saying so.
import type { Context } from 'hono';
import type { User, UserRole } from '../../domain/roles.ts';
import { fill } from '../../i18n/index.ts';
import type { HttpEnv } from '../auth.ts';
import { pageScope } from './scope.tsx';

/** Where a user lands after signing in. */
export function homeOf(user: User): string {
  if (user.role === 'admin') return '/admin';
  if (user.role === 'journalist') return '/journalist';
  return '/console';
}

export type Guarded = { user: User } | { redirect: string } | { refused: string };

export function guardPage(c: Context<HttpEnv>, roles: readonly UserRole[]): Guarded {
  const user = c.get('user');
  const url = new URL(c.req.url);
  if (!user) return { redirect: `/signin?next=${encodeURIComponent(url.pathname + url.search)}` };
  if (roles.includes(user.role)) return { user };
  const { t } = pageScope(c);
  return { refused: fill(t.errors.wrongRole, { name: user.name, role: t.admin.roles[user.role], roles: roles.map((r) => t.admin.roles[r]).join(', ') }) };
}
