// `presser stats` for people: each chart as a few aligned lines.
import type { AnalyticsReport } from '../app/analytics.ts';

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
const list = <T>(items: readonly T[], limit: number) => items.slice(0, limit);

export function statsText(report: AnalyticsReport, limit = 15): string {
  const s = report.selection;
  const lines = [
    `${s.conferences} conference${s.conferences === 1 ? '' : 's'}${s.from ? `, ${s.from} to ${s.to}` : ''}: ${s.turns} turns, ${s.questions} questions, ${s.answers} answers`,
  ];
  const section = (title: string) => lines.push('', title);

  if (report.outlets) {
    section('Questions per outlet');
    const width = Math.max(6, ...list(report.outlets.rows, limit).map((r) => r.outlet.length));
    for (const r of list(report.outlets.rows, limit))
      lines.push(`  ${r.outlet.padEnd(width)}  ${r.origin.padEnd(8)}  ${String(r.questions).padStart(4)}  ${pct(r.share).padStart(6)}`);
    if (report.outlets.rows.length > limit) lines.push(`  … ${report.outlets.rows.length - limit} more (--json or --csv outlets for all)`);
    if (report.outlets.unattributed > 0) lines.push(`  ${'(no outlet named)'.padEnd(width)}            ${String(report.outlets.unattributed).padStart(4)}`);
  }
  if (report.origins) {
    section('Questions per origin');
    for (const r of report.origins.rows) lines.push(`  ${r.origin.padEnd(8)}  ${String(r.questions).padStart(4)}  ${pct(r.share).padStart(6)}`);
  }
  if (report.floor) {
    const f = report.floor;
    section(`The floor by ${f.by}: questions per outlet`);
    f.periods.forEach((p, i) => {
      const who = f.series.filter((s) => s.counts[i]! > 0).map((s) => `${s.outlet} ${s.counts[i]}`);
      if (f.others[i]) who.push(`others ${f.others[i]}`);
      if (f.unattributed[i]) who.push(`no outlet ${f.unattributed[i]}`);
      if (who.length > 0) lines.push(`  ${p.label}: ${who.join(', ')}`);
    });
  }
  if (report.lengths) {
    section('Turn lengths (mean, median, 90th percentile, longest)');
    for (const r of report.lengths.summary)
      lines.push(
        `  ${`${r.kind}s [${r.lang}]`.padEnd(16)} ${r.unit.padEnd(5)}  ${String(r.turns).padStart(4)} turns  ${r.mean} / ${r.median} / ${r.p90} / ${r.max}`,
      );
  }
  if (report.mentions) {
    section('Countries and organisations mentioned');
    for (const r of list(report.mentions.rows, limit))
      lines.push(
        `  ${`${r.name}${r.nameZh ? ` (${r.nameZh})` : ''}`.padEnd(34)} ${String(r.mentions).padStart(5)} mentions in ${r.turns} turns, ${r.conferences} conferences`,
      );
    if (report.mentions.rows.length === 0) lines.push('  none');
  }
  if (report.terms) {
    const t = report.terms;
    section(
      t.splitAt
        ? `Terms rising and falling from ${t.splitAt} (${t.before.conferences} conferences before, ${t.after.conferences} from then on)`
        : 'Terms rising and falling',
    );
    if (t.notice) lines.push(`  ${t.notice}`);
    for (const lang of [...new Set(t.rows.map((r) => r.lang))]) {
      for (const direction of ['rising', 'falling'] as const) {
        const terms = list(
          t.rows.filter((r) => r.lang === lang && r.direction === direction),
          limit,
        ).map((r) => `${r.term} (${r.before}→${r.after}, z ${r.z})`);
        if (terms.length > 0) lines.push(`  ${direction} [${lang}]: ${terms.join(', ')}`);
      }
    }
  }
  return lines.join('\n');
}
