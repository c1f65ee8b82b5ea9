import type { FC } from 'hono/jsx';
import { fill, languageName } from '../../i18n/index.ts';
import { CONSOLE_ROLES } from '../../domain/roles.ts';
import type { ConferenceSummary } from '../../store/store.ts';
import { Layout } from './layout.tsx';
import { usePage } from './scope.tsx';

/** The frame of an interactive page: a heading, and the element its script renders into. */
export const AppShell: FC<{ title: string; heading: string; script: string; data: unknown; wide?: boolean }> = ({ title, heading, script, data, wide }) => {
  const { t } = usePage();
  return (
    <Layout title={title} script={script} data={data} wide={wide ?? true}>
      <main id="main" class="page console" tabindex={-1}>
        <h1>{heading}</h1>
        <div id="app">
          <noscript>
            <p class="form-error">{t.common.needsScript}</p>
          </noscript>
        </div>
      </main>
    </Layout>
  );
};

/** Staff's list of conferences with the way into each console. */
export const ConsoleIndexPage: FC<{ conferences: ConferenceSummary[] }> = ({ conferences }) => {
  const { t, lang, user } = usePage();
  // Each role is offered only the consoles it may open (the routes check the same lists).
  const role = user?.role ?? 'journalist';
  const may = (roles: readonly string[]) => roles.includes(role);
  return (
    <Layout title={t.common.consoles}>
      <main id="main" class="page" tabindex={-1}>
        <h1>{t.common.consolesTitle}</h1>
        {conferences.length === 0 ? <p>{t.admin.none}</p> : null}
        <ul class="conference-list">
          {conferences.map((c) => (
            <li>
              <a href={`/c/${c.slug}`}>{c.title}</a> <span class={`badge badge-${c.status}`}>{t.statuses[c.status]}</span>
              <div class="meta">{c.date ?? ''}</div>
              <div class="links">
                {may(CONSOLE_ROLES.moderate) ? <a href={`/console/${c.slug}/moderate`}>{t.admin.moderate}</a> : null}
                {may(CONSOLE_ROLES.transcribe) ? <a href={`/console/${c.slug}/write`}>{t.admin.write}</a> : null}
                {(may(CONSOLE_ROLES.interpret) ? c.languages.slice(1) : []).map((l) => (
                  <a href={`/console/${c.slug}/write?lang=${encodeURIComponent(l)}`}>{fill(t.admin.interpret, { lang: languageName(l, lang) })}</a>
                ))}
              </div>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
};
