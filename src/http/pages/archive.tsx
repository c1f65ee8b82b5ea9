import type { FC } from 'hono/jsx';
import { fill } from '../../i18n/index.ts';
import type { ConferenceSummary } from '../../store/store.ts';
import { Layout } from './layout.tsx';
import { usePage } from './scope.tsx';

/** The archive: every conference the public may see, newest first, with a filter. */
export const ArchivePage: FC<{ conferences: ConferenceSummary[]; q: string }> = ({ conferences, q }) => {
  const { t } = usePage();
  return (
    <Layout title={t.archive.title}>
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
        <ol class="conference-list">
          {conferences.map((c) => (
            <li>
              <a href={`/c/${c.slug}`} lang={c.languages[0]}>
                {c.title}
              </a>
              {c.status === 'live' ? <span class="badge badge-live">{t.statuses.live}</span> : null}
              <div class="meta">{[c.date, c.venue, fill(t.archive.turns, { n: c.turnCount })].filter(Boolean).join(' · ')}</div>
            </li>
          ))}
        </ol>
      </main>
    </Layout>
  );
};
