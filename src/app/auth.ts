// Signing in and out. Staff use a password; journalists their single-use personal access link.
import type { User, UserRole } from '../domain/roles.ts';
import type { AppContext } from './context.ts';
import { isUniqueViolation } from '../store/store.ts';
import { AppError } from './errors.ts';
import { dummyPasswordHash, hashPassword, hashToken, newToken, verifyPassword } from './secrets.ts';

export const SESSION_HOURS = 12;
export const MIN_PASSWORD_LENGTH = 8;

export interface NewSession {
  token: string;
  user: User;
  expiresAt: string;
}

async function startSession(ctx: AppContext, user: User): Promise<NewSession> {
  const { token, hash } = newToken();
  const expiresAt = new Date(ctx.clock.now().getTime() + SESSION_HOURS * 3600_000).toISOString();
  await ctx.store.sessions.create(hash, user.id, expiresAt, ctx.clock.now().toISOString());
  return { token, user, expiresAt };
}

/**
 * Signs staff in. The attempt is counted against the address and the account before the password
 * is checked, so over either limit every attempt gets 429, the right password too: the answer
 * never tells a guesser which guess was right.
 */
export async function signIn(ctx: AppContext, email: string, password: string, clientKey: string): Promise<NewSession> {
  const attempt = await ctx.limits.signInAttempt(clientKey, email);
  const found = await ctx.store.users.findByEmail(email);
  const ok = await verifyPassword(password, found?.passwordHash ?? (await dummyPasswordHash()));
  if (!found || !found.passwordHash || !ok || found.disabledAt) throw new AppError('unauthenticated', 'wrong email or password');
  await attempt.succeeded();
  const { passwordHash: _, ...user } = found;
  return startSession(ctx, user);
}

/** Signs a journalist in with the token from their access link; each link works once. */
export async function signInWithAccessLink(ctx: AppContext, token: string, clientKey: string): Promise<NewSession> {
  const attempt = await ctx.limits.accessLinkAttempt(clientKey);
  const used = await ctx.store.sessions.consumeAccessToken(hashToken(token), ctx.clock.now().toISOString());
  if (!used) throw new AppError('unauthenticated', 'this access link is not valid: it was used already, has expired or was revoked');
  await attempt.succeeded();
  const accreditation = await ctx.store.accreditations.get(used.accreditationId);
  const user = await ctx.store.users.get(used.userId);
  if (!user || user.disabledAt || accreditation?.status !== 'approved') throw new AppError('unauthenticated', 'this accreditation is no longer valid');
  return startSession(ctx, user);
}

export async function sessionUser(ctx: AppContext, token: string): Promise<User | null> {
  return ctx.store.sessions.user(hashToken(token), ctx.clock.now().toISOString());
}

export async function signOut(ctx: AppContext, token: string): Promise<void> {
  await ctx.store.sessions.revoke(hashToken(token), ctx.clock.now().toISOString());
}

export interface NewUserInput {
  email: string;
  name?: string | undefined;
  role: UserRole;
  password?: string | undefined;
}

export async function addUser(ctx: AppContext, input: NewUserInput): Promise<User> {
  if (input.role !== 'journalist' && !input.password) throw new AppError('validation_failed', 'staff need a password', 'password');
  if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError('validation_failed', `the password needs at least ${MIN_PASSWORD_LENGTH} characters`, 'password');
  }
  if (await ctx.store.users.findByEmail(input.email)) throw new AppError('conflict', `a user with email ${input.email} exists already`, 'email');
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  try {
    return await ctx.store.users.create(
      { email: input.email, name: input.name ?? input.email.split('@')[0]!, role: input.role, passwordHash, outletId: null },
      ctx.clock.now().toISOString(),
    );
  } catch (error) {
    // The check above is for the message; the unique index decides when two requests race.
    if (isUniqueViolation(error)) throw new AppError('conflict', `a user with email ${input.email} exists already`, 'email');
    throw error;
  }
}
