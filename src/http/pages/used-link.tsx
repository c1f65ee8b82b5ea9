// The page of an access link that no longer works (used, expired or withdrawn), in the journalist's
// language (the browser's, or the switch's): what happened and what to do next. A journalist who is
// already signed in on this device is taken to their page instead.
import type { Context } from 'hono';
import type { HttpEnv } from '../auth.ts';
import { Layout } from './layout.tsx';
import { renderPage, usePage } from './scope.tsx';

const UsedLinkPage = () => {
  const { t } = usePage();
  return (
    <Layout title={t.errors.linkUsedTitle}>
      <main id="main" class="page narrow" tabindex={-1}>
        <h1>{t.errors.linkUsedTitle}</h1>
        <p>{t.errors.linkUsed}</p>
        <p>{t.errors.linkNext}</p>
        <p>
          <a href="/journalist">{t.errors.myConferences}</a> · <a href="/">{t.errors.backHome}</a>
        </p>
      </main>
    </Layout>
  );
};

export function usedLinkPage(c: Context<HttpEnv>): Response {
  if (c.get('user')?.role === 'journalist') return c.redirect('/journalist', 303);
  return renderPage(c, <UsedLinkPage />, 401);
}
