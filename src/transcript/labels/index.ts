// Finds the speaker labels of a transcript: every convention reads every line start, each
// candidate is accepted by its position, and the convention with the most accepted labels wins.
import { endsSentence, type ParagraphLines } from '../types.ts';
import { capsPeriodLabels } from './caps-period.ts';
import { chineseLabels } from './chinese.ts';
import { colonLabels } from './colon.ts';
import type { ConventionName, LabelConvention, ParsedLabel } from './types.ts';
import { usHonorificLabels } from './us-honorific.ts';

export type { ConventionName, ParsedLabel } from './types.ts';

/** A label at line `line` of paragraph `paragraph`. */
export interface LabelHit {
  paragraph: number;
  line: number;
  parsed: ParsedLabel;
}

export interface LabelDetection {
  convention: ConventionName;
  hits: LabelHit[];
}

// On a tie the more specific convention wins, hence this order.
const CONVENTIONS: LabelConvention[] = [chineseLabels, usHonorificLabels, capsPeriodLabels, colonLabels];

export function detectLabels(paragraphs: readonly ParagraphLines[]): LabelDetection | null {
  let best: LabelDetection | null = null;
  for (const convention of CONVENTIONS) {
    const hits = acceptedLabels(paragraphs, convention);
    if (hits.length > (best?.hits.length ?? 0)) best = { convention: convention.name, hits };
  }
  return best;
}

interface Candidate extends LabelHit {
  previousLine: string | null;
  paragraphLines: number;
}

function acceptedLabels(paragraphs: readonly ParagraphLines[], convention: LabelConvention): LabelHit[] {
  const candidates: Candidate[] = [];
  const occurrences = new Map<string, number>();
  paragraphs.forEach((lines, p) => {
    lines.forEach((line, l) => {
      const parsed = convention.parse(line.text);
      if (!parsed) return;
      candidates.push({ paragraph: p, line: l, parsed, previousLine: l > 0 ? lines[l - 1]!.text : null, paragraphLines: lines.length });
      const key = parsed.label.toLowerCase();
      occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
    });
  });
  return candidates
    .filter((c) => isAccepted(c, (occurrences.get(c.parsed.label.toLowerCase()) ?? 0) >= 2))
    .map(({ paragraph, line, parsed }) => ({ paragraph, line, parsed }));
}

/** A first line standing alone with no sentence in it ("Press Briefing: Minister X Meets the Press") is a title. */
function looksLikeTitle(candidate: Candidate): boolean {
  return candidate.paragraphLines === 1 && !endsSentence(candidate.parsed.body);
}

/**
 * A label opens a paragraph, or — as when a page starts mid-flow — follows a finished
 * sentence and is a label seen elsewhere (or one by its form, like "Q").
 */
function isAccepted(candidate: Candidate, recurring: boolean): boolean {
  if (candidate.parsed.needsRecurrence && !recurring) return false;
  if (candidate.paragraph === 0 && candidate.line === 0 && looksLikeTitle(candidate)) return recurring || candidate.parsed.selfEvident;
  if (candidate.previousLine === null) return true;
  const previous = candidate.previousLine.trimEnd();
  const afterSentence = endsSentence(previous) || previous.endsWith(':') || previous.endsWith('：');
  return afterSentence && (recurring || candidate.parsed.selfEvident);
}
