// Accreditation: a journalist's permission to take part, for one conference or a period.

export const ACCREDITATION_STATUSES = ['pending', 'approved', 'rejected', 'revoked'] as const;
export type AccreditationStatus = (typeof ACCREDITATION_STATUSES)[number];

export interface Accreditation {
  id: string;
  name: string;
  email: string;
  outletName: string;
  outletId: string | null;
  conferenceId: string | null;
  /** Inclusive YYYY-MM-DD bounds when accredited for a period instead of one conference. */
  validFrom: string | null;
  validUntil: string | null;
  status: AccreditationStatus;
  userId: string | null;
  createdAt: string;
  decidedAt: string | null;
  /** The interface language the application was made in (en, zh), for the e-mail and pages sent back. */
  lang: string | null;
}

/** Does this accreditation admit its holder to the given conference? */
export function admits(
  a: Pick<Accreditation, 'status' | 'conferenceId' | 'validFrom' | 'validUntil'>,
  conference: { id: string; date: string | null },
  today: string,
): boolean {
  if (a.status !== 'approved') return false;
  if (a.conferenceId !== null) return a.conferenceId === conference.id;
  const day = conference.date ?? today;
  return (a.validFrom === null || a.validFrom <= day) && (a.validUntil === null || day <= a.validUntil);
}

const DECISIONS: Record<'approve' | 'reject' | 'revoke', readonly AccreditationStatus[]> = {
  approve: ['pending', 'rejected'],
  reject: ['pending'],
  revoke: ['approved'],
};

export function canDecide(status: AccreditationStatus, decision: keyof typeof DECISIONS): boolean {
  return DECISIONS[decision].includes(status);
}
