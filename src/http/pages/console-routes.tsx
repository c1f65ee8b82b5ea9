// Pages for signed-in people: the consoles, the journalist's page, the admin page. Each is a server
// frame with its data; a small script makes it interactive through the JSON API and the live stream.
import { interpretedLanguages } from '../../domain/roles.ts';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../app/context.ts';
import { AppError } from '../../app/errors.ts';
import { myHand } from '../../app/floor.ts';
import { accreditedConferences } from '../../app/journalist.ts';
import { moderatorSnapshot, conferenceSnapshot } from '../../app/snapshots.ts';
import { CONSOLE_ROLES, STAFF_ROLES, type User, type UserRole } from '../../domain/roles.ts';
import { fill, languageName } from '../../i18n/index.ts';
import type { ConferenceInfo } from '../../store/store.ts';
import type { HttpEnv } from '../auth.ts';
import { AppShell, ConsoleIndexPage } from './console.tsx';
import { ErrorPage } from './errors.tsx';
import { guardPage } from './guard.ts';
import { JournalistPage } from './journalist.tsx';
import type { AdminPageData, ConsoleConference, JournalistPageData, ModeratePageData, WritePageData } from './page-data.ts';
import { pageScope, renderPage } from './scope.tsx';

type PageHandler = (c: Context<HttpEnv>, user: User) => Promise<Response>;

/** Runs the handler for the admitted roles; the signed-out go to the sign-in form first. */
function forRoles(roles: readonly UserRole[], handler: PageHandler) {
  return async (c: Context<HttpEnv>) => {
    const guard = guardPage(c, roles);
    if ('redirect' in guard) return c.redirect(guard.redirect, 303);
    if ('refused' in guard) return renderPage(c, <ErrorPage status={403} message={guard.refused} />, 403);
    return handler(c, guard.user);
  };
}

function consoleConference(c: ConferenceInfo): ConsoleConference {
  return { slug: c.slug, title: c.title, status: c.status, languages: c.languages, principals: c.principals.map((p) => p.name) };
}

function notFound(slug: string): AppError {
  return new AppError('not_found', `no conference with slug "${slug}"`);
}

export function consolePageRoutes(app: OpenAPIHono<HttpEnv>, ctx: AppContext): void {
  app.get(
    '/console',
    forRoles(STAFF_ROLES, async (c) =>
      renderPage(c, <ConsoleIndexPage conferences={await ctx.store.conferences.list({ status: ['draft', 'scheduled', 'live', 'ended'] })} />),
    ),
  );

  app.get(
    '/console/:slug/moderate',
    forRoles(CONSOLE_ROLES.moderate, async (c) => {
      const slug = c.req.param('slug') ?? '';
      const snapshot = await moderatorSnapshot(ctx, slug);
      if (!snapshot) throw notFound(slug);
      const { t } = pageScope(c);
      const data: ModeratePageData = {
        conference: consoleConference(snapshot.conference),
        lastEventId: snapshot.conference.lastEventId,
        queue: snapshot.queue,
        turns: snapshot.turns,
        openedAt: snapshot.openedAt,
        serverNow: ctx.clock.now().toISOString(),
        t: { moderate: t.moderate, common: t.common, statuses: t.statuses, kinds: t.kinds, origins: t.origins, live: t.live },
      };
      const heading = `${t.moderate.title}: ${snapshot.conference.title}`;
      return renderPage(c, <AppShell title={heading} heading={heading} script="moderate" data={data} />);
    }),
  );

  app.get(
    '/console/:slug/write',
    forRoles(['transcriber', 'interpreter', 'moderator', 'admin'], async (c, user) => {
      const slug = c.req.param('slug') ?? '';
      const snapshot = await conferenceSnapshot(ctx, slug);
      if (!snapshot) throw notFound(slug);
      const { languages } = snapshot.conference;
      const asked = c.req.query('lang');
      const lang = asked ?? (user.role === 'interpreter' ? (languages[1] ?? languages[0]) : languages[0]) ?? 'en';
      if (!languages.includes(lang)) throw new AppError('not_found', `this conference is not recorded in "${lang}"; its languages are ${languages.join(', ')}`);
      if (user.role === 'interpreter' && !interpretedLanguages(languages).includes(lang)) {
        // The floor language is the transcribers'; an interpreter is sent to the language they write.
        const into = interpretedLanguages(languages)[0];
        if (!into) throw new AppError('forbidden', 'this conference has one language only: there is nothing to interpret into');
        return c.redirect(`/console/${encodeURIComponent(slug)}/write?lang=${encodeURIComponent(into)}`, 303);
      }
      const scope = pageScope(c);
      const { t } = scope;
      const data: WritePageData = {
        conference: consoleConference(snapshot.conference),
        lang,
        uiLang: scope.lang,
        lastEventId: snapshot.conference.lastEventId,
        turns: snapshot.turns,
        t: { write: t.write, common: t.common, kinds: t.kinds, statuses: t.statuses, live: t.live },
      };
      const role = lang === languages[0] ? t.write.transcriber : fill(t.write.interpreter, { lang: languageName(lang, scope.lang) });
      const heading = `${role}: ${snapshot.conference.title}`;
      return renderPage(c, <AppShell title={heading} heading={heading} script="write" data={data} />);
    }),
  );

  app.get(
    '/journalist',
    forRoles(['journalist'], async (c, user) => {
      const conferences = await accreditedConferences(ctx, user);
      const wanted = c.req.query('c');
      const chosen = conferences.find((x) => x.slug === wanted) ?? conferences[0];
      // The event id is read before the hand, so a change in between arrives again on the stream.
      const info = chosen ? await ctx.store.conferences.info(chosen.slug) : null;
      const hand = info ? await myHand(ctx, user, info.slug) : null;
      const { t } = pageScope(c);
      const data: JournalistPageData = {
        conference: info
          ? { slug: info.slug, title: info.title, status: info.status, followUps: info.settings.followUps, lastEventId: info.lastEventId }
          : null,
        hand,
        t: { journalist: t.journalist, common: t.common, statuses: t.statuses, live: t.live },
      };
      return renderPage(c, <JournalistPage conferences={conferences} data={data} />);
    }),
  );

  app.get(
    '/admin',
    forRoles(['admin'], async (c, user) => {
      const scope = pageScope(c);
      const { t } = scope;
      const data: AdminPageData = {
        uiLang: scope.lang,
        role: user.role,
        userId: user.id,
        t: { admin: t.admin, common: t.common, statuses: t.statuses, origins: t.origins, kinds: t.kinds, embed: t.embed },
      };
      return renderPage(c, <AppShell title={t.admin.title} heading={t.admin.title} script="admin" data={data} />);
    }),
  );
}
