import type { FC } from 'hono/jsx';
import { fill } from '../../i18n/index.ts';
import { formatInZone } from '../../i18n/time.ts';
import type { Messages } from '../../i18n/index.ts';
import type { ConferenceSummary } from '../../store/store.ts';
import type { TimeLabels } from './page-data.ts';
import { Layout } from './layout.tsx';
import { usePage } from './scope.tsx';

export const timeLabels = (t: Messages): TimeLabels => ({ yourTime: t.archive.yourTime, countdown: t.live.countdown, countdownDays: t.live.countdownDays });

/** A start in the conference's own zone; the page's script adds the reader's own time beside it. */
export const StartTime: FC<{ startsAt: string; timeZone: string | null }> = ({ startsAt, timeZone }) => {
  const { lang } = usePage();
  return (
    <time class="starts-at" dateTime={startsAt} data-zone={timeZone ?? 'UTC'}>
      {formatInZone(startsAt, lang, timeZone)}
    </time>
  );
};

/** A sentence with the start in it ("Starts {when}."), the start marked up as <time>. */
export const StartsAt: FC<{ template: string; startsAt: string; timeZone: string | null }> = ({ template, startsAt, timeZone }) => {
  const [before = '', after = ''] = template.split('{when}');
  return (
    <>
      {before}
      <StartTime startsAt={startsAt} timeZone={timeZone} />
      {after}
    </>
  );
};

const ConferenceItem: FC<{ c: ConferenceSummary }> = ({ c }) => {
  const { t } = usePage();
  return (
    <li>
      <a href={`/c/${c.slug}`} lang={c.languages[0]}>
        {c.title}
      </a>{' '}
      {c.status !== 'published' ? <span class={`badge badge-${c.status}`}>{t.statuses[c.status]}</span> : null}
      {c.demo ? <span class="badge badge-demo">{t.common.demo}</span> : null}
      {(c.status === 'scheduled' || c.status === 'cancelled') && c.startsAt ? (
        <div class="meta">
          <StartsAt template={t.archive.startsAt} startsAt={c.startsAt} timeZone={c.timeZone} />
          {c.venue ? ` · ${c.venue}` : ''}
        </div>
      ) : (
        <div class="meta">{[c.date, c.venue, fill(t.archive.turns, { n: c.turnCount })].filter(Boolean).join(' · ')}</div>
      )}
    </li>
  );
};

const Section: FC<{ id: string; title: string; items: ConferenceSummary[] }> = ({ id, title, items }) =>
  items.length === 0 ? null : (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ol class="conference-list">
        {items.map((c) => (
          <ConferenceItem c={c} />
        ))}
      </ol>
    </section>
  );

/**
 * The home page: live conferences first, then the coming ones with their start (soonest first),
 * then the latest records; staff also see what is not yet published (drafts, imports for review).
 */
export const ArchivePage: FC<{ conferences: ConferenceSummary[]; q: string }> = ({ conferences, q }) => {
  const { t } = usePage();
  const soonest = (a: ConferenceSummary, b: ConferenceSummary) => (a.startsAt ?? a.date ?? '').localeCompare(b.startsAt ?? b.date ?? '');
  const live = conferences.filter((c) => c.status === 'live');
  const upcoming = conferences.filter((c) => c.status === 'scheduled' || c.status === 'cancelled').sort(soonest);
  const records = conferences.filter((c) => c.status === 'published');
  const unpublished = conferences.filter((c) => c.status === 'draft' || c.status === 'ended');
  return (
    <Layout title={t.archive.title} script="times" data={{ t: timeLabels(t) }}>
      <main id="main" class="page archive" tabindex={-1}>
        <h1>{t.archive.title}</h1>
        <form method="get" action="/" role="search" class="filter">
          <label for="q">{t.archive.filter}</label>
          <input id="q" name="q" value={q} type="search" />
          <button type="submit">{t.archive.filter}</button>
        </form>
        <p class="explore">
          {t.archive.explore} <a href="/search">{t.search.title}</a> · <a href="/analytics">{t.analytics.title}</a>
        </p>
        {conferences.length === 0 ? <p>{q ? t.archive.noneMatch : t.archive.none}</p> : null}
        <Section id="live-now" title={t.archive.liveNow} items={live} />
        <Section id="upcoming" title={t.archive.upcoming} items={upcoming} />
        <Section id="records" title={t.archive.records} items={records} />
        <Section id="unpublished" title={t.archive.unpublished} items={unpublished} />
      </main>
    </Layout>
  );
};
