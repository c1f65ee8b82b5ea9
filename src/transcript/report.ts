// The cleanup report as text for a person to audit, one line per change:
//   line 27  hyphen-join  "reju-/venation" -> "rejuvenation"  (dictionary has "rejuvenation")
import type { TurnDecision } from './assemble.ts';
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

/**
 * What decided each turn, one line per turn, under the profile used:
 *   profile: earnings-call
 *   turn 6   question  kind: a journalist speaks; speaker Henrik Dahl: label: name; outlet Northgate Securities: hand-off names them
 */
export function formatDecisions(profile: string | null, decisions: readonly TurnDecision[]): string {
  const seqWidth = Math.max(0, ...decisions.map((d) => String(d.seq).length));
  const kindWidth = Math.max(0, ...decisions.map((d) => d.kind.length));
  const lines = decisions.map((d) => {
    const speaker = `speaker ${d.speaker === null ? '(none)' : quote(d.speaker)}: ${d.speakerRule}`;
    const outlet = d.outlet === null ? '' : `; outlet ${quote(d.outlet)}: ${d.outletRule ?? 'label'}`;
    return `turn ${String(d.seq).padEnd(seqWidth)}  ${d.kind.padEnd(kindWidth)}  kind: ${d.kindRule}; ${speaker}${outlet}`;
  });
  return [`profile: ${profile ?? 'none (generic inference)'}`, ...lines].join('\n').concat('\n');
}
