// Staff accounts in the web: the one-time set-up of the first admin, resetting a password, disabling
// and enabling an account.
import type { User } from '../domain/roles.ts';
import { MIN_PASSWORD_LENGTH, SESSION_HOURS, type NewSession } from './auth.ts';
import type { AppContext } from './context.ts';
import { AppError } from './errors.ts';
import { hashPassword, newToken } from './secrets.ts';

/** True while the database has no staff account: every page then points at /setup. */
export async function needsSetup(ctx: AppContext): Promise<boolean> {
  return (await ctx.store.users.countStaff()) === 0;
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new AppError('validation_failed', `the password needs at least ${MIN_PASSWORD_LENGTH} characters`, 'password');
}

/**
 * Creates the first admin and signs them in. Works once: as soon as any staff account exists it is
 * refused (409), so the set-up page cannot be used to add a second admin. The check and the insert
 * share one transaction, so two set-ups racing cannot both succeed.
 */
export async function setUpFirstAdmin(ctx: AppContext, input: { email: string; name?: string | undefined; password: string }): Promise<NewSession> {
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now();
  const user = await ctx.store.transaction(async (tx) => {
    if ((await tx.users.countStaff()) > 0) throw new AppError('conflict', 'presser is set up already: sign in instead');
    if (await tx.users.findByEmail(input.email)) throw new AppError('conflict', `a user with email ${input.email} exists already`, 'email');
    return tx.users.create(
      { email: input.email, name: input.name || input.email.split('@')[0]!, role: 'admin', passwordHash, outletId: null },
      now.toISOString(),
    );
  });
  const { token, hash } = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString();
  await ctx.store.sessions.create(hash, user.id, expiresAt, now.toISOString());
  return { token, user, expiresAt };
}

async function staffMember(ctx: AppContext, id: string): Promise<User> {
  const user = await ctx.store.users.get(id);
  if (!user) throw new AppError('not_found', `no user with id ${id}`);
  return user;
}

/** An admin sets a new password for an account; its open sessions end, so the old password's holder is out. */
export async function resetPassword(ctx: AppContext, id: string, password: string): Promise<User> {
  checkPassword(password);
  const user = await staffMember(ctx, id);
  if (user.role === 'journalist') throw new AppError('wrong_state', 'journalists sign in with their access link, not a password');
  const passwordHash = await hashPassword(password);
  await ctx.store.transaction(async (tx) => {
    await tx.users.update(id, { passwordHash });
    await tx.sessions.revokeAllOf(id, ctx.clock.now().toISOString());
  });
  return staffMember(ctx, id);
}

/** Disables (or enables again) an account: a disabled one cannot sign in, and its sessions and unused links end. */
export async function setDisabled(ctx: AppContext, admin: User, id: string, disabled: boolean): Promise<User> {
  const user = await staffMember(ctx, id);
  if (disabled && user.id === admin.id) throw new AppError('conflict', 'an admin cannot disable their own account');
  const now = ctx.clock.now().toISOString();
  await ctx.store.transaction(async (tx) => {
    await tx.users.update(id, { disabledAt: disabled ? now : null });
    if (disabled) {
      await tx.sessions.revokeAllOf(id, now);
      await tx.sessions.expireAccessTokensOf(id, now);
    }
  });
  return staffMember(ctx, id);
}
