// presser stats: the measures of a selection, for people (default), as JSON (--json, the API's
// answer) or one chart as CSV (--csv CHART).
import { Option, type Command } from 'commander';
import { CHARTS, type ChartName } from '../analytics/chart-names.ts';
import { FLOOR_BUCKETS } from '../analytics/floor.ts';
import { MAX_TOP } from '../app/limits.ts';
import { CONFERENCE_STATUSES } from '../domain/record.ts';
import { CliError, out } from './io.ts';
import { addSelectionFlags, rawSelection, withSelectionStore, type SelectionFlags } from './selection-flags.ts';

interface StatsFlags extends SelectionFlags {
  chart: string[];
  by?: string;
  splitAt?: string;
  top?: string;
  json?: boolean;
  csv?: string;
}

export function registerStats(program: Command): void {
  addSelectionFlags(
    program
      .command('stats')
      .description(
        'measure a selection: questions per outlet and origin, the floor over time, turn lengths, countries and organisations mentioned, rising and falling terms',
      ),
  )
    .option('--chart <name>', `only these charts (${CHARTS.join(', ')}; repeat or separate with commas)`, (v: string, p: string[]) => [...p, v], [])
    .addOption(new Option('--by <period>', 'periods of the floor chart').choices(FLOOR_BUCKETS))
    .option('--split-at <date>', 'terms: first day (YYYY-MM-DD) of the later period (default: the date that halves the selection)')
    .option('--top <n>', `rows the ranked charts keep (1-${MAX_TOP})`)
    .option('--json', 'print the JSON that GET /api/analytics answers with')
    .addOption(new Option('--csv <chart>', 'print one chart as CSV').choices(CHARTS).conflicts('json'))
    .action(async (flags: StatsFlags) => {
      if (flags.csv && flags.chart.flatMap((c) => c.split(',')).some((c) => c.trim() !== flags.csv))
        throw new CliError('--csv prints one chart: leave out --chart or name the same one');
      const chart = flags.csv ? [flags.csv] : flags.chart;
      const [{ analyze }, { csvOfChart }, { statsText }] = await Promise.all([
        import('../app/analytics.ts'),
        import('../analytics/charts.ts'),
        import('./stats-text.ts'),
      ]);
      const report = await withSelectionStore(flags, (store) =>
        analyze(
          store,
          {
            ...rawSelection(flags),
            chart,
            ...(flags.by ? { by: flags.by } : {}),
            ...(flags.splitAt ? { splitAt: flags.splitAt } : {}),
            ...(flags.top ? { top: flags.top } : {}),
          },
          CONFERENCE_STATUSES,
        ),
      );
      if (flags.csv) return out(csvOfChart(report, flags.csv as ChartName));
      out(flags.json ? JSON.stringify(report, null, 2) : statsText(report));
    });
}
