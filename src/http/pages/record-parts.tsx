// Pieces shared by the record page and the live page: the conference's facts, the turn labels in
// the interface language, and a turn's correction history.
import type { FC } from 'hono/jsx';
import type { RevisionView } from '../../app/writing.ts';
import type { Conference } from '../../domain/record.ts';
import { fill, languageName, type Messages } from '../../i18n/index.ts';
import { formatInZone, zoneAbbreviation } from '../../i18n/time.ts';
import type { TurnLabels } from '../../transcript/export/html.tsx';
import { usePage } from './scope.tsx';

export function turnLabels(t: Messages, paragraphLinks: boolean): TurnLabels {
  return {
    kinds: t.kinds,
    replyTo: (seq) => fill(t.record.replyTo, { seq }),
    turnLink: (seq) => fill(t.record.turnLink, { seq }),
    ...(paragraphLinks ? { paragraphLink: t.record.paragraphLink } : {}),
  };
}

export const ConferenceFacts: FC<{ conference: Conference }> = ({ conference: c }) => {
  const { t, lang } = usePage();
  const f = t.record.facts;
  const rows: [string, string | null][] = [
    [f.date, c.date],
    // The time in the conference's own zone with the zone's abbreviation ("10:00 GMT+8, Asia/Shanghai").
    [
      f.time,
      c.time
        ? `${c.time}${c.timeZone && c.date ? ` ${zoneAbbreviation(zoneDate(c.date, c.time), lang, c.timeZone)}` : ''}${c.timeZone ? ` (${c.timeZone})` : ''}`
        : null,
    ],
    [f.venue, c.venue],
    [f.occasion, c.occasion],
    [f.host, c.host],
    [f.topic, c.topic],
    [f.languages, c.languages.length > 1 ? c.languages.map((l) => languageName(l, lang)).join(', ') : null],
  ];
  return (
    <dl class="facts">
      {rows
        .filter((r): r is [string, string] => Boolean(r[1]))
        .map(([k, v]) => (
          <>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </>
        ))}
    </dl>
  );
};

/** Noon UTC of the conference's day is close enough to pick the zone's abbreviation (summer or winter time). */
function zoneDate(date: string, time: string): Date {
  const at = new Date(`${date}T${/^\d{2}:\d{2}$/.test(time) ? time : '12:00'}:00Z`);
  return Number.isNaN(at.getTime()) ? new Date() : at;
}

/** A moment in the conference's zone, with the zone's abbreviation. */
export function formatWhen(iso: string, lang: string, timeZone: string | null): string {
  return formatInZone(iso, lang, timeZone);
}

/** Every revision of a turn: the first text, then each correction as a word diff, with who and when. */
export const CorrectionHistory: FC<{ seq: number; revisions: RevisionView[]; timeZone: string | null }> = ({ seq, revisions, timeZone }) => {
  const { t, lang } = usePage();
  return (
    <details class="history">
      <summary>{t.record.corrected}</summary>
      <h2 class="visually-hidden">{fill(t.record.history, { seq })}</h2>
      <ol>
        {revisions.map((r) => (
          <li>
            <p class="revision-head">
              {r.revision === 0 ? t.record.original : fill(t.record.revision, { n: r.revision })}
              {r.revision > 0
                ? ` · ${fill(t.record.revisionBy, { when: formatWhen(r.at, lang, timeZone), name: r.byRole ? t.record.editorRoles[r.byRole] : '?' })}`
                : ''}
            </p>
            {Object.entries(r.revision === 0 ? Object.fromEntries(Object.entries(r.text).map(([l, text]) => [l, [{ value: text }]])) : r.diff).map(
              ([l, parts]) => (
                <p class="revision-text" lang={l}>
                  {parts.map((part) =>
                    'removed' in part && part.removed ? (
                      <del>
                        <span class="visually-hidden">[{t.record.deleted}: </span>
                        {part.value}
                        <span class="visually-hidden">]</span>
                      </del>
                    ) : 'added' in part && part.added ? (
                      <ins>
                        <span class="visually-hidden">[{t.record.inserted}: </span>
                        {part.value}
                        <span class="visually-hidden">]</span>
                      </ins>
                    ) : (
                      part.value
                    ),
                  )}
                </p>
              ),
            )}
          </li>
        ))}
      </ol>
    </details>
  );
};
