// The default floor policy: who should ask next, and why.
//   1. an outlet that has not yet asked in this conference goes before one that has;
//   2. domestic and foreign outlets alternate while both wait;
//   3. otherwise, first come, first served.
// Per-outlet limits and follow-ups are settings of the conference. The moderator may always
// pick someone else; that choice is logged as an override.
import type { Origin } from './record.ts';

export interface FloorSettings {
  /** Questions one outlet may ask in this conference; null for no limit. */
  perOutletLimit: number | null;
  /** May the journalist who just asked follow up at once? */
  followUps: boolean;
  /** Alternate domestic and foreign outlets while both wait. */
  alternateOrigins: boolean;
  /** Publish the floor log (picks, skips, overrides) with the record. */
  publishFloorLog: boolean;
}

export const DEFAULT_FLOOR_SETTINGS: FloorSettings = {
  perOutletLimit: null,
  followUps: true,
  alternateOrigins: true,
  publishFloorLog: false,
};

export interface WaitingHand {
  id: string;
  userId: string;
  /** The outlet's identity for counting; a journalist without a known outlet counts alone. */
  outletKey: string;
  origin: Origin;
  raisedAt: string;
  followUp: boolean;
}

export interface FloorHistory {
  /** Questions each outlet has asked in this conference. */
  questionsByOutlet: ReadonlyMap<string, number>;
  /** Whom the floor was last given to, if anyone. */
  last: { userId: string; origin: Origin } | null;
}

/** A reason for a hand's place, as data, so each interface language can say it. */
export type FloorReason =
  | { code: 'limit'; limit: number }
  | { code: 'noFollowUps' }
  | { code: 'followUp' }
  | { code: 'notAsked' }
  | { code: 'asked'; n: number }
  | { code: 'alternate'; origin: Origin; after: Origin };

export interface RankedHand<H extends WaitingHand = WaitingHand> {
  hand: H;
  /** 1-based place in the policy's order. */
  position: number;
  eligible: boolean;
  /** Why the hand is where it is, in words a moderator reads (English). */
  reasons: string[];
  /** The same reasons as data, for the interface's language. */
  why: FloorReason[];
}

export function rankHands<H extends WaitingHand>(hands: readonly H[], history: FloorHistory, settings: FloorSettings): RankedHand<H>[] {
  const asked = (h: WaitingHand) => history.questionsByOutlet.get(h.outletKey) ?? 0;
  const isFollowUp = (h: WaitingHand) => h.followUp && history.last?.userId === h.userId;
  const ineligibility = (h: WaitingHand): string | null => {
    if (settings.perOutletLimit !== null && asked(h) >= settings.perOutletLimit) return `outlet reached its limit of ${settings.perOutletLimit}`;
    if (!settings.followUps && history.last?.userId === h.userId) return 'follow-ups are not allowed';
    return null;
  };
  const eligible = hands.filter((h) => ineligibility(h) === null);
  const lastOrigin = history.last?.origin;
  const opposite: Origin | null = lastOrigin === 'domestic' ? 'foreign' : lastOrigin === 'foreign' ? 'domestic' : null;
  const bothWait = opposite !== null && eligible.some((h) => h.origin === opposite) && eligible.some((h) => h.origin === lastOrigin);
  const preferOrigin = settings.alternateOrigins && bothWait ? opposite : null;

  const keyed = hands.map((hand) => {
    const blocked = ineligibility(hand);
    const followUp = settings.followUps && isFollowUp(hand);
    const reasons: string[] = [];
    const why: FloorReason[] = [];
    if (blocked) {
      reasons.push(blocked);
      why.push(
        settings.perOutletLimit !== null && asked(hand) >= settings.perOutletLimit
          ? { code: 'limit', limit: settings.perOutletLimit }
          : { code: 'noFollowUps' },
      );
    }
    if (followUp) {
      reasons.push('follow-up');
      why.push({ code: 'followUp' });
    }
    reasons.push(asked(hand) === 0 ? 'outlet has not asked yet' : `outlet has asked ${asked(hand)}×`);
    why.push(asked(hand) === 0 ? { code: 'notAsked' } : { code: 'asked', n: asked(hand) });
    if (preferOrigin && hand.origin === preferOrigin && lastOrigin) {
      reasons.push(`${preferOrigin} after ${lastOrigin}`);
      why.push({ code: 'alternate', origin: preferOrigin, after: lastOrigin });
    }
    const key = [blocked ? 1 : 0, followUp ? 0 : 1, asked(hand) === 0 ? 0 : 1, preferOrigin && hand.origin === preferOrigin ? 0 : 1];
    return { hand, key, blocked, reasons, why };
  });
  keyed.sort((a, b) => compareKeys(a.key, b.key) || a.hand.raisedAt.localeCompare(b.hand.raisedAt) || a.hand.id.localeCompare(b.hand.id));
  return keyed.map((k, i) => ({ hand: k.hand, position: i + 1, eligible: k.blocked === null, reasons: k.reasons, why: k.why }));
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** The hand the policy gives the floor to, or null when no waiting hand is eligible. */
export function policyPick<H extends WaitingHand>(hands: readonly H[], history: FloorHistory, settings: FloorSettings): H | null {
  const first = rankHands(hands, history, settings)[0];
  return first?.eligible ? first.hand : null;
}

export function floorAnnouncement(journalist: string | null, outlet: string | null): string {
  const who = [journalist, outlet].filter(Boolean).join(', ');
  return `Next question: ${who || 'the floor is open'}`;
}
