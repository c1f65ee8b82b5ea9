// The embed page (/embed/SLUG): a conference's live view, compact, for a ministry's own site to show
// in an iframe. It is the public live page without the site around it, driven by the same script,
// and it is the one page other sites may frame: only the origins an admin lists (frame-ancestors).
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { FC } from 'hono/jsx';
import type { AppContext } from '../../app/context.ts';
import { embedOrigins } from '../../app/embed.ts';
import { AppError } from '../../app/errors.ts';
import type { PublicTurn } from '../../app/presenters.ts';
import { conferenceSnapshot } from '../../app/snapshots.ts';
import { frameAncestors } from '../../domain/embed-origin.ts';
import type { ConferenceInfo } from '../../store/store.ts';
import { isUiLang, UI_LANGS, type UiLang } from '../../i18n/index.ts';
import type { HttpEnv } from '../auth.ts';
import { webAssets } from '../assets.ts';
import { timeLabels } from './archive.tsx';
import { LiveBar, LiveBody } from './live-body.tsx';
import type { LivePageData } from './page-data.ts';
import { renderEmbed, scriptJson, uiLanguage, usePage } from './scope.tsx';

/** What the public may see embedded: a draft does not reveal it exists. */
const EMBEDDABLE = new Set(['scheduled', 'live', 'ended', 'published']);

interface EmbedPageProps {
  conference: ConferenceInfo;
  turns: PublicTurn[];
  serverNow: string;
  /** The record language the address asks to show first (?show=), if the conference has it. */
  show: string | null;
}

const EMBED_NAMES: Record<UiLang, string> = { en: 'English', zh: '中文' };

/** Interface language as plain links: a cookie set inside another site's frame would not come back. */
const UiLanguageLinks: FC<{ slug: string; show: string | null }> = ({ slug, show }) => {
  const { t, lang } = usePage();
  return (
    <nav class="embed-ui-lang" aria-label={t.embed.interfaceLanguage}>
      {UI_LANGS.map((ui) => (
        <a
          href={`/embed/${encodeURIComponent(slug)}?ui=${ui}${show ? `&show=${encodeURIComponent(show)}` : ''}`}
          lang={ui}
          aria-current={ui === lang ? 'true' : undefined}
        >
          {EMBED_NAMES[ui]}
        </a>
      ))}
    </nav>
  );
};

export const EmbedPage: FC<EmbedPageProps> = ({ conference: c, turns, serverNow, show }) => {
  const { t, lang } = usePage();
  const assets = webAssets();
  const data: LivePageData = {
    slug: c.slug,
    status: c.status,
    startsAt: c.startsAt,
    serverNow,
    times: timeLabels(t),
    lastEventId: c.lastEventId,
    languages: c.languages,
    turns,
    t: { ...t.live, kinds: t.kinds, replyTo: t.record.replyTo, turnLink: t.record.turnLink },
  };
  const note = c.status === 'scheduled' ? t.live.scheduled : c.status === 'ended' ? t.live.ended : c.status === 'published' ? t.live.published : '';
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${c.title} · presser`}</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href={assets.url('record.css')} />
        <link rel="stylesheet" href={assets.url('site.css')} />
        <script type="module" src={assets.url('live.js')}></script>
      </head>
      <body class="embed">
        <main id="main" class="record live embed-main" data-status={c.status}>
          <header class="embed-head">
            <h1 lang={c.languages[0]}>
              <a href={`/c/${encodeURIComponent(c.slug)}`} target="_blank" rel="noopener">
                {c.title}
                <span class="visually-hidden"> {t.embed.newWindow}</span>
              </a>
            </h1>
            <span class={`badge badge-${c.status}`}>{t.statuses[c.status]}</span>
            {c.demo ? <span class="badge badge-demo">{t.common.demo}</span> : null}
            <UiLanguageLinks slug={c.slug} show={show} />
          </header>
          <LiveBar languages={c.languages} shown={show ?? 'both'} t={t} lang={lang} />
          <LiveBody conference={c} turns={turns} note={note} t={t} />
          <p class="embed-foot">
            <a href={`/c/${encodeURIComponent(c.slug)}`} target="_blank" rel="noopener">
              {t.embed.fullPage}
              <span class="visually-hidden"> {t.embed.newWindow}</span>
            </a>{' '}
            · presser
          </p>
        </main>
        <script type="application/json" id="page-data" dangerouslySetInnerHTML={{ __html: scriptJson(data) }}></script>
      </body>
    </html>
  );
};

export function embedPageRoutes(app: OpenAPIHono<HttpEnv>, ctx: AppContext): void {
  app.get('/embed/:slug', async (c) => {
    const slug = c.req.param('slug');
    const snapshot = await conferenceSnapshot(ctx, slug);
    // The public view, whoever is signed in: the page is shown on another site.
    if (!snapshot || !EMBEDDABLE.has(snapshot.conference.status)) throw new AppError('not_found', `no conference with slug "${slug}"`);
    const { conference } = snapshot;
    const ui = c.req.query('ui');
    const show = c.req.query('show');
    const readable = conference.status === 'live' || conference.status === 'published';
    return renderEmbed(
      c,
      <EmbedPage
        conference={conference}
        turns={readable ? snapshot.turns : []}
        serverNow={ctx.clock.now().toISOString()}
        show={show && conference.languages.includes(show) ? show : null}
      />,
      isUiLang(ui) ? ui : uiLanguage(c),
      frameAncestors(await embedOrigins(ctx)),
    );
  });
}
