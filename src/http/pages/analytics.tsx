import type { Child, FC } from 'hono/jsx';
import type { ChartName } from '../../analytics/charts.ts';
import type { LengthUnit } from '../../analytics/lengths.ts';
import type { AnalyticsReport } from '../../app/analytics.ts';
import { fill, languageName } from '../../i18n/index.ts';
import { ANALYTICS_ERROR_ID, AnalyticsForm, SELECTION_PARAMS, type AnalyticsFormValues } from './analytics-form.tsx';
import { FloorTable, LengthsTables, MentionsTable, OriginsTable, OutletsTable, TermsTable } from './analytics-tables.tsx';
import { termLanguages } from './chart-data.ts';
import { Layout } from './layout.tsx';
import type { AnalyticsPageData } from './page-data.ts';
import { hrefWith } from './query-links.ts';
import { usePage } from './scope.tsx';

export interface AnalyticsPageProps {
  values: AnalyticsFormValues;
  unit: LengthUnit;
  /** null when the selection was refused. */
  report: AnalyticsReport | null;
  error?: { message: string; field: string | undefined };
}

/** The CSV of one chart for the same selection, from GET /api/analytics. */
export function csvHref(values: AnalyticsFormValues, chart: ChartName): string {
  const selection = Object.fromEntries(SELECTION_PARAMS.map((name) => [name, values[name]]));
  return hrefWith('/api/analytics', { chart, format: 'csv', ...selection });
}

/** A canvas the page's script draws on; hidden until it does, so without JavaScript only the tables show. */
const ChartCanvas: FC<{ chart: ChartName; label: string; lang?: string; heading?: string }> = ({ chart, label, lang, heading }) => (
  <div class="chart-box" data-chart={chart} data-lang={lang} hidden>
    {heading ? <h3>{heading}</h3> : null}
    <div class="chart-canvas">
      <canvas role="img" aria-label={label}></canvas>
    </div>
  </div>
);

const ChartSection: FC<{ name: ChartName; values: AnalyticsFormValues; empty: boolean; intro?: Child; canvases?: Child; children?: Child }> = ({
  name,
  values,
  empty,
  intro,
  canvases,
  children,
}) => {
  const { t } = usePage();
  const text = t.analytics.charts[name];
  return (
    <section class="chart-section" id={`chart-${name}`} aria-labelledby={`chart-${name}-title`}>
      <h2 id={`chart-${name}-title`}>{text.title}</h2>
      {intro}
      {empty ? (
        <p>{t.analytics.noData}</p>
      ) : (
        <>
          {canvases ?? <ChartCanvas chart={name} label={text.label} />}
          <details class="chart-data" open>
            <summary>{t.analytics.dataTable}</summary>
            {children}
          </details>
        </>
      )}
      <p class="csv-link">
        <a href={csvHref(values, name)} download={`presser-${name}.csv`}>
          {fill(t.analytics.downloadCsv, { chart: text.title })}
        </a>
      </p>
    </section>
  );
};

const Charts: FC<{ report: AnalyticsReport; values: AnalyticsFormValues; unit: LengthUnit }> = ({ report, values, unit }) => {
  const { t, lang } = usePage();
  const a = t.analytics;
  const { outlets, origins, floor, lengths, mentions, terms } = report;
  const span = (p: { from: string | null; to: string | null; conferences: number }) =>
    fill(a.periodSpan, { from: p.from ?? '–', to: p.to ?? '–', conferences: p.conferences });
  return (
    <>
      {outlets ? (
        <ChartSection name="outlets" values={values} empty={outlets.rows.length === 0}>
          <OutletsTable chart={outlets} />
        </ChartSection>
      ) : null}
      {origins ? (
        <ChartSection name="origins" values={values} empty={origins.questions === 0}>
          <OriginsTable chart={origins} />
        </ChartSection>
      ) : null}
      {floor ? (
        <ChartSection name="floor" values={values} empty={floor.rows.every((r) => r.questions === 0)}>
          <FloorTable chart={floor} />
        </ChartSection>
      ) : null}
      {lengths ? (
        <ChartSection name="lengths" values={values} empty={lengths.summary.length === 0}>
          <LengthsTables chart={lengths} unit={unit} />
        </ChartSection>
      ) : null}
      {mentions ? (
        <ChartSection name="mentions" values={values} empty={mentions.rows.length === 0}>
          <MentionsTable chart={mentions} />
        </ChartSection>
      ) : null}
      {terms ? (
        <ChartSection
          name="terms"
          values={values}
          empty={terms.rows.length === 0}
          intro={<p>{terms.notice ?? fill(a.periods, { before: span(terms.before), after: span(terms.after) })}</p>}
          canvases={termLanguages(terms).map((l) => {
            const heading = fill(a.axes.termsIn, { lang: languageName(l, lang) });
            return <ChartCanvas chart="terms" lang={l} heading={heading} label={`${heading}: ${a.charts.terms.label}`} />;
          })}
        >
          <TermsTable chart={terms} />
        </ChartSection>
      ) : null}
    </>
  );
};

/** Measures of a selection: a table of each chart's rows, drawn as charts by the page's script. */
export const AnalyticsPage: FC<AnalyticsPageProps> = ({ values, unit, report, error }) => {
  const { t, lang } = usePage();
  const a = t.analytics;
  const data: AnalyticsPageData | undefined = report ? { uiLang: lang, unit, report, t: { analytics: a, kinds: t.kinds, origins: t.origins } } : undefined;
  const s = report?.selection;
  return (
    <Layout title={a.title} {...(data ? { script: 'analytics', data } : { script: 'forms' })}>
      <main id="main" class="page analytics-page" tabindex={-1}>
        <h1>{a.title}</h1>
        <p>{a.intro}</p>
        <AnalyticsForm values={values} errorField={error?.field} />
        {error ? (
          <p id={ANALYTICS_ERROR_ID} class="form-error" role="alert">
            {fill(a.invalid, { message: error.message })}
          </p>
        ) : null}
        {s ? (
          <p class="selection-summary">
            {fill(a.summary, { conferences: s.conferences, turns: s.turns, questions: s.questions, answers: s.answers })}
            {s.from ? ` ${fill(a.span, { from: s.from, to: s.to ?? s.from })}` : ''}
          </p>
        ) : null}
        {report ? (
          <>
            <noscript>
              <p class="hint">{a.chartFallback}</p>
            </noscript>
            <Charts report={report} values={values} unit={unit} />
          </>
        ) : null}
      </main>
    </Layout>
  );
};
