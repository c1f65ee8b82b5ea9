// What each interactive page hands its script in #page-data. The scripts under web/ import these
// types, so server and browser agree on the shape.
import type { LengthUnit } from '../../analytics/lengths.ts';
import type { AnalyticsReport } from '../../app/analytics.ts';
import type { OwnHand, QueueView } from '../../app/floor.ts';
import type { PublicTurn } from '../../app/presenters.ts';
import type { PublicationReview } from '../../app/review.ts';
import type { ConferenceStatus } from '../../domain/record.ts';
import type { UserRole } from '../../domain/roles.ts';
import type { Messages, UiLang } from '../../i18n/index.ts';

export type { PublicTurn, QueueView, OwnHand, PublicationReview };

export interface TimeLabels {
  yourTime: string;
  countdown: string;
  countdownDays: string;
}

export interface LivePageData {
  slug: string;
  status: ConferenceStatus;
  /** The planned start (ISO), for the countdown and the switch to live. */
  startsAt: string | null;
  /** The server's clock when the page was rendered, so a wrong device clock does not move the start. */
  serverNow: string;
  times: TimeLabels;
  lastEventId: number;
  languages: string[];
  turns: PublicTurn[];
  t: Messages['live'] & { kinds: Messages['kinds']; replyTo: string; turnLink: string };
}

export interface ConsoleConference {
  slug: string;
  title: string;
  status: ConferenceStatus;
  languages: string[];
  principals: string[];
}

export interface JournalistPageData {
  conference: { slug: string; title: string; status: ConferenceStatus; followUps: boolean; lastEventId: number } | null;
  hand: OwnHand | null;
  t: Pick<Messages, 'journalist' | 'common' | 'statuses' | 'live'>;
}

export interface ModeratePageData {
  conference: ConsoleConference;
  lastEventId: number;
  queue: QueueView;
  turns: PublicTurn[];
  openedAt: Record<number, string>;
  serverNow: string;
  t: Pick<Messages, 'moderate' | 'common' | 'statuses' | 'kinds' | 'origins' | 'live'>;
}

export interface WritePageData {
  conference: ConsoleConference;
  /** The language this console writes: the first language transcribes, another interprets. */
  lang: string;
  uiLang: UiLang;
  lastEventId: number;
  turns: PublicTurn[];
  t: Pick<Messages, 'write' | 'common' | 'kinds' | 'statuses' | 'live'>;
}

export interface AdminPageData {
  uiLang: UiLang;
  role: UserRole;
  /** The signed-in admin, who may not disable their own account. */
  userId: string;
  t: Pick<Messages, 'admin' | 'common' | 'statuses' | 'origins' | 'kinds' | 'embed'>;
}

export interface AnalyticsPageData {
  uiLang: UiLang;
  /** The unit the lengths histogram is drawn in. */
  unit: LengthUnit;
  report: AnalyticsReport;
  t: Pick<Messages, 'analytics' | 'kinds' | 'origins'>;
}
