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
import { hasAtMostWords } from './word-count.ts';

/** The placeholder label of a question that had none; the record prints no label for it. */
export const UNPRINTED_QUESTION = 'Q';
const MIN_QUESTIONS = 2;
const MAX_OFFICIALS = 3;
// Labels as printed: a panel's members in full, then by surname.
const MAX_PANEL = 24;
const MAX_QUESTION_WORDS = 120;
// "**What motivated you?**", "__WONA- What motivated you?__": wholly bold, perhaps with the asker's name first.
// The name is initials or capitalised words ("WONA", "Kara Swisher"), never a clause ("You think that: …").
const WHOLLY_BOLD = /^\s*(\*\*|__)(?:(\p{Lu}[\p{Lu}\d!&.]{1,7}|\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2})\s*[-–—:]\s+)?(\S[\s\S]*?)\1\s*$/u;

interface Question {
  parsed: ParsedLabel;
  paragraph: ParagraphLines;
}

/** The segments with the unlabelled questions made turns of their own, or null when the document is not printed that way. */
export function withUnlabelledQuestions(segments: Segments): Pick<Segments, 'preamble' | 'turns'> | null {
  const { turns, preamble } = segments;
  const labels = new Set(turns.map((t) => t.parsed.label));
  // A panel of many who answer (a team's media day): only questions set wholly in bold tell.
  const boldOnly = labels.size > MAX_OFFICIALS;
  if (turns.length === 0 || labels.size > MAX_PANEL) return null;
  for (const printed of labels) {
    const type = identityType(printed);
    if (type !== 'person' && type !== 'answerer') return null;
  }
  // One labelled asker beside the officials (an interviewer labelled once, then only set in bold) asks them all.
  const asker = askerAmong(turns, labels);
  const split = turns.map((turn, k) => splitAtQuestions(turn, turns[k + 1]?.parsed.label === turn.parsed.label, asker, boldOnly));
  const lastOfPreamble = preamble[preamble.length - 1];
  const opening = lastOfPreamble && turns[0] ? questionIn(lastOfPreamble, true, asker, boldOnly) : null;
  const found = split.reduce((n, s) => n + s.questions, 0) + (opening ? 1 : 0);
  // Most answers follow a question: two at least, and one for every three turns.
  if (found < MIN_QUESTIONS || found * 3 < turns.length) return null;
  const out: DraftTurn[] = opening ? [questionTurn(opening)] : [];
  for (const s of split) out.push(...s.turns);
  return { preamble: opening ? preamble.slice(0, -1) : preamble, turns: out };
}

/**
 * The turn cut at its unlabelled questions: a wholly bold paragraph after its first (the plain
 * paragraphs after it the official's answer again), and a last paragraph that asks when the same
 * official's label comes next.
 */
function splitAtQuestions(turn: DraftTurn, sameLabelNext: boolean, asker: string | null, boldOnly: boolean): { turns: DraftTurn[]; questions: number } {
  const paragraphs = turn.paragraphs;
  if (paragraphs.length < 2 || turn.parsed.label === asker) return { turns: [turn], questions: 0 };
  const out: DraftTurn[] = [];
  let current: DraftTurn = { ...turn, paragraphs: [paragraphs[0]!] };
  let asking: DraftTurn | null = null;
  let questions = 0;
  for (let p = 1; p < paragraphs.length; p++) {
    const last = p === paragraphs.length - 1;
    const question = questionIn(paragraphs[p]!, last && sameLabelNext, asker, boldOnly || !last);
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
  if (current.paragraphs.length > 0) out.push(current);
  return questions > 0 ? { turns: out, questions } : { turns: [turn], questions: 0 };
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
  if (!hasAtMostWords(text, MAX_QUESTION_WORDS)) return null;
  const bold = text.includes('**') || text.includes('__') ? WHOLLY_BOLD.exec(text) : null;
  if (bold) return { parsed: label(askerLabel(bold[2]?.trim(), asker), bold[3]!), paragraph };
  if (!boldOnly && sameLabelNext && ENDS_ASKING.test(text)) return { parsed: label(asker ?? UNPRINTED_QUESTION, text), paragraph };
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
