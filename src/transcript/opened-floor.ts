// A press conference scraped with no labels (a central bank's page copied as text): the principal's
// statement ends by opening the floor ("We are now ready to take your questions.", "We are now at your disposal for
// questions."), and then the
// questions and the answers follow as plain paragraphs, each one paragraph or several. Each paragraph
// is weighed as asking or answering (a question announced or its asker addressing the principal by
// title, question marks, the second person; an answer's "On your first question", its institutional
// "we"), a run of asking paragraphs is one question and a run of answering ones one answer. The
// questions are given the questioner's label and the answers the principal's (one the document
// labels elsewhere, or the title and name the reporters address, "President Lagarde, …"), so the
// conventions read them. Tried only where no convention found more than a few labels, all after the
// floor opened.
import { escapeRegExp } from './chars.ts';
import type { LabelDetection } from './labels/index.ts';
import { ENDS_ASKING, type ParagraphLines } from './types.ts';

const MAX_LABELS = 3;
const MIN_EXCHANGES = 2;
// The last words of the statement: the principal opens the floor.
const FLOOR_OPENS =
  /\b(?:(?:ready|happy|glad|pleased|delighted)\s+to\s+(?:take|answer|respond\s+to)\s+(?:(?:your|any|some|a\s+few)\s+)?questions|(?:I|we)(?:['’]ll|\s+will|\s+shall)\s+(?:now\s+)?(?:take|answer)\s+(?:(?:your|any|some|a\s+few)\s+)?questions|open\s+(?:it|the\s+floor)\s+(?:up\s+)?(?:to|for)\s+questions|(?:let['’]s|let\s+us)\s+(?:go\s+to|take|turn\s+to)\s+(?:your\s+)?questions|the\s+floor\s+is\s+(?:now\s+)?open|(?:I\s+am|I['’]m|we\s+are|we['’]re)\s+(?:now\s+)?at\s+your\s+disposal\s+for\s+(?:(?:your|any)\s+)?questions)\b[^.!?]*[.!]?\s*$/i;
const SEPARATOR = /^\s*(?:(?:\*\s*){3,}|[-_=~]{3,}|(?:#\s*){3,})$/;
// The asker announces a question, perhaps counting: "Two questions, …", "I have a follow-up question", "And my second question is …".
const ANNOUNCED =
  /^(?:(?:and|okay|ok|so|yes|also|thank you|thanks|hi|hello|good afternoon)[,.!]?\s+)*(?:(?:i|we)(?:['’]d|\s+would)?\s+(?:have|like to ask|want to ask|wanted to ask)\s+(?:also\s+)?(?:a|an|one|two|three|just one|a couple of|a few|some)?\s*(?:(?:quick|short|follow-up|follow up|further|last|final|more)\s+)?questions?\b|(?:(?:my|the|a|one|two|three|a couple of)\s+)?(?:(?:first|second|third|last|final|quick|short|follow-up|follow up|further|other)\s+)?questions?\b(?!\s+(?:was|were|that you|you)\b)|(?:(?:my|the)\s+)?(?:first|second|third|last|other)\s+one\s+is\b)/i;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3 };
// The offices a reporter addresses the principal by, as printed in a name ("President Lagarde").
const OFFICES =
  'President|Vice-President|Governor|Deputy Governor|Chair|Chairman|Chairwoman|Minister|Prime Minister|Secretary|Commissioner|Director|Director-General|Mayor|Premier|Chancellor|Ambassador';
// "President Lagarde, …", "Madam Governor, …": the asker addresses the principal by office, perhaps by name.
const VOCATIVE = new RegExp(`^(?:(?:madam|madame|mr\\.?|mister|ms\\.?)\\s+)?(?:${OFFICES})(?:\\s+\\p{Lu}[\\p{L}'’-]+)?\\s*,`, 'iu');
// "Mario Draghi, President of the ECB,": a person the opening lists with their office.
const NAME_AND_OFFICE = new RegExp(
  `(?:^|[,;]\\s*)(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:de|da|van|von|der|\\p{Lu}[\\p{L}'’-]+)){1,3}),\\s*(?:the\\s+)?(?:${OFFICES})\\b`,
  'gu',
);
// "…, President Lagarde.": the office and name the reporters address, capitalised as a name is.
const ADDRESSED = new RegExp(`(?:^|[.!?]\\s+|,\\s*)((?:${OFFICES})\\s+\\p{Lu}[\\p{Ll}'’-]+)\\s*[,.]`, 'u');
// The answerer takes up a question: "On your first question, …", "So, your question is: …", "Let me …", "Well, …".
const ANSWERING =
  /^(?:(?:so|now|and|but|well|look|okay|ok)[,.]?\s+)*(?:(?:on|to|as for|regarding|concerning)\s+(?:your|the)\s+(?:\w+\s+)?(?:question|point|topic|one)|your\s+(?:\w+\s+)?question|i['’]ll\s+start\s+with|let\s+me\b|well\b|look\b|thank\s+you\s+for\s+(?:your|the|that)\b|as\s+i\s+(?:said|mentioned)|i\s+don['’]t\s+have\s+to\s+wait)/i;
// A first sentence that asks: "How are the lessons of 2022 informing …?".
const ASKS_FIRST = /^(?:how|what|why|when|where|which|who|do|does|did|is|are|can|could|will|would|should|has|have)\b[^.!?]{0,300}\?/i;
const ASKS_FOR = /\b(?:i(?:['’]d|\s+would)\s+like\s+(?:to\s+(?:have|hear|know|get)\s+)?your|could\s+you|can\s+you|would\s+you|would\s+it\s+be\s+possible)\b/i;
// A paragraph that opens with a request, "Would it be possible to get some sense of …", "Could you …", asks even without a question mark.
const OPENS_WITH_REQUEST = /^(?:(?:and|so|okay|ok)[,.]?\s+)?(?:would|could|can)\s+(?:it\s+be\s+possible|you)\b/i;
// "… My question is whether you confirm this statement": the asker announces the question inside the paragraph.
const SECOND_FIRST = /\b(?:(?:second|other|last)\s+(?:question|one)\s+first|first\s+(?:the\s+)?(?:second|other|last)\s+(?:question|one))\b/i;
const MY_QUESTION = /\bmy\s+(?:(?:first|second|third|last|final|other|next|follow-up)\s+)?question\s+(?:is|would be)\b/i;
const WORD = /[\p{L}'’]+/gu;

interface Weighed {
  asks: boolean;
  ordinal: number;
}

/** The paragraphs with the unlabelled questions and answers after the floor opens labelled, or null when the document is not printed so. */
export function withOpenedFloor(paragraphs: readonly ParagraphLines[], detection: LabelDetection | null): ParagraphLines[] | null {
  if (detection && detection.hits.length > MAX_LABELS) return null;
  const labelled = new Set(detection?.hits.map((h) => h.paragraph));
  const texts = paragraphs.map((p) => p.map((l) => l.text.trim()).join(' '));
  const opens = texts.findIndex((text, i) => !labelled.has(i) && FLOOR_OPENS.test(text));
  if (opens < 0 || detection?.hits.some((h) => h.paragraph <= opens)) return null;
  const kinds = new Map<number, 'Q' | 'A'>();
  let asking = false;
  let ordinal = 0;
  let secondFirst = false;
  let questions = 0;
  let answers = 0;
  for (let i = opens + 1; i < paragraphs.length; i++) {
    const text = texts[i]!;
    if (SEPARATOR.test(text)) continue;
    if (labelled.has(i)) {
      asking = false;
      continue;
    }
    const weighed = weigh(text, asking, asking ? ordinal : secondFirst ? 1 : 0);
    // Someone asks first once the floor is open.
    const asks = weighed.asks || (questions === 0 && answers === 0);
    if (asks && !asking) questions++;
    if (!asks && (asking || answers === 0)) answers++;
    if (asks !== asking || kinds.size === 0) kinds.set(i, asks ? 'Q' : 'A');
    ordinal = asks ? (asking ? Math.max(ordinal, weighed.ordinal) : weighed.ordinal) : 0;
    // "Now, answering the second question first, …": the answer's "The first question is …" later takes up the other.
    secondFirst = !asks && (secondFirst || SECOND_FIRST.test(text));
    asking = asks;
  }
  if (questions < MIN_EXCHANGES || answers < MIN_EXCHANGES) return null;
  const answerer = answererOf(texts, detection, kinds);
  const out: ParagraphLines[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    // The rule between the statement and the questions ("* * *") is the page's, not anyone's words.
    if (i > opens && !labelled.has(i) && SEPARATOR.test(texts[i]!)) continue;
    const kind = i === 0 ? 'A' : kinds.get(i);
    const first = p[0]!;
    out.push(kind ? [{ ...first, text: `${kind === 'Q' ? 'Q' : answerer}: ${first.text.trimStart()}` }, ...p.slice(1)] : p);
  }
  return out;
}

/**
 * Whether the paragraph asks, and which question it counts itself as ("my second question": 2). `ordinal` is the
 * question the asker last counted, or, in an answer that took up a later question first, 1.
 */
function weigh(text: string, asking: boolean, ordinal: number): Weighed {
  const announced = ANNOUNCED.exec(text);
  const counted = announced ? countOf(announced[0]) : 0;
  // "The first question: …" after the asker's second is the answer taking them up in order.
  const counts =
    announced !== null &&
    (!asking ? !(ordinal > 0 && counted === 1) : counted === 0 || counted > ordinal) &&
    (counted > 1 || asking || !/\bone\s+is\b/i.test(announced[0]));
  let score = counts || VOCATIVE.test(text) || MY_QUESTION.test(text) ? 2 : 0;
  if (text.includes('?')) score++;
  if (ENDS_ASKING.test(text) || ASKS_FIRST.test(text) || ASKS_FOR.test(text)) score++;
  if (OPENS_WITH_REQUEST.test(text)) score++;
  if (ANSWERING.test(text)) score -= 2;
  const words = text.toLowerCase().match(WORD) ?? [];
  let you = 0;
  let speaker = 0;
  let we = 0;
  for (const w of words) {
    if (w.startsWith('you')) you++;
    else if (w === 'we' || w === 'our' || w === 'us' || w.startsWith('we’') || w.startsWith("we'")) we++;
    else if (w === 'i' || w === 'me' || w === 'my' || w.startsWith('i’') || w.startsWith("i'")) speaker++;
  }
  // An institution answers as "we"; the asker speaks to "you".
  if (we >= 3 && we > you) score--;
  else if (you >= 2 && you > we + speaker) score++;
  return { asks: score >= 2, ordinal: counts ? Math.max(counted, 1) : ordinal };
}

function countOf(announced: string): number {
  const word = /\b(first|second|third)\b/i.exec(announced)?.[1]?.toLowerCase();
  if (word) return ORDINALS[word] ?? 0;
  return /\b(?:two|three|a couple of)\s+questions\b/i.test(announced) ? 1 : 0;
}

/**
 * Who answers: a label the document prints after the floor opens (not the one the principal hands
 * over to, "my Vice-President"), else the office and name the reporters address, else "A".
 */
function answererOf(texts: readonly string[], detection: LabelDetection | null, kinds: ReadonlyMap<number, 'Q' | 'A'>): string {
  const printed = [...new Set(detection?.hits.map((h) => h.parsed.label) ?? [])];
  // "Mario Draghi, President of the ECB, Luis de Guindos, Vice-President of the ECB" over the statement, and only
  // "Luis de Guindos:" printed: the second official labelled where he takes a question, the first answers the rest.
  const listed = [...(texts[0] ?? '').matchAll(NAME_AND_OFFICE)].map((m) => m[1]!);
  // (Printed as the surname, its particle capitalised: "De Guindos:" for the listed "Luis de Guindos".)
  const isListed = (label: string, name: string) => name === label || name.toLowerCase().endsWith(` ${label.toLowerCase()}`);
  if (listed.length >= 2 && !printed.some((label) => isListed(label, listed[0]!)) && printed.every((label) => listed.some((name) => isListed(label, name))))
    return listed[0]!;
  if (printed.length > 0) {
    const all = texts.join('\n');
    const handedTo = (label: string) => new RegExp(`\\b(?:my\\s+${escapeRegExp(label)}\\b|the\\s+${escapeRegExp(label)}\\s+and\\s+I\\b)`, 'i').test(all);
    return printed.find((label) => !handedTo(label)) ?? printed[printed.length - 1]!;
  }
  const addressed = new Map<string, number>();
  for (const [i, kind] of kinds) {
    if (kind !== 'Q') continue;
    const at = ADDRESSED.exec(texts[i]!);
    if (at) addressed.set(at[1]!, (addressed.get(at[1]!) ?? 0) + 1);
  }
  return [...addressed].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'A';
}
