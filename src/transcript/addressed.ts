// A transcript with no labels at all (a speech recogniser's, of a stakeout or a doorstep), read by
// its structure: the reporters address the one they question ("Mr. Ambassador, …", "Minister, …")
// or ask, and the paragraphs between are that person's answers. Read so only where several
// paragraphs open with the same form of address: otherwise unlabelled text is still refused.
import type { LabelDetection, LabelHit } from './labels/index.ts';
import { label } from './labels/types.ts';
import type { ParagraphLines } from './types.ts';

// A form of address at the start, perhaps after a recogniser's filler: "Uh, Mr. Ambassador, …".
export const ADDRESS =
  /^(?:(?:uh|um|er|so|and|sorry|yes)[,.]?\s+)*(?:(?:mr|ms|mrs|madam|madame|mister)\.?\s+)?(ambassador|minister|prime minister|president|secretary|governor|senator|mayor|premier|chancellor|commissioner|spokesperson|spokesman|spokeswoman|director|chair|chairman|chairwoman)\b(?=[\s,.?!]|$)/i;
const MIN_ADDRESSED = 3;
export const QUESTION_END = /[?？]["”’]?\s*(?:thank you\.?|thanks\.?)?\s*$/i;

/** Turns read from the paragraphs' structure, as label hits ("Q" and the office addressed), or null. */
export function turnsByAddress(paragraphs: readonly ParagraphLines[]): LabelDetection | null {
  if (paragraphs.length < 4) return null;
  const texts = paragraphs.map((p) => p.map((l) => l.text.trim()).join(' '));
  const addressed = texts.map((t) => ADDRESS.exec(t)?.[1]?.toLowerCase() ?? null);
  const counts = new Map<string, number>();
  for (const office of addressed) if (office) counts.set(office, (counts.get(office) ?? 0) + 1);
  const [office, times] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  if (!office || times < MIN_ADDRESSED || times * 4 < paragraphs.length) return null;
  const asks = texts.map((t, i) => addressed[i] === office || QUESTION_END.test(t));
  // Questions and answers alternate: at least two answers, each after a question.
  const answers = asks.filter((ask, i) => !ask && i > 0 && asks[i - 1]).length;
  if (answers < 2) return null;
  const name = office.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  const hits: LabelHit[] = paragraphs.map((p, i) => ({ paragraph: i, line: 0, parsed: label(asks[i] ? 'Q' : name, p[0]!.text, { selfEvident: true }) }));
  return { convention: 'addressed', hits };
}
