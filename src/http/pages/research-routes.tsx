// The archive's reading rooms: /search and /analytics, plain GET forms answered on the server with
// the same functions as GET /api/search and GET /api/analytics. A bad value is a 400 page with the
// form and what to fix, never a bare error.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { LENGTH_UNITS, type LengthUnit } from '../../analytics/lengths.ts';
import { analyze } from '../../app/analytics.ts';
import type { AppContext } from '../../app/context.ts';
import { AppError } from '../../app/errors.ts';
import { CONFERENCE_STATUSES } from '../../domain/record.ts';
import { isStaff } from '../../domain/roles.ts';
import { PUBLIC_STATUSES, search } from '../../app/search.ts';
import { roleOf, type HttpEnv } from '../auth.ts';
import { statusesFor } from '../selection-query.ts';
import { ANALYTICS_FIELDS } from './analytics-form.tsx';
import { AnalyticsPage } from './analytics.tsx';
import { filledFields } from './query-links.ts';
import { renderPage } from './scope.tsx';
import { SEARCH_FIELDS } from './search-form.tsx';
import { SearchPage } from './search.tsx';

/** A validation error to show on the page; anything else is not ours to answer. */
function validationError(error: unknown): { message: string; field: string | undefined } {
  if (error instanceof AppError && error.code === 'validation_failed') return { message: error.message, field: error.field };
  throw error;
}

export function researchPageRoutes(app: OpenAPIHono<HttpEnv>, ctx: AppContext): void {
  app.get('/search', async (c) => {
    const values = filledFields(c.req.query(), SEARCH_FIELDS);
    const rawOffset = c.req.query('offset')?.trim() || '0';
    const { q, ...filters } = values;
    if (!q) return renderPage(c, <SearchPage values={values} response={null} />);
    try {
      const offset = /^\d+$/.test(rawOffset) ? Number(rawOffset) : NaN;
      const statuses = isStaff(roleOf(c)) ? CONFERENCE_STATUSES : PUBLIC_STATUSES;
      const response = await search(ctx.store, q, filters, { offset, statuses });
      return renderPage(c, <SearchPage values={values} response={response} />);
    } catch (error) {
      return renderPage(c, <SearchPage values={values} response={null} error={validationError(error)} />, 400);
    }
  });

  app.get('/analytics', async (c) => {
    const values = filledFields(c.req.query(), ANALYTICS_FIELDS);
    // Several conference parameters (as the API takes them) become one comma list in the form.
    const conferences =
      c.req
        .queries('conference')
        ?.map((s) => s.trim())
        .filter(Boolean) ?? [];
    if (conferences.length > 0) values.conference = conferences.join(',');
    const unit: LengthUnit = (LENGTH_UNITS as readonly string[]).includes(values.unit ?? '') ? (values.unit as LengthUnit) : 'words';
    const { unit: _unit, ...selection } = values;
    try {
      const report = await analyze(ctx.store, selection, statusesFor(c));
      return renderPage(c, <AnalyticsPage values={values} unit={unit} report={report} />);
    } catch (error) {
      return renderPage(c, <AnalyticsPage values={values} unit={unit} report={null} error={validationError(error)} />, 400);
    }
  });
}
