// Accreditation: anyone applies; an admin approves (handing out a personal access link), rejects or
// revokes. Revocation ends the journalist's sessions, hands and streams at once.
import { z } from './zod.ts';
import { canDecide, type Accreditation } from '../domain/accreditation.ts';
import type { Origin } from '../domain/record.ts';
import type { User } from '../domain/roles.ts';
import { commit, type AppContext } from './context.ts';
import { AppError } from './errors.ts';
import { queueChangedEvent } from './floor.ts';
import { newToken } from './secrets.ts';
import { nearDuplicate } from './outlets.ts';
import { nearOutlets, withAliases } from '../domain/outlet-match.ts';
import type { Repositories, StoredOutlet } from '../store/store.ts';

export const ACCESS_LINK_DAYS = 7;

const ISO_DAY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** An application for accreditation (POST /api/accreditations); the HTTP layer validates with it. */
export const ApplicationSchema = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().email().max(320),
  outlet: z.string().trim().min(1).max(200),
  conference: z.string().min(1).max(200).optional().meta({ description: 'slug of the conference, or give a validity period' }),
  validFrom: ISO_DAY.optional(),
  validUntil: ISO_DAY.optional(),
  /** The interface language of the application, for the e-mail with the link. */
  lang: z.string().max(20).optional(),
});
export type Application = z.infer<typeof ApplicationSchema>;

export async function apply(ctx: AppContext, input: Application, clientKey: string): Promise<Accreditation> {
  if (!input.conference && !input.validFrom && !input.validUntil) {
    throw new AppError('validation_failed', 'name a conference or a validity period (validFrom, validUntil)', 'conference');
  }
  if (input.validFrom && input.validUntil && input.validFrom > input.validUntil) {
    throw new AppError('validation_failed', 'validFrom must not be after validUntil', 'validUntil');
  }
  let conferenceId: string | null = null;
  if (input.conference) {
    const conference = await ctx.store.conferences.info(input.conference);
    // Only announced conferences take applications: a draft must not reveal that it exists.
    if (!conference || !['scheduled', 'live'].includes(conference.status)) {
      throw new AppError('not_found', `no conference open for accreditation with slug "${input.conference}"`, 'conference');
    }
    conferenceId = conference.id;
  }
  await ctx.limits.application(clientKey);
  const outlet = await ctx.store.outlets.findByName(input.outlet);
  return ctx.store.accreditations.create(
    {
      name: input.name,
      email: input.email,
      outletName: outlet?.name ?? input.outlet,
      outletId: outlet?.id ?? null,
      conferenceId,
      validFrom: input.validFrom ?? null,
      validUntil: input.validUntil ?? null,
      lang: input.lang ?? null,
    },
    ctx.clock.now().toISOString(),
  );
}

async function requireAccreditation(ctx: AppContext, id: string, decision: 'approve' | 'reject' | 'revoke'): Promise<Accreditation> {
  const accreditation = await ctx.store.accreditations.get(id);
  if (!accreditation) throw new AppError('not_found', `no accreditation ${id}`);
  if (!canDecide(accreditation.status, decision)) throw new AppError('wrong_state', `cannot ${decision} an accreditation that is ${accreditation.status}`);
  return accreditation;
}

export interface Approval {
  accreditation: Accreditation;
  journalist: User;
  /** The secret of the personal access link; shown once, stored only as a hash. */
  accessToken: string;
  accessExpiresAt: string;
}

/** What the admin says about the applicant's outlet on approval. */
export interface OutletChoice {
  /** For an outlet new to the registry. */
  origin?: Origin | undefined;
  country?: string | undefined;
  /** The registered outlet the application means (one of the candidates): the applied name becomes its alias. */
  outletId?: string | undefined;
  /** Register the applied name as a new outlet even though similar ones are registered. */
  newOutlet?: boolean | undefined;
}

/**
 * The registered outlet an application is for: the one the admin picks, else the one its name
 * means, else a new one, unless it resembles registered outlets and the admin has not confirmed.
 */
async function outletFor(ctx: AppContext, tx: Repositories, accreditation: Accreditation, choice: OutletChoice): Promise<StoredOutlet> {
  const at = ctx.clock.now().toISOString();
  if (choice.outletId) {
    const picked = await tx.outlets.get(choice.outletId);
    if (!picked) throw new AppError('validation_failed', `no outlet ${choice.outletId}`, 'outletId');
    const taken = await tx.outlets.findByName(accreditation.outletName);
    if (taken && taken.id !== picked.id)
      throw new AppError('conflict', `"${accreditation.outletName}" is the outlet ${taken.name}, not ${picked.name}`, 'outletId');
    if (!taken) await tx.outlets.update(picked.id, { aliases: withAliases(picked, [accreditation.outletName]) });
    return picked;
  }
  const known = (accreditation.outletId ? await tx.outlets.get(accreditation.outletId) : null) ?? (await tx.outlets.findByName(accreditation.outletName));
  if (known) return known;
  const near = nearOutlets(accreditation.outletName, await tx.outlets.list());
  if (near.length > 0 && !choice.newOutlet) throw nearDuplicate(accreditation.outletName, near, 'outletId');
  return tx.outlets.create({ name: accreditation.outletName, aliases: [], country: choice.country ?? null, origin: choice.origin ?? 'unknown' }, at);
}

/** Approves an application: the outlet joins the registry (origin as the admin says), the journalist gets an account and a link. */
export async function approve(ctx: AppContext, admin: User, id: string, outletFacts: OutletChoice = {}): Promise<Approval> {
  const accreditation = await requireAccreditation(ctx, id, 'approve');
  return ctx.store.transaction(async (tx) => {
    const outlet = await outletFor(ctx, tx, accreditation, outletFacts);
    const existing = await tx.users.findByEmail(accreditation.email);
    if (existing && existing.role !== 'journalist') throw new AppError('conflict', `${accreditation.email} belongs to a staff account`, 'email');
    let journalist: User;
    if (existing) {
      const { passwordHash: _, ...user } = existing;
      await tx.users.update(user.id, { name: accreditation.name, outletId: outlet.id });
      journalist = { ...user, name: accreditation.name, outletId: outlet.id };
    } else {
      journalist = await tx.users.create(
        { email: accreditation.email, name: accreditation.name, role: 'journalist', passwordHash: null, outletId: outlet.id },
        ctx.clock.now().toISOString(),
      );
    }
    await tx.accreditations.decide(id, { status: 'approved', by: admin.id, userId: journalist.id, outletId: outlet.id }, ctx.clock.now().toISOString());
    const { token, hash } = newToken();
    const accessExpiresAt = linkExpiry(ctx, accreditation);
    // One live link per journalist: a new one retires any unused one handed out before.
    await tx.sessions.expireAccessTokensOf(journalist.id, ctx.clock.now().toISOString());
    await tx.sessions.createAccessToken(hash, journalist.id, id, accessExpiresAt, ctx.clock.now().toISOString());
    return {
      accreditation: { ...accreditation, status: 'approved', userId: journalist.id, outletId: outlet.id, outletName: outlet.name },
      journalist,
      accessToken: token,
      accessExpiresAt,
    };
  });
}

/** A fresh access link for an approved journalist who lost theirs; the links before it stop working. */
export async function reissueLink(ctx: AppContext, id: string): Promise<{ accessToken: string; accessExpiresAt: string }> {
  const accreditation = await ctx.store.accreditations.get(id);
  if (!accreditation) throw new AppError('not_found', `no accreditation ${id}`);
  if (accreditation.status !== 'approved' || !accreditation.userId) throw new AppError('wrong_state', `accreditation is ${accreditation.status}`);
  const userId = accreditation.userId;
  const { token, hash } = newToken();
  const accessExpiresAt = linkExpiry(ctx, accreditation);
  await ctx.store.transaction(async (tx) => {
    await tx.sessions.expireAccessTokensOf(userId, ctx.clock.now().toISOString());
    await tx.sessions.createAccessToken(hash, userId, id, accessExpiresAt, ctx.clock.now().toISOString());
  });
  return { accessToken: token, accessExpiresAt };
}

function linkExpiry(ctx: AppContext, accreditation: Accreditation): string {
  const week = ctx.clock.now().getTime() + ACCESS_LINK_DAYS * 86400_000;
  const periodEnd = accreditation.validUntil ? Date.parse(`${accreditation.validUntil}T23:59:59Z`) : Infinity;
  return new Date(Math.max(ctx.clock.now().getTime() + 3600_000, Math.min(week, periodEnd))).toISOString();
}

export async function reject(ctx: AppContext, admin: User, id: string): Promise<Accreditation> {
  const accreditation = await requireAccreditation(ctx, id, 'reject');
  await ctx.store.accreditations.decide(id, { status: 'rejected', by: admin.id }, ctx.clock.now().toISOString());
  return { ...accreditation, status: 'rejected' };
}

/** Revokes at once: sessions end, unused links die, waiting hands are withdrawn, open streams close. */
export async function revoke(ctx: AppContext, admin: User, id: string): Promise<Accreditation> {
  const accreditation = await requireAccreditation(ctx, id, 'revoke');
  const userId = accreditation.userId;
  await commit(ctx, async (tx, emit, at) => {
    await tx.accreditations.decide(id, { status: 'revoked', by: admin.id }, at);
    if (!userId) return;
    await tx.sessions.revokeAllOf(userId, at);
    await tx.sessions.expireAccessTokensOf(userId, ctx.clock.now().toISOString());
    for (const conferenceId of await tx.hands.withdrawAllOf(userId, at)) {
      const conference = await tx.conferences.infoById(conferenceId);
      if (conference) emit(conferenceId, await queueChangedEvent(tx, conference, ctx.clock.now()));
    }
  });
  if (userId) ctx.bus.publish({ kind: 'close-user', userId });
  return { ...accreditation, status: 'revoked' };
}
