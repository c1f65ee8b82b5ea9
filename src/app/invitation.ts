// The e-mail a journalist receives on approval: the personal link, how long it works, the
// conference's start in its own zone, and a calendar invitation (.ics) for the conference.
import { createEvent } from 'ics';
import type { Accreditation } from '../domain/accreditation.ts';
import { CATALOGS, fill, isUiLang, type UiLang } from '../i18n/index.ts';
import { formatInZone } from '../i18n/time.ts';
import type { ConferenceInfo } from '../store/store.ts';
import type { MailAttachment, MailMessage } from './mailer.ts';

/** The planned length of a conference in the invitation, when nothing else says. */
const INVITATION_HOURS = 1;

/** A calendar file (RFC 5545) for a conference with a planned start, or null without one. */
export function calendarInvitation(conference: ConferenceInfo, pageUrl: string): MailAttachment | null {
  if (!conference.startsAt) return null;
  const start = new Date(conference.startsAt);
  const { error, value } = createEvent({
    uid: `${conference.id}@presser`,
    title: conference.title,
    start: start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { hours: INVITATION_HOURS },
    ...(conference.venue ? { location: conference.venue } : {}),
    url: pageUrl,
    description: pageUrl,
    productId: 'presser',
  });
  if (error || !value) return null;
  return { filename: 'invitation.ics', content: value, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' };
}

export function accessLinkMail(input: {
  accreditation: Accreditation;
  conference: ConferenceInfo | null;
  link: string;
  expiresAt: string;
  siteUrl: string;
}): MailMessage {
  const lang: UiLang = input.accreditation.lang && isUiLang(input.accreditation.lang) ? input.accreditation.lang : 'en';
  const m = CATALOGS[lang].mail;
  const c = input.conference;
  const lines = [
    fill(m.greeting, { name: input.accreditation.name }),
    '',
    c
      ? fill(m.approvedFor, { title: c.title })
      : fill(m.approvedPeriod, { from: input.accreditation.validFrom ?? '…', until: input.accreditation.validUntil ?? '…' }),
    ...(c?.startsAt ? [fill(m.startsAt, { when: formatInZone(c.startsAt, lang, c.timeZone) })] : []),
    ...(c?.venue ? [fill(m.venue, { venue: c.venue })] : []),
    '',
    m.link,
    input.link,
    '',
    fill(m.once, { until: formatInZone(input.expiresAt, lang, c?.timeZone ?? null) }),
    ...(c ? ['', fill(m.follow, { url: `${input.siteUrl}/c/${c.slug}` })] : []),
  ];
  const invitation = c ? calendarInvitation(c, `${input.siteUrl}/c/${c.slug}`) : null;
  return {
    to: input.accreditation.email,
    subject: c ? fill(m.subject, { title: c.title }) : m.subjectPeriod,
    text: `${lines.join('\n')}\n`,
    ...(invitation ? { attachments: [invitation] } : {}),
  };
}
