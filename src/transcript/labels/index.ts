// Finds the speaker labels of a transcript: every convention reads every line start, each
// candidate is accepted by its position, and the convention with the most accepted labels wins.
import { endsSentence, type ParagraphLines } from '../types.ts';
import { capsPeriodLabels } from './caps-period.ts';
import { chineseLabels } from './chinese.ts';
import { colonLabels } from './colon.ts';
import { leadingWhitespace, type ConventionName, type LabelConvention, type ParsedLabel } from './types.ts';
import { startsWithCapitals, usHonorificLabels } from './us-honorific.ts';
import { mapped } from '../arrays.ts';

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
  const openers = possibleLabelLines(paragraphs);
  let best: LabelDetection | null = null;
  for (const convention of CONVENTIONS) {
    const hits = acceptedLabels(paragraphs, openers, convention);
    if (hits.length > (best?.hits.length ?? 0)) best = { convention: convention.name, hits };
  }
  return best;
}

/** A line position: paragraph and line within it. */
interface At {
  paragraph: number;
  line: number;
}

/**
 * The lines any convention could read a label from, in order. Every label has a colon (":" or
 * "："), or starts with two capitals or "Q" (us-honorific, caps-period): lines of prose, nearly
 * all of them, are passed over once here rather than four times by the conventions.
 */
function possibleLabelLines(paragraphs: readonly ParagraphLines[]): At[] {
  const openers: At[] = [];
  paragraphs.forEach((lines, paragraph) => {
    lines.forEach(({ text }, line) => {
      if (text.includes(':') || text.includes('：') || startsWithCapitals(text, leadingWhitespace(text))) openers.push({ paragraph, line });
    });
  });
  return openers;
}

interface Candidate extends LabelHit {
  previousLine: string | null;
  paragraphLines: number;
}

function acceptedLabels(paragraphs: readonly ParagraphLines[], openers: readonly At[], convention: LabelConvention): LabelHit[] {
  const candidates: Candidate[] = [];
  const occurrences = new Map<string, number>();
  for (const { paragraph: p, line: l } of openers) {
    const lines = paragraphs[p]!;
    const parsed = convention.parse(lines[l]!.text);
    if (!parsed) continue;
    candidates.push({ paragraph: p, line: l, parsed, previousLine: l > 0 ? lines[l - 1]!.text : null, paragraphLines: lines.length });
    const key = parsed.label.toLowerCase();
    occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
  }
  const recurs = (c: Candidate) => (occurrences.get(c.parsed.label.toLowerCase()) ?? 0) >= 2;
  const perParagraph = new Map<number, number>();
  const recurringAt = new Set<string>();
  for (const c of candidates) {
    perParagraph.set(c.paragraph, (perParagraph.get(c.paragraph) ?? 0) + 1);
    if (recurs(c)) recurringAt.add(`${c.paragraph}:${c.line}`);
  }
  const answeredBy = (c: Candidate) => recurringAt.has(`${c.paragraph}:${c.line + 1}`) || (c.line === c.paragraphLines - 1 && recurringAt.has(`${c.paragraph}:${c.line - 1}`));
  const accepted = candidates.filter((c) => isAccepted(c, recurs(c) || (isLabelDense(c, perParagraph.get(c.paragraph)!) && answeredBy(c))));
  return mapped(accepted, ({ paragraph, line, parsed }) => ({ paragraph, line, parsed }));
}

/**
 * Most lines of a long paragraph open with a label (a log of turns, one per line). A label seen
 * once counts there when a recurring speaker answers on the next line (or spoke on the line before
 * the last): questioners and the principal alternate, the items of a list ("Northport: 12 per
 * cent") do not.
 */
function isLabelDense(candidate: Candidate, candidatesInParagraph: number): boolean {
  return candidate.paragraphLines >= 3 && candidatesInParagraph * 2 >= candidate.paragraphLines;
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
