import type { FC } from 'hono/jsx';
import type { AccreditedConference } from '../../app/journalist.ts';
import { Layout } from './layout.tsx';
import type { JournalistPageData } from './page-data.ts';
import { usePage } from './scope.tsx';

/** A journalist's page: their accredited conferences, and for the chosen one the hand to raise. */
export const JournalistPage: FC<{ conferences: AccreditedConference[]; data: JournalistPageData }> = ({ conferences, data }) => {
  const { t } = usePage();
  const selected = data.conference?.slug;
  // A cancelled conference has no hand to raise: it says so instead.
  const cancelled = data.conference?.status === 'cancelled';
  const hands = data.conference && !cancelled;
  return (
    <Layout title={t.journalist.title} script={hands ? 'journalist' : undefined} data={hands ? data : undefined}>
      <main id="main" class="page journalist" tabindex={-1}>
        <h1>{t.journalist.title}</h1>
        {conferences.length === 0 ? <p>{t.journalist.none}</p> : null}
        {conferences.length > 1 ? (
          <nav aria-label={t.journalist.conferences}>
            <ul class="pick-list">
              {conferences.map((c) => (
                <li>
                  <a href={`/journalist?c=${encodeURIComponent(c.slug)}`} aria-current={c.slug === selected ? 'page' : undefined}>
                    {c.title}
                  </a>{' '}
                  <span class={`badge badge-${c.status}`}>{t.statuses[c.status]}</span>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {data.conference ? (
          <section class="hand-section" aria-labelledby="conference-title">
            <h2 id="conference-title">
              {data.conference.title}
              {cancelled ? (
                <>
                  {' '}
                  <span class="badge badge-cancelled">{t.statuses.cancelled}</span>
                </>
              ) : null}
            </h2>
            {cancelled ? (
              <p class="notice" role="status">
                {t.live.cancelled}
              </p>
            ) : (
              <div id="app">
                <noscript>
                  <p class="form-error">{t.common.needsScript}</p>
                </noscript>
              </div>
            )}
            <p>
              <a href={`/c/${data.conference.slug}`}>{t.journalist.follow}</a>
            </p>
          </section>
        ) : null}
      </main>
    </Layout>
  );
};
