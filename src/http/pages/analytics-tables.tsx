// Each chart's data as an HTML table: readable without JavaScript, and the accessible equivalent of
// the canvas the browser draws. The numbers are the CSV's, formatted for the interface language.
import type { Child, FC } from 'hono/jsx';
import type { FloorChart } from '../../analytics/floor.ts';
import type { LengthsChart, LengthUnit } from '../../analytics/lengths.ts';
import type { MentionsChart } from '../../analytics/mentions.ts';
import type { OriginsChart } from '../../analytics/origins.ts';
import type { OutletsChart } from '../../analytics/outlets.ts';
import type { TermsChart } from '../../analytics/terms.ts';
import { fill, languageName } from '../../i18n/index.ts';
import { floorColumns, lengthHistogram } from './chart-data.ts';
import { usePage } from './scope.tsx';

function formats(lang: string) {
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const precise = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  return { n: (v: number) => number.format(v), fixed2: (v: number) => precise.format(v), pct: (v: number) => percent.format(v) };
}

/** A table in a region that scrolls sideways on a phone (focusable, so the keyboard can scroll it). */
export const DataTable: FC<{ caption: string; head: Child[]; rows: Child[][]; numeric?: boolean[] }> = ({ caption, head, rows, numeric }) => {
  const { t } = usePage();
  return (
    <div class="table-scroll" tabindex={0} role="region" aria-label={`${t.analytics.dataTable}: ${caption}`}>
      <table class="data-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {head.map((cell, i) => (
              <th scope="col" class={numeric?.[i] ? 'num' : undefined}>
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>{row.map((cell, i) => (i === 0 ? <th scope="row">{cell}</th> : <td class={numeric?.[i] ? 'num' : undefined}>{cell}</td>))}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

export const OutletsTable: FC<{ chart: OutletsChart }> = ({ chart }) => {
  const { t, lang } = usePage();
  const c = t.analytics.columns;
  const f = formats(lang);
  return (
    <DataTable
      caption={t.analytics.charts.outlets.title}
      head={[c.outlet, c.origin, c.country, c.questions, c.share, c.conferences]}
      numeric={[false, false, false, true, true, true]}
      rows={chart.rows.map((r) => [r.outlet, t.origins[r.origin], r.country ?? '', f.n(r.questions), f.pct(r.share), f.n(r.conferences)])}
    />
  );
};

export const OriginsTable: FC<{ chart: OriginsChart }> = ({ chart }) => {
  const { t, lang } = usePage();
  const c = t.analytics.columns;
  const f = formats(lang);
  return (
    <DataTable
      caption={t.analytics.charts.origins.title}
      head={[c.origin, c.questions, c.share]}
      numeric={[false, true, true]}
      rows={chart.rows.map((r) => [t.origins[r.origin], f.n(r.questions), f.pct(r.share)])}
    />
  );
};

/** Periods down, outlets across: the stacked bars' numbers. */
export const FloorTable: FC<{ chart: FloorChart }> = ({ chart }) => {
  const { t, lang } = usePage();
  const c = t.analytics.columns;
  const f = formats(lang);
  const columns = floorColumns(chart);
  const name = (col: (typeof columns)[number]) => col.outlet ?? (col.group === 'other' ? c.others : c.unattributed);
  return (
    <DataTable
      caption={t.analytics.charts.floor.title}
      head={[c.period, ...columns.map(name)]}
      numeric={[false, ...columns.map(() => true)]}
      rows={chart.periods.map((period, i) => [period.label, ...columns.map((col) => f.n(col.counts[i] ?? 0))])}
    />
  );
};

/** The summary of one unit, then its histogram: bins down, kind and language across. */
export const LengthsTables: FC<{ chart: LengthsChart; unit: LengthUnit }> = ({ chart, unit }) => {
  const { t, lang } = usePage();
  const c = t.analytics.columns;
  const f = formats(lang);
  const unitName = t.analytics.units[unit];
  const histogram = lengthHistogram(chart, unit);
  const groupName = (kind: 'question' | 'answer', l: string) => fill(c.kindLang, { kind: t.kinds[kind], lang: languageName(l, lang) });
  return (
    <>
      <DataTable
        caption={`${t.analytics.charts.lengths.title} (${unitName})`}
        head={[c.kind, c.turns, c.mean, c.median, c.p90, c.max]}
        numeric={[false, true, true, true, true, true]}
        rows={chart.summary
          .filter((s) => s.unit === unit)
          .map((s) => [groupName(s.kind, s.lang), f.n(s.turns), f.n(s.mean), f.n(s.median), f.n(s.p90), f.n(s.max)])}
      />
      <DataTable
        caption={fill(c.length, { unit: unitName })}
        head={[fill(c.length, { unit: unitName }), ...histogram.groups.map((g) => groupName(g.kind, g.lang))]}
        numeric={[false, ...histogram.groups.map(() => true)]}
        rows={histogram.bins.map((bin, i) => [bin, ...histogram.groups.map((g) => f.n(g.counts[i] ?? 0))])}
      />
    </>
  );
};

export const MentionsTable: FC<{ chart: MentionsChart }> = ({ chart }) => {
  const { t, lang } = usePage();
  const c = t.analytics.columns;
  const f = formats(lang);
  return (
    <DataTable
      caption={t.analytics.charts.mentions.title}
      head={[c.name, c.kind, c.mentions, c.turns, c.questions, c.answers, c.conferences]}
      numeric={[false, false, true, true, true, true, true]}
      rows={chart.rows.map((r) => [
        lang === 'zh' ? r.nameZh : r.name,
        t.analytics.entityKinds[r.kind],
        f.n(r.mentions),
        f.n(r.turns),
        f.n(r.questions),
        f.n(r.answers),
        f.n(r.conferences),
      ])}
    />
  );
};

export const TermsTable: FC<{ chart: TermsChart }> = ({ chart }) => {
  const { t, lang } = usePage();
  const c = t.analytics.columns;
  const f = formats(lang);
  return (
    <DataTable
      caption={t.analytics.charts.terms.title}
      head={[c.term, c.lang, c.direction, c.before, c.after, c.beforeRate, c.afterRate, c.z, c.g2]}
      numeric={[false, false, false, true, true, true, true, true, true]}
      rows={chart.rows.map((r) => [
        <span lang={r.lang}>{r.term}</span>,
        languageName(r.lang, lang),
        t.analytics.directions[r.direction],
        f.n(r.before),
        f.n(r.after),
        f.n(r.beforeRate),
        f.n(r.afterRate),
        f.fixed2(r.z),
        f.n(r.g2),
      ])}
    />
  );
};
