// One Chart.js configuration per analytics chart, from the data the server rendered the tables with.
// Axes have titles with their units; long names are cut on the axis and given whole in the tooltip.
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { floorColumns, lengthHistogram, shortLabel } from '../../src/http/pages/chart-data.ts';
import type { AnalyticsPageData } from '../../src/http/pages/page-data.ts';
import { fill, languageName } from '../../src/i18n/fill.ts';
import { ORIGINS } from '../../src/domain/record.ts';
import { barsHeight, DIRECTION_COLOURS, formatters, GRID, KIND_COLOURS, ORIGIN_COLOURS, OTHERS_COLOUR, PALETTE, UNATTRIBUTED_COLOUR } from './format.ts';

/** A configuration and the height its box needs (null: the stylesheet's). */
export interface ChartPlan {
  config: ChartConfiguration<'bar'> | ChartConfiguration<'doughnut'>;
  height: number | null;
}

/** Bars drawn in the chart; the table has every row. */
const MAX_BARS = 25;
const MAX_TERMS_EACH_WAY = 12;

const axisTitle = (text: string) => ({ display: true, text, font: { weight: 'bold' as const } });

export function chartPlans(data: AnalyticsPageData) {
  const { report, t, uiLang } = data;
  const a = t.analytics;
  const f = formatters(uiLang);
  const countAxis = (title: string) => ({ beginAtZero: true, title: axisTitle(title), ticks: { precision: 0, callback: f.countTick }, grid: { color: GRID } });
  const categoryAxis = (labels: string[], title?: string) => ({
    title: title ? axisTitle(title) : { display: false },
    grid: { display: false },
    ticks: { autoSkip: true, maxRotation: 45, callback: (_value: unknown, index: number) => shortLabel(labels[index] ?? '') },
  });

  return {
    outlets(): ChartPlan | null {
      const rows = report.outlets?.rows.slice(0, MAX_BARS) ?? [];
      if (rows.length === 0) return null;
      const names = rows.map((r) => r.outlet);
      // One dataset per origin, not grouped, so the legend explains the colours and each bar keeps its place.
      const datasets: ChartDataset<'bar'>[] = ORIGINS.filter((o) => rows.some((r) => r.origin === o)).map((origin) => ({
        label: t.origins[origin],
        data: rows.map((r) => (r.origin === origin ? r.questions : null)) as number[],
        backgroundColor: ORIGIN_COLOURS[origin],
        grouped: false,
      }));
      return {
        height: barsHeight(rows.length),
        config: {
          type: 'bar',
          data: { labels: names, datasets },
          options: {
            indexAxis: 'y',
            scales: { x: countAxis(a.axes.questions), y: categoryAxis(names) },
            plugins: {
              tooltip: {
                callbacks: {
                  title: (items) => names[items[0]?.dataIndex ?? 0] ?? '',
                  label: (item) => `${a.columns.questions}: ${f.whole(item.parsed.x ?? 0)} (${f.percent(rows[item.dataIndex]?.share ?? 0)})`,
                },
              },
            },
          },
        },
      };
    },

    origins(): ChartPlan | null {
      const rows = report.origins?.rows ?? [];
      if (!report.origins?.questions) return null;
      return {
        height: 280,
        config: {
          type: 'doughnut',
          data: {
            labels: rows.map((r) => t.origins[r.origin]),
            datasets: [{ data: rows.map((r) => r.questions), backgroundColor: rows.map((r) => ORIGIN_COLOURS[r.origin]), borderColor: '#fff' }],
          },
          options: {
            plugins: {
              tooltip: { callbacks: { label: (item) => `${f.whole(rows[item.dataIndex]?.questions ?? 0)} (${f.percent(rows[item.dataIndex]?.share ?? 0)})` } },
            },
          },
        },
      };
    },

    floor(): ChartPlan | null {
      const floor = report.floor;
      if (!floor || floor.rows.every((r) => r.questions === 0)) return null;
      const columns = floorColumns(floor);
      const labels = floor.periods.map((p) => p.label);
      const fullNames = columns.map((c) => c.outlet ?? (c.group === 'other' ? a.columns.others : a.columns.unattributed));
      const colour = (i: number) =>
        columns[i]?.group === 'other' ? OTHERS_COLOUR : columns[i]?.group === 'unattributed' ? UNATTRIBUTED_COLOUR : PALETTE[i % PALETTE.length]!;
      return {
        height: 340 + Math.ceil(columns.length / 3) * 22,
        config: {
          type: 'bar',
          data: { labels, datasets: columns.map((c, i) => ({ label: shortLabel(fullNames[i] ?? '', 24), data: c.counts, backgroundColor: colour(i) })) },
          options: {
            scales: { x: { ...categoryAxis(labels, a.axes.period), stacked: true }, y: { ...countAxis(a.axes.questions), stacked: true } },
            plugins: { tooltip: { callbacks: { label: (item) => `${fullNames[item.datasetIndex] ?? ''}: ${f.whole(item.parsed.y ?? 0)}` } } },
          },
        },
      };
    },

    lengths(): ChartPlan | null {
      if (!report.lengths || report.lengths.summary.length === 0) return null;
      const histogram = lengthHistogram(report.lengths, data.unit);
      const languages = [...new Set(histogram.groups.map((g) => g.lang))];
      const unit = a.units[data.unit];
      return {
        height: 340,
        config: {
          type: 'bar',
          data: {
            labels: histogram.bins,
            datasets: histogram.groups.map((g) => ({
              label: fill(a.columns.kindLang, { kind: t.kinds[g.kind], lang: languageName(g.lang, uiLang) }),
              data: g.counts,
              backgroundColor: KIND_COLOURS[g.kind][languages.indexOf(g.lang) % 2],
            })),
          },
          options: {
            scales: { x: categoryAxis(histogram.bins, fill(a.axes.length, { unit })), y: countAxis(a.axes.turns) },
            plugins: {
              tooltip: { callbacks: { title: (items) => fill(a.columns.length, { unit }) + ': ' + (histogram.bins[items[0]?.dataIndex ?? 0] ?? '') } },
            },
          },
        },
      };
    },

    mentions(): ChartPlan | null {
      const rows = report.mentions?.rows.slice(0, MAX_BARS) ?? [];
      if (rows.length === 0) return null;
      const names = rows.map((r) => (uiLang === 'zh' ? r.nameZh : r.name));
      return {
        height: barsHeight(rows.length, 60),
        config: {
          type: 'bar',
          data: { labels: names, datasets: [{ label: a.axes.mentions, data: rows.map((r) => r.mentions), backgroundColor: PALETTE[0] }] },
          options: {
            indexAxis: 'y',
            scales: { x: countAxis(a.axes.mentions), y: categoryAxis(names) },
            plugins: {
              legend: { display: false },
              tooltip: {
                callbacks: {
                  title: (items) => names[items[0]?.dataIndex ?? 0] ?? '',
                  label: (item) => {
                    const r = rows[item.dataIndex]!;
                    return [
                      `${a.columns.mentions}: ${f.whole(r.mentions)}`,
                      `${a.columns.questions}: ${f.whole(r.questions)} · ${a.columns.answers}: ${f.whole(r.answers)}`,
                      `${a.columns.conferences}: ${f.whole(r.conferences)}`,
                    ];
                  },
                },
              },
            },
          },
        },
      };
    },

    /** One chart per language: rising terms to the right (largest at the top), falling to the left. */
    terms(lang: string): ChartPlan | null {
      const rows = report.terms?.rows.filter((r) => r.lang === lang) ?? [];
      const rising = rows.filter((r) => r.direction === 'rising').slice(0, MAX_TERMS_EACH_WAY);
      const falling = rows
        .filter((r) => r.direction === 'falling')
        .slice(0, MAX_TERMS_EACH_WAY)
        .reverse();
      const shown = [...rising, ...falling];
      if (shown.length === 0) return null;
      const terms = shown.map((r) => r.term);
      const dataset = (direction: 'rising' | 'falling'): ChartDataset<'bar'> => ({
        label: a.directions[direction],
        data: shown.map((r) => (r.direction === direction ? r.z : null)) as number[],
        backgroundColor: DIRECTION_COLOURS[direction],
        grouped: false,
      });
      return {
        height: barsHeight(shown.length),
        config: {
          type: 'bar',
          data: { labels: terms, datasets: [dataset('rising'), dataset('falling')] },
          options: {
            indexAxis: 'y',
            scales: {
              x: {
                title: axisTitle(a.axes.z),
                ticks: { callback: (v) => f.decimal(Number(v)) },
                grid: { color: (c) => (c.tick?.value === 0 ? '#1b1b1b' : GRID) },
              },
              // The language is the heading above the chart: a rotated axis title would be cut on a short chart.
              y: categoryAxis(terms),
            },
            plugins: {
              tooltip: {
                callbacks: {
                  title: (items) => terms[items[0]?.dataIndex ?? 0] ?? '',
                  label: (item) => {
                    const r = shown[item.dataIndex]!;
                    return [`z: ${f.decimal(r.z)}`, `${a.columns.beforeRate}: ${f.decimal(r.beforeRate)}`, `${a.columns.afterRate}: ${f.decimal(r.afterRate)}`];
                  },
                },
              },
            },
          },
        },
      };
    },
  };
}
