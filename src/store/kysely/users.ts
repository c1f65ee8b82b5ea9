import { randomUUID } from 'node:crypto';
import type { User, UserRole } from '../../domain/roles.ts';
import type { UsersTable } from '../schema.ts';
import type { NewUser, SessionRepository, UserRepository } from '../store.ts';
import type { Db } from './db.ts';

function userFromRow(row: UsersTable): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as UserRole,
    outletId: row.outlet_id,
    createdAt: row.created_at,
    disabledAt: row.disabled_at ?? null,
  };
}

export class UserRepo implements UserRepository {
  constructor(private readonly db: Db) {}

  async create(input: NewUser, at: string): Promise<User> {
    const row: UsersTable = {
      id: randomUUID(),
      email: input.email.toLowerCase(),
      name: input.name,
      role: input.role,
      password_hash: input.passwordHash,
      outlet_id: input.outletId,
      created_at: at,
    };
    await this.db.insertInto('users').values(row).execute();
    return userFromRow(row);
  }

  async get(id: string): Promise<User | null> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? userFromRow(row) : null;
  }

  async findByEmail(email: string): Promise<(User & { passwordHash: string | null }) | null> {
    const row = await this.db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
    return row ? { ...userFromRow(row), passwordHash: row.password_hash } : null;
  }

  async list(): Promise<User[]> {
    return (await this.db.selectFrom('users').selectAll().orderBy('email').execute()).map(userFromRow);
  }

  /** How many staff accounts exist (disabled ones too): none means the server still needs its set-up. */
  async countStaff(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
      .where('role', '!=', 'journalist')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async update(
    id: string,
    changes: { name?: string; role?: UserRole; passwordHash?: string | null; outletId?: string | null; disabledAt?: string | null },
  ): Promise<void> {
    await this.db
      .updateTable('users')
      .set({
        ...(changes.name !== undefined ? { name: changes.name } : {}),
        ...(changes.role !== undefined ? { role: changes.role } : {}),
        ...(changes.passwordHash !== undefined ? { password_hash: changes.passwordHash } : {}),
        ...(changes.outletId !== undefined ? { outlet_id: changes.outletId } : {}),
        ...(changes.disabledAt !== undefined ? { disabled_at: changes.disabledAt } : {}),
      })
      .where('id', '=', id)
      .execute();
  }
}

/** Sessions and access tokens are kept only as hashes of the secrets the user holds. */
export class SessionRepo implements SessionRepository {
  constructor(private readonly db: Db) {}

  async create(tokenHash: string, userId: string, expiresAt: string, at: string): Promise<void> {
    await this.db.insertInto('sessions').values({ token_hash: tokenHash, user_id: userId, created_at: at, expires_at: expiresAt, revoked_at: null }).execute();
  }

  /** The user a live session belongs to. */
  async user(tokenHash: string, now: string): Promise<User | null> {
    const row = await this.db
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .selectAll('u')
      .where('s.token_hash', '=', tokenHash)
      .where('s.revoked_at', 'is', null)
      .where('u.disabled_at', 'is', null)
      .where('s.expires_at', '>', now)
      .executeTakeFirst();
    return row ? userFromRow(row) : null;
  }

  async revoke(tokenHash: string, at: string): Promise<void> {
    await this.db.updateTable('sessions').set({ revoked_at: at }).where('token_hash', '=', tokenHash).execute();
  }

  async revokeAllOf(userId: string, at: string): Promise<void> {
    await this.db.updateTable('sessions').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
  }

  async createAccessToken(tokenHash: string, userId: string, accreditationId: string, expiresAt: string, at: string): Promise<void> {
    await this.db
      .insertInto('access_tokens')
      .values({ token_hash: tokenHash, user_id: userId, accreditation_id: accreditationId, created_at: at, expires_at: expiresAt, used_at: null })
      .execute();
  }

  /** Marks an unused, unexpired access token used; answers whose it was, or null. */
  async consumeAccessToken(tokenHash: string, now: string): Promise<{ userId: string; accreditationId: string } | null> {
    const row = await this.db
      .updateTable('access_tokens')
      .set({ used_at: now })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning(['user_id', 'accreditation_id'])
      .executeTakeFirst();
    return row ? { userId: row.user_id, accreditationId: row.accreditation_id } : null;
  }

  async expireAccessTokensOf(userId: string, now: string): Promise<void> {
    await this.db.updateTable('access_tokens').set({ expires_at: now }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
  }
}
