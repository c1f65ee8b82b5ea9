import type { OpenAPIHono } from '@hono/zod-openapi';
import type { HttpEnv } from './auth.ts';
import type { Store } from '../store/store.ts';
import { exportExtension, exportMediaType, exportRecord, isExportFormat } from '../transcript/export/index.ts';
import { findVisibleRecord, PUBLIC_STATUSES, visibleStatuses } from './conferences.ts';
import { ArchivePage } from './pages/archive.tsx';
import { renderPage } from './pages/layout.tsx';
import { RecordPage } from './pages/record.tsx';

/** Server-rendered pages: complete without JavaScript. */
export function pageRoutes(app: OpenAPIHono<HttpEnv>, store: Store): void {
  app.get('/', async (c) => {
    const q = (c.req.query('q') ?? '').slice(0, 200);
    const conferences = await store.conferences.list({ status: PUBLIC_STATUSES, ...(q ? { text: q } : {}) });
    return c.html(renderPage(<ArchivePage conferences={conferences} q={q} />));
  });

  app.get('/c/:name', async (c) => {
    const name = c.req.param('name');
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? name.slice(dot + 1) : '';
    if (isExportFormat(ext)) {
      const record = await findVisibleRecord(store, name.slice(0, dot), visibleStatuses(c));
      return c.body(exportRecord(record, ext), 200, {
        'content-type': exportMediaType(ext),
        'content-disposition': `inline; filename="${record.conference.slug}.${exportExtension(ext)}"`,
      });
    }
    const record = await findVisibleRecord(store, name, visibleStatuses(c));
    return c.html(renderPage(<RecordPage record={record} />));
  });
}
