// A report of a press conference that prints the exchanges after its own account: each question
// plain, on a paragraph of its own ("Are you excited by Cuadrado?"), each answer in quotation marks
// under it ("'Normal.'"), nobody labelled — as British papers print a manager's press conference.
// Each question is given the questioner's label ("Q:") and each answer the name of the one the
// account quotes most ("Mourinho said: '…'"), or the answerer's label ("A:"), so the conventions
// read them; the account before the first question stays the narration. Tried only where no
// convention found a label.
import { ENDS_ASKING, type ParagraphLines, REPORTING_VERBS } from './types.ts';

const OPENS_QUOTE = /^\s*[‘'“"]/;
const CLOSES_QUOTE = /[’'”"]\s*$/;
const MIN_PAIRS = 4;
// "On the injury news...", "On Brighton:": a club's page prints the topic a reporter asked about
// instead of the question; it stands for the question.
const TOPIC_PROMPT = /^(?:on|about|regarding|asked about|when asked about)\s[^.!?"“‘]{1,80}(?:\.{3}|…|:)$/i;
// "Mikel Arteta spoke to the media on Friday": the one whose words follow, named in the lead.
const SPOKE_TO =
  /\b(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})[ \t]+(?:spoke|speaks|was speaking|talked|talks|faced|addressed|met)[ \t]+(?:to[ \t]+)?(?:the[ \t]+)?(?:media|press|reporters|journalists)\b/u;
const MAX_QUESTION_CHARS = 300;
// "Mourinho said:", "Mourinho jibed:", "insisted Mourinho": whom the account quotes.
const QUOTED_SPEAKER = new RegExp(`\\b(\\p{Lu}[\\p{L}'’-]+)[ \\t]+(?:${REPORTING_VERBS})\\b`, 'gu');
const FULL_NAME = (surname: string) => new RegExp(`\\b(\\p{Lu}[\\p{L}'’-]+)[ \\t]+${surname}\\b`, 'u');

const textOf = (p: ParagraphLines) =>
  p
    .map((l) => l.text)
    .join(' ')
    .trim();

/** The paragraphs with each question labelled and each quoted answer given its speaker, or null when the document is not printed so. */
export function withQuotedAnswers(given: readonly ParagraphLines[]): ParagraphLines[] | null {
  const paragraphs = withAskedLinesApart(given);
  const texts = paragraphs.map(textOf);
  const isQuestion = (i: number) => {
    const t = texts[i]!;
    return t.length <= MAX_QUESTION_CHARS && !OPENS_QUOTE.test(t) && (ENDS_ASKING.test(t) || TOPIC_PROMPT.test(t));
  };
  const isQuoted = (i: number) => i < texts.length && OPENS_QUOTE.test(texts[i]!);
  let first = -1;
  let pairs = 0;
  for (let i = 0; i + 1 < texts.length; i++)
    if (isQuestion(i) && isQuoted(i + 1)) {
      pairs++;
      if (first < 0) first = i;
    }
  if (pairs < MIN_PAIRS) return null;
  // The exchanges are most of what follows the first question: quotations in an article are not.
  let inExchanges = 0;
  for (let i = first; i < texts.length; i++) if (isQuestion(i) || isQuoted(i)) inExchanges++;
  if (inExchanges * 10 < (texts.length - first) * 7) return null;
  const account = texts.slice(0, first).join('\n');
  const answerer = quotedMost(account) ?? SPOKE_TO.exec(account)?.[1] ?? 'A';
  const out: ParagraphLines[] = [];
  let answering = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (i < first) {
      out.push(p);
      continue;
    }
    if (isQuestion(i) && isQuoted(i + 1)) {
      answering = false;
      out.push(labelled(p, 'Q'));
    } else if (isQuoted(i) && (answering || (i > 0 && isQuestion(i - 1)))) {
      // The answer's first paragraph takes the label; its others continue it, their quotation marks off too.
      out.push(answering ? unquoted(p) : labelled(unquoted(p), answerer));
      answering = true;
    } else {
      answering = false;
      out.push(p);
    }
  }
  return out;
}

/** A question or topic line with its quoted answer on the next line, no blank line between: two paragraphs. */
function withAskedLinesApart(paragraphs: readonly ParagraphLines[]): readonly ParagraphLines[] {
  if (!paragraphs.some(hasAskedLine)) return paragraphs;
  return paragraphs.flatMap((p) => (hasAskedLine(p) ? [p.slice(0, 1), p.slice(1)] : [p]));
}

function hasAskedLine(p: ParagraphLines): boolean {
  if (p.length < 2 || !OPENS_QUOTE.test(p[1]!.text)) return false;
  const first = p[0]!.text.trim();
  return first.length <= MAX_QUESTION_CHARS && !OPENS_QUOTE.test(first) && (ENDS_ASKING.test(first) || TOPIC_PROMPT.test(first));
}

function labelled(p: ParagraphLines, label: string): ParagraphLines {
  const [first, ...rest] = p;
  return [{ ...first!, text: `${label}: ${first!.text.trimStart()}` }, ...rest];
}

/** The paragraph without the quotation marks that open and close it. */
function unquoted(p: ParagraphLines): ParagraphLines {
  return p.map((line, k) => {
    let text = line.text;
    if (k === 0) text = text.replace(OPENS_QUOTE, '');
    if (k === p.length - 1) text = text.replace(CLOSES_QUOTE, '');
    return { ...line, text };
  });
}

/** The full name of the one the account quotes most ("Jose Mourinho" for "Mourinho said"), or null. */
function quotedMost(account: string): string | null {
  const counts = new Map<string, number>();
  for (const m of account.matchAll(QUOTED_SPEAKER)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const [surname] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!surname) return null;
  const full = FULL_NAME(surname).exec(account);
  return full ? `${full[1]} ${surname}` : surname;
}
