// GET /api/analytics: the measures of a selection as chart-ready JSON, or one chart as CSV.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { CHARTS, csvOfChart } from '../analytics/charts.ts';
import { FLOOR_BUCKETS } from '../analytics/floor.ts';
import { analyze, MAX_TOP, parseCharts } from '../app/analytics.ts';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../app/errors.ts';
import { AnalyticsReportSchema } from './analytics-schema.ts';
import type { HttpEnv } from './auth.ts';
import { errors } from './openapi.ts';
import { attachment, SelectionQuery, statusesFor } from './selection-query.ts';

const chartList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .openapi({
    description: `Charts to compute: ${CHARTS.join(', ')} (repeat or separate with commas; all when none). format=csv takes exactly one.`,
    example: 'outlets',
  });

const AnalyticsQuery = SelectionQuery.extend({
  chart: chartList,
  measure: chartList.openapi({ description: 'The same as chart' }),
  format: z.enum(['json', 'csv']).optional().openapi({ description: "json (default): the charts asked for; csv: one chart's rows" }),
  by: z
    .enum(FLOOR_BUCKETS)
    .optional()
    .openapi({ description: 'Periods of the floor chart; auto: conferences within one month, months up to three years, years beyond' }),
  splitAt: z
    .string()
    .optional()
    .openapi({ description: 'Terms chart: first day (YYYY-MM-DD) of the later period; default: the date that halves the selection', example: '2024-01-01' }),
  top: z
    .string()
    .regex(/^\d+$/, 'a whole number')
    .optional()
    .openapi({
      description: `Rows the ranked charts keep (1-${MAX_TOP}): outlets (all), floor series (10), mentions (50), terms per direction and language (25)`,
    }),
});

export function analyticsRoutes(app: OpenAPIHono<HttpEnv>, ctx: AppContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/analytics',
      summary:
        'Measures of a selection: questions per outlet and origin, the floor over time, turn lengths, countries and organisations mentioned, rising and falling terms',
      description: 'The public measures live and published conferences; staff, all. Every chart has `rows`, the records its CSV holds (format=csv&chart=NAME).',
      request: { query: AnalyticsQuery },
      responses: {
        200: {
          description: 'The charts asked for, or one chart as CSV',
          content: { 'application/json': { schema: AnalyticsReportSchema }, 'text/csv': { schema: z.string() } },
        },
        ...errors(400),
      },
    }),
    async (c) => {
      const { chart, measure, format, top, ...rest } = c.req.valid('query');
      if (chart !== undefined && measure !== undefined) throw new AppError('validation_failed', 'measure: give chart or measure, not both', 'measure');
      const asked = chart ?? measure;
      const field = measure !== undefined ? 'measure' : 'chart';
      const names = parseCharts(asked, field);
      if (format === 'csv' && (asked === undefined || names.length !== 1))
        throw new AppError('validation_failed', `${field}: format=csv takes one chart, such as chart=outlets`, field);
      const report = await analyze(ctx.store, { ...rest, chart: names, ...(top !== undefined ? { top } : {}) }, statusesFor(c));
      if (format !== 'csv') return c.json(report, 200);
      const name = names[0]!;
      return c.body(csvOfChart(report, name), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': attachment(`presser-${name}.csv`) });
    },
  );
}
