// Questions printed without a label where only the answers carry one ("Corrin: …" under a plain
// "Will the ferry run on Sunday?", or a bold "**What motivated you?**" over "__Shazia__: …"). The
// labels are all the officials'; a paragraph that closes a turn and asks, right before the same
// official's label again, is someone else asking, and so is a wholly bold paragraph there. A
// question inside an answer is followed by more of the answer, so it is never the turn's last.
import { ENDS_ASKING } from './cast-evidence.ts';
import { identityType } from './identity.ts';
import { label, type ParsedLabel } from './labels/types.ts';
import type { DraftTurn, Segments } from './segment.ts';
import type { ParagraphLines } from './types.ts';
import { hasAtMostWords, wordCount } from './word-count.ts';

/** The placeholder label of a question that had none; the record prints no label for it. */
export const UNPRINTED_QUESTION = 'Q';
const MIN_QUESTIONS = 2;
const MAX_OFFICIALS = 3;
// Labels as printed: a panel's members in full, then by surname.
const MAX_PANEL = 24;
const MAX_QUESTION_WORDS = 120;
const KEYED_QUESTION = /^\s*(?:\*\*|__)\s*(?:问题|提问|问|Q)\s?\d{0,3}\s*[：:]/u;
const MAX_KEYED_QUESTION_WORDS = 600;
// "**What motivated you?**", "__WONA- What motivated you?__": wholly bold, perhaps with the asker's name first.
// The name is initials or capitalised words ("WONA", "Kara Swisher"), never a clause ("You think that: …").
const WHOLLY_BOLD = /^\s*(\*\*|__)(?:(\p{Lu}[\p{Lu}\d!&.]{1,7}|\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2})\s*[-–—:]\s+)?(\S[\s\S]*?)\1\s*$/u;

interface Question {
  parsed: ParsedLabel;
  paragraph: ParagraphLines;
  /** Set wholly in bold (a plain question is told by its place and its question mark). */
  bold: boolean;
}

/** What follows a turn: the same official's label again, another official's, or anything else (an asker, the end). */
type Next = 'same' | 'other-official' | 'other';

/** The segments with the unlabelled questions made turns of their own, or null when the document is not printed that way. */
export function withUnlabelledQuestions(segments: Segments): Pick<Segments, 'preamble' | 'turns'> | null {
  const { turns, preamble } = segments;
  const labels = new Set(turns.map((t) => t.parsed.label));
  // A panel of many who answer (a team's media day): only questions set wholly in bold tell. (A chair who
  // opens the floor once, a host who thanks everyone at the end: not a panel.)
  const boldOnly = repeatedLabels(turns) > MAX_OFFICIALS;
  if (turns.length === 0 || labels.size > MAX_PANEL) return null;
  for (const printed of labels) {
    const type = identityType(printed);
    if (type !== 'person' && type !== 'answerer') return null;
  }
  // One labelled asker beside the officials (an interviewer labelled once, then only set in bold) asks them all.
  const asker = askerAmong(turns, labels);
  const nextOf = (k: number): Next => {
    const next = turns[k + 1]?.parsed.label;
    if (next === undefined) return 'other';
    if (next === turns[k]!.parsed.label) return 'same';
    return asker === null ? 'other-official' : 'other';
  };
  const lastOfPreamble = preamble[preamble.length - 1];
  // (A bold title alone above the first label is the title, not a question.)
  const titleOnly = preamble.length === 1 && lastOfPreamble !== undefined && !ENDS_ASKING.test(textOf(lastOfPreamble));
  const opening = lastOfPreamble && turns[0] && !titleOnly ? questionIn(lastOfPreamble, true, asker, boldOnly) : null;
  const split = turns.map((turn, k) => splitAtQuestions(turn, nextOf(k), asker, boldOnly));
  const found = split.reduce((n, s) => n + s.questions, 0) + (opening ? 1 : 0);
  // Most answers follow a question: two at least, and one for every three turns.
  if (found < MIN_QUESTIONS || found * 3 < turns.length) return null;
  // The first question may run over paragraphs above its last, as any other does (a title line stays the preamble's).
  const openingFrom = opening && !opening.bold ? questionStart(preamble, preamble.length - 1, 1) : preamble.length - (opening ? 1 : 0);
  const out: DraftTurn[] = opening ? [questionTurnOver(opening, preamble.slice(openingFrom))] : [];
  for (const s of split) out.push(...s.turns);
  return { preamble: preamble.slice(0, openingFrom), turns: out };
}

/**
 * The turn cut at its unlabelled questions: a wholly bold paragraph after its first (the plain
 * paragraphs after it the official's answer again), and the paragraphs that close the turn and ask
 * when an official's label comes next (closingQuestion).
 */
function splitAtQuestions(turn: DraftTurn, next: Next, asker: string | null, boldOnly: boolean): { turns: DraftTurn[]; questions: number } {
  const paragraphs = turn.paragraphs;
  if (paragraphs.length < 2 || turn.parsed.label === asker) return { turns: [turn], questions: 0 };
  const out: DraftTurn[] = [];
  let current: DraftTurn = { ...turn, paragraphs: [paragraphs[0]!] };
  let asking: DraftTurn | null = null;
  let questions = 0;
  const closing = closingQuestion(paragraphs, boldOnly ? 'other' : next, asker);
  const end = closing ? closing.from : paragraphs.length;
  for (let p = 1; p < end; p++) {
    const question = questionIn(paragraphs[p]!, false, asker, true);
    if (question) {
      // A question in several bold paragraphs is one question.
      if (asking && current.paragraphs.length === 0) asking.paragraphs.push(questionTurn(question).paragraphs[0]!);
      else {
        if (current.paragraphs.length > 0) out.push(current);
        asking = questionTurn(question);
        out.push(asking);
        questions++;
      }
      current = { parsed: label(turn.parsed.label, ''), line: paragraphs[p]![0]!.no, startsAt: null, paragraphs: [] };
    } else {
      if (current.paragraphs.length === 0) current.line = paragraphs[p]![0]!.no;
      current.paragraphs.push(paragraphs[p]!);
    }
  }
  if (closing?.question.bold && asking && current.paragraphs.length === 0) {
    asking.paragraphs.push(questionTurn(closing.question).paragraphs[0]!);
  } else {
    if (current.paragraphs.length > 0) out.push(current);
    if (closing) {
      out.push(questionTurnOver(closing.question, paragraphs.slice(closing.from)));
      questions++;
    }
  }
  return questions > 0 ? { turns: out, questions } : { turns: [turn], questions: 0 };
}

// How a reporter opens a question: "Mr President, two questions: …", "My first question would be on
// …", "I have a question on …", "A quick question about …", "Then the second question is …". An
// answer speaks of the question instead ("On the first question, …", "Your second question …") and is not matched.
const QUESTION_OPENING =
  /^(?:(?:Then|And|So|Now|Also),?\s+)?(?:(?:Mr\.?|Madam|Madame|Mrs\.?|Ms\.?)\s+(?:President|Vice[- ]President|Chair(?:man|woman|person)?|Governor|Secretary|Minister|Prime Minister|Commissioner)\b|(?:President|Governor|Minister|Secretary|Commissioner|Chair(?:man|woman)?)(?:\s+[A-Z][A-Za-z'’-]+)?,|I\s+(?:have|had|would have|'d have|’d have)\s+(?:a|one|two|three|another|just one|a couple of)\s+(?:\w+\s+)?questions?\b|(?:my|a|one|two|three|another|the (?:first|second|third|last|other|next)|last|final|first|second|third)\s+(?:\w+\s+){0,2}questions?\b(?!\s+(?:\w+\s+)?(?:was|were)\b))/i;
// A later question announced ("The second question brings me back to Italy.", "Secondly, …"): a first was asked above it.
const LATER_QUESTION =
  /^(?:(?:Then|And|So|Now|Also),?\s+)?(?:(?:(?:my|the|a)\s+)?(?:second|third|next|other|last|final|another|follow-up)\s+(?:\w+\s+)?questions?\b|secondly\b|thirdly\b)/i;

const textOf = (paragraph: ParagraphLines) =>
  paragraph
    .map((line) => line.text)
    .join('\n')
    .trimStart();
const asks = (paragraph: ParagraphLines) => {
  const text = textOf(paragraph);
  return ENDS_ASKING.test(text) || QUESTION_OPENING.test(text);
};

/**
 * The question that closes a turn, from the paragraph where it begins. Wholly bold; or, before the same
 * official's label again, a last paragraph that ends on a question mark or is worded as a reporter
 * words a question, or a remark under a paragraph that asks. Before another official's label, only a
 * question that ends on a question mark and is worded as one somewhere: one official may end by
 * handing a question to the other.
 */
function closingQuestion(paragraphs: readonly ParagraphLines[], next: Next, asker: string | null): { from: number; question: Question } | null {
  const end = paragraphs.length - 1;
  const last = paragraphs[end]!;
  const bold = questionIn(last, false, asker, true);
  if (bold) return { from: end, question: bold };
  if (next === 'other') return null;
  const lastText = textOf(last);
  if (!hasAtMostWords(lastText, MAX_QUESTION_WORDS)) return null;
  const marked = ENDS_ASKING.test(lastText);
  let from = end;
  if (!marked) {
    if (next !== 'same') return null;
    if (!QUESTION_OPENING.test(lastText)) {
      // "… on the state of the markets?" then "If I may go back to reinvestment: … maybe something more."
      if (end - 1 < 1 || !asks(paragraphs[end - 1]!)) return null;
      from = end - 1;
    }
  }
  from = questionStart(paragraphs, from, 1);
  if (next === 'other-official' && !paragraphs.slice(from).some((paragraph) => QUESTION_OPENING.test(textOf(paragraph)))) return null;
  return { from, question: { parsed: label(asker ?? UNPRINTED_QUESTION, textOf(paragraphs[from]!)), paragraph: paragraphs[from]!, bold: false } };
}

/**
 * Where the question whose paragraph `at` asks begins: the paragraphs above it that ask too, or that
 * a later question under them says held a first, belong to it, down to `floor`.
 */
function questionStart(paragraphs: readonly ParagraphLines[], at: number, floor: number): number {
  let start = at;
  let words = wordCount(textOf(paragraphs[at]!));
  while (start - 1 >= floor) {
    const above = paragraphs[start - 1]!;
    words += wordCount(textOf(above));
    if (words > MAX_QUESTION_WORDS * 3) break;
    if (!asks(above) && !(LATER_QUESTION.test(textOf(paragraphs[start]!)) && hasAtMostWords(textOf(above), MAX_QUESTION_WORDS))) break;
    start--;
  }
  return start;
}

function questionTurnOver(question: Question, paragraphs: ParagraphLines[]): DraftTurn {
  if (paragraphs.length <= 1) return questionTurn(question);
  const first = paragraphs[0]![0]!;
  return { parsed: label(question.parsed.label, first.text), line: first.no, startsAt: first.at ?? null, paragraphs };
}

/** How many labels stand over more than one turn. */
function repeatedLabels(turns: readonly DraftTurn[]): number {
  const seen = new Map<string, number>();
  for (const turn of turns) seen.set(turn.parsed.label, (seen.get(turn.parsed.label) ?? 0) + 1);
  let repeated = 0;
  for (const count of seen.values()) if (count > 1) repeated++;
  return repeated;
}

/** A labelled speaker who asks (their turns end on a question or are set in bold), beside one official: the interviewer. */
function askerAmong(turns: readonly DraftTurn[], labels: ReadonlySet<string>): string | null {
  if (labels.size !== 2) return null;
  for (const printed of labels) {
    const own = turns.filter((t) => t.parsed.label === printed);
    const asking = own.filter((t) => {
      const text = t.paragraphs.map((p) => p.map((l) => l.text).join('\n')).join('\n');
      return ENDS_ASKING.test(text) || BOLD_CLOSE.test(text);
    });
    if (asking.length * 2 >= own.length && own.length * 3 <= turns.length + 1) return printed;
  }
  return null;
}

const BOLD_CLOSE = /(?:\*\*|__)\s*$/;

/**
 * The paragraph as a question: wholly bold (perhaps after the asker's name), or, before the same
 * label again, ending on a question mark (not inside a turn, where only bold tells).
 */
function questionIn(paragraph: ParagraphLines, sameLabelNext: boolean, asker: string | null, boldOnly = false): Question | null {
  const text = paragraph.map((line) => line.text).join('\n');
  // ("**问题3：当前我们……？**": a question its key opens is a question however long; counted in characters, Chinese runs long.)
  if (!hasAtMostWords(text, KEYED_QUESTION.test(text) ? MAX_KEYED_QUESTION_WORDS : MAX_QUESTION_WORDS)) return null;
  const bold = text.includes('**') || text.includes('__') ? WHOLLY_BOLD.exec(text) : null;
  if (bold) return { parsed: label(askerLabel(bold[2]?.trim(), asker), bold[3]!), paragraph, bold: true };
  if (!boldOnly && sameLabelNext && ENDS_ASKING.test(text)) return { parsed: label(asker ?? UNPRINTED_QUESTION, text), paragraph, bold: false };
  return null;
}

/** The asker printed before the question: "WONA" (a publication's initials) asks for it, as "Q (WONA)" does; a name is that person. */
function askerLabel(printed: string | undefined, asker: string | null): string {
  if (!printed) return asker ?? UNPRINTED_QUESTION;
  return /^[\p{Lu}\d!&]{2,8}$/u.test(printed) ? `${UNPRINTED_QUESTION} (${printed})` : printed;
}

function questionTurn({ parsed, paragraph }: Question): DraftTurn {
  const first = paragraph[0]!;
  return { parsed, line: first.no, startsAt: first.at ?? null, paragraphs: [[{ ...first, text: parsed.body }]] };
}
