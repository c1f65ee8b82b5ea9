import type { Child, FC } from 'hono/jsx';
import { isStaff } from '../../domain/roles.ts';
import { webAssets } from '../assets.ts';
import { scriptJson, usePage } from './scope.tsx';
import { SETUP_PATH } from './setup-state.ts';

export interface LayoutProps {
  title: string;
  /** The page's script, by its entry name in scripts/build-web.mjs ("live", "admin"…). */
  script?: string;
  /** Data for the script, read from #page-data. */
  data?: unknown;
  /** Consoles use the whole width. */
  wide?: boolean;
  /** A page of the demo conference: it says so at the top. */
  demo?: boolean;
  children?: Child;
}

const SiteNav: FC = () => {
  const { t, user } = usePage();
  const links: [string, string][] = [
    ['/', t.common.archive],
    ['/search', t.common.search],
    ['/analytics', t.common.analytics],
  ];
  if (!user) links.push(['/accreditation', t.common.apply]);
  if (user?.role === 'journalist') links.push(['/journalist', t.common.journalist]);
  if (user && isStaff(user.role)) links.push(['/console', t.common.consoles]);
  if (user?.role === 'admin') links.push(['/admin', t.common.admin]);
  return (
    <nav class="site-nav" aria-label={t.common.siteNav}>
      <a class="brand" href="/">
        presser
      </a>
      <ul>
        {links.map(([href, label]) => (
          <li>
            <a href={href}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
};

const AccountBox: FC = () => {
  const { t, user } = usePage();
  if (!user) {
    return (
      <a class="account" href="/signin">
        {t.common.signIn}
      </a>
    );
  }
  return (
    <form class="account" method="post" action="/signout">
      <span class="who">{user.name}</span> <button type="submit">{t.common.signOut}</button>
    </form>
  );
};

/** A plain form, so the switch works without JavaScript; the server sets a cookie and comes back here. */
const LanguageSwitch: FC = () => {
  const { t, lang, here } = usePage();
  return (
    <form class="lang-switch" method="post" action="/language" aria-label={t.common.language}>
      <input type="hidden" name="back" value={here} />
      <button type="submit" name="lang" value="en" lang="en" aria-pressed={lang === 'en' ? 'true' : 'false'}>
        English
      </button>
      <button type="submit" name="lang" value="zh" lang="zh" aria-pressed={lang === 'zh' ? 'true' : 'false'}>
        中文
      </button>
    </form>
  );
};

export const Layout: FC<LayoutProps> = ({ title, script, data, wide, demo, children }) => {
  const { t, lang, setupPending, here } = usePage();
  const assets = webAssets();
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · presser`}</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href={assets.url('record.css')} />
        <link rel="stylesheet" href={assets.url('site.css')} />
        {script ? <script type="module" src={assets.url(`${script}.js`)}></script> : null}
      </head>
      <body class={wide ? 'wide' : undefined}>
        <a class="skip-link" href="#main">
          {t.common.skipToContent}
        </a>
        <header class="site-header">
          <SiteNav />
          <div class="site-tools">
            <LanguageSwitch />
            <AccountBox />
          </div>
        </header>
        {setupPending && !here.startsWith(SETUP_PATH) ? (
          <p class="setup-banner" role="status">
            {t.setup.banner} <a href={SETUP_PATH}>{t.setup.bannerLink}</a>
          </p>
        ) : null}
        {demo ? (
          <p class="demo-banner" role="note">
            <strong>{t.common.demo}:</strong> {t.common.demoBanner}
          </p>
        ) : null}
        {children}
        {data !== undefined ? <script type="application/json" id="page-data" dangerouslySetInnerHTML={{ __html: scriptJson(data) }}></script> : null}
      </body>
    </html>
  );
};
