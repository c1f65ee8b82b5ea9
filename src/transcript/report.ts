// The cleanup report as text for a person to audit, one line per change:
//   line 27  hyphen-join  "reju-/venation" -> "rejuvenation"  (dictionary has "rejuvenation")
import type { CleanupChange } from './types.ts';

export function formatReport(report: readonly CleanupChange[]): string {
  if (report.length === 0) return '';
  const lineWidth = Math.max(...report.map((c) => String(c.line).length));
  const ruleWidth = Math.max(...report.map((c) => c.rule.length));
  return report
    .map((c) => `line ${String(c.line).padEnd(lineWidth)}  ${c.rule.padEnd(ruleWidth)}  ${quote(c.before)} -> ${quote(c.after)}  (${c.reason})`)
    .join('\n')
    .concat('\n');
}

function quote(text: string): string {
  return JSON.stringify(text);
}
