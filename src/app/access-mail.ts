// Approving and sending: the approval commits first (nothing acknowledged is lost), then the link goes
// out by e-mail when a mail server is set up; a failed send is reported, never hidden, and the admin
// still has the link to hand over.
import type { User } from '../domain/roles.ts';
import { approve, reissueLink, type OutletChoice } from './accreditation.ts';
import type { AppContext } from './context.ts';
import { AppError } from './errors.ts';
import { accessLinkMail } from './invitation.ts';
import type { Accreditation } from '../domain/accreditation.ts';

export interface SentLink {
  accreditation: Accreditation;
  accessLink: string;
  accessExpiresAt: string;
  /** True once the mail server accepted the message. */
  emailed: boolean;
  /** Why it was not e-mailed: "no_mailer", or the server's reason. */
  emailError: string | null;
}

/** Where links point: the public address, and the link of a token on it. */
export interface SiteAddress {
  base: string;
}

async function sendLink(ctx: AppContext, site: SiteAddress, accreditation: Accreditation, token: string, expiresAt: string): Promise<SentLink> {
  const accessLink = `${site.base}/access/${token}`;
  const sent: SentLink = { accreditation, accessLink, accessExpiresAt: expiresAt, emailed: false, emailError: null };
  if (!ctx.mailer) return { ...sent, emailError: 'no_mailer' };
  const conference = accreditation.conferenceId ? await ctx.store.conferences.infoById(accreditation.conferenceId) : null;
  try {
    await ctx.mailer.send(accessLinkMail({ accreditation, conference, link: accessLink, expiresAt, siteUrl: site.base }));
    return { ...sent, emailed: true };
  } catch (error) {
    return { ...sent, emailError: error instanceof Error ? error.message : String(error) };
  }
}

export async function approveAndSend(ctx: AppContext, admin: User, id: string, facts: OutletChoice, site: SiteAddress): Promise<SentLink> {
  const approval = await approve(ctx, admin, id, facts);
  return sendLink(ctx, site, approval.accreditation, approval.accessToken, approval.accessExpiresAt);
}

export async function reissueAndSend(ctx: AppContext, id: string, site: SiteAddress): Promise<SentLink> {
  const link = await reissueLink(ctx, id);
  const accreditation = await ctx.store.accreditations.get(id);
  if (!accreditation) throw new AppError('not_found', `no accreditation ${id}`);
  return sendLink(ctx, site, accreditation, link.accessToken, link.accessExpiresAt);
}

export type BulkResult = { id: string; ok: true; sent: SentLink } | { id: string; ok: false; code: string; message: string };

/** Approves several applications one by one; one that cannot be approved does not stop the others. */
export async function approveMany(ctx: AppContext, admin: User, items: ({ id: string } & OutletChoice)[], site: SiteAddress): Promise<BulkResult[]> {
  const results: BulkResult[] = [];
  for (const item of items) {
    try {
      results.push({ id: item.id, ok: true, sent: await approveAndSend(ctx, admin, item.id, item, site) });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ id: item.id, ok: false, code: error.code, message: error.message });
    }
  }
  return results;
}
