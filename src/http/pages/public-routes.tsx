// Pages anyone may open: the archive, a conference's page (live, then the record), the language switch.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { setCookie } from 'hono/cookie';
import type { AppContext } from '../../app/context.ts';
import { AppError } from '../../app/errors.ts';
import { conferenceSnapshot } from '../../app/snapshots.ts';
import { turnRevisions, type RevisionView } from '../../app/writing.ts';
import { isStaff } from '../../domain/roles.ts';
import { isUiLang } from '../../i18n/index.ts';
import { exportExtension, exportMediaType, exportProblem, exportRecord, isExportFormat } from '../../transcript/export/index.ts';
import { roleOf, type HttpEnv } from '../auth.ts';
import { findVisibleRecord, PUBLIC_STATUSES, visibleStatuses } from '../conferences.ts';
import { publishedFloorLog } from '../../app/floor.ts';
import { toJson } from '../../transcript/export/json.ts';
import { ArchivePage } from './archive.tsx';
import { formFields, formLimit, localPath, sameOriginForm } from './forms.ts';
import { LivePage } from './live.tsx';
import { RecordPage } from './record.tsx';
import { LANG_COOKIE, renderPage } from './scope.tsx';

export function publicPageRoutes(app: OpenAPIHono<HttpEnv>, ctx: AppContext): void {
  const { store } = ctx;

  app.get('/', async (c) => {
    const q = (c.req.query('q') ?? '').slice(0, 200);
    // The public sees what is live, coming (scheduled, with its start, or cancelled) and published; staff see everything.
    const statuses = isStaff(roleOf(c)) ? undefined : [...PUBLIC_STATUSES, 'scheduled' as const, 'cancelled' as const];
    const dayAgo = ctx.clock.now().getTime() - 86_400_000;
    // A cancellation is news until the day it would have been.
    const conferences = (await store.conferences.list({ ...(statuses ? { status: statuses } : {}), ...(q ? { text: q } : {}) })).filter(
      (c) => c.status !== 'cancelled' || !c.startsAt || Date.parse(c.startsAt) > dayAgo,
    );
    return renderPage(c, <ArchivePage conferences={conferences} q={q} />);
  });

  // One address before, during and after: a notice before, the live record during, the published record after.
  app.get('/c/:name', async (c) => {
    const name = c.req.param('name');
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? name.slice(dot + 1) : '';
    if (isExportFormat(ext)) {
      const record = await findVisibleRecord(store, name.slice(0, dot), visibleStatuses(c));
      const problem = exportProblem(record, ext);
      if (problem) throw new AppError('wrong_state', `${record.conference.slug}: ${problem}`);
      const floorLog = ext === 'json' ? await publishedFloorLog(ctx, record.conference.slug) : null;
      return c.body(floorLog ? toJson(record, { floorLog }) : await exportRecord(record, ext), 200, {
        'content-type': exportMediaType(ext),
        'content-disposition': `inline; filename="${record.conference.slug}.${exportExtension(ext)}"`,
      });
    }
    const staff = isStaff(roleOf(c));
    const info = await store.conferences.info(name);
    // Drafts do not reveal they exist.
    if (!info || (info.status === 'draft' && !staff)) throw new AppError('not_found', `no conference with slug "${name}"`);
    if (info.status === 'published') {
      const record = await findVisibleRecord(store, name, visibleStatuses(c));
      const corrections = new Map<number, RevisionView[]>();
      for (const seq of await store.turns.correctedSeqs(info.id)) corrections.set(seq, await turnRevisions(ctx, name, seq, 'public'));
      const show = c.req.query('show');
      return renderPage(
        c,
        <RecordPage
          record={record}
          corrections={corrections}
          floorLog={await publishedFloorLog(ctx, name)}
          show={show && record.conference.languages.includes(show) ? show : null}
          demo={info.demo}
        />,
      );
    }
    const snapshot = await conferenceSnapshot(ctx, name);
    if (!snapshot) throw new AppError('not_found', `no conference with slug "${name}"`);
    // Published a moment ago: the record page is the answer now.
    if (snapshot.conference.status === 'published') return c.redirect(`/c/${encodeURIComponent(name)}`, 303);
    const readable = staff || snapshot.conference.status === 'live';
    return renderPage(
      c,
      <LivePage
        conference={snapshot.conference}
        turns={readable ? snapshot.turns : []}
        lastEventId={snapshot.conference.lastEventId}
        serverNow={ctx.clock.now().toISOString()}
      />,
    );
  });

  app.post('/language', sameOriginForm, formLimit, async (c) => {
    const { lang, back } = await formFields(c);
    if (isUiLang(lang)) setCookie(c, LANG_COOKIE, lang, { path: '/', sameSite: 'Lax', maxAge: 365 * 86400, httpOnly: true });
    return c.redirect(localPath(back), 303);
  });
}
