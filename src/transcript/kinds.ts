// The kind of each turn, and which question an answer replies to.
//   narration     unlabelled opening prose
//   statement     the principal (or another official) speaking with no question open
//   question      a journalist's turn, follow-ups included
//   answer        a turn after a question by someone who is not a journalist or moderator
//   moderation    a moderator's turn; it closes the open question
//   interjection  a short remark by someone else in the middle of an answer
import type { TurnKind } from '../domain/record.ts';
import { atMostWords, hasAtMostWords, type Part } from './participants.ts';

export interface KindInput {
  part: Part | 'narrator';
  text: string;
  /** The turn names who asks next ("Mira Solberg, Harbour Radio."), and they do. */
  handsOver?: boolean;
  /** wordCount(text), where the assembly counted it. */
  words?: number;
}

export interface KindResult {
  kind: TurnKind;
  replyTo: number | null;
  /** Which rule decided the kind, for --report. */
  rule: string;
}

const SHORT_REMARK_WORDS = 12;
const HANDOFF_WORDS = 8;
// Where the principal also runs the floor (a press secretary, a spokesperson): "Go ahead, Weijia.",
// "Next question.", "请提问。" A hand-off opens the turn, after at most a courtesy word.
const HANDOFF_OPENING =
  /^(?:(?:yes|yeah|okay|ok|sure|all right|alright|thank you|thanks|please|and)[,.!]?\s+)*(?:go ahead|(?:the )?next question|(?:the )?(?:last|final) question|let['’]s go to|over to you|you['’]re next|the floor is yours)\b|^(?:好的?[，,。]?\s*)?(?:请提问|请讲|下一个问题|请继续|最后一个问题|请这位)/iu;
const SHORT_OFFICIAL_WORDS = 25;

// The results that reply to nothing are the same for every turn they decide: shared, not made
// per turn (a long transcript's garbage is mostly per-turn objects). Nobody changes a result.
const NARRATION: KindResult = { kind: 'narration', replyTo: null, rule: 'unlabelled prose before the first label' };
const BY_MODERATOR: KindResult = { kind: 'moderation', replyTo: null, rule: 'the moderator speaks' };
const NAMES_NEXT: KindResult = { kind: 'moderation', replyTo: null, rule: 'names who asks next' };
const HANDS_OFF: KindResult = { kind: 'moderation', replyTo: null, rule: 'a short hand-off ("Go ahead")' };
const INTERJECTION: KindResult = { kind: 'interjection', replyTo: null, rule: 'a short remark between two turns of the principal' };
const QUESTION: KindResult = { kind: 'question', replyTo: null, rule: 'a journalist speaks' };
const STATEMENT: KindResult = { kind: 'statement', replyTo: null, rule: 'an official speaks with no question open' };

export function assignKinds(turns: readonly KindInput[]): KindResult[] {
  const results: KindResult[] = [];
  let openQuestion: number | null = null;
  // isHandoff of each turn is asked twice, for the turn and by the interjection rule of the turn before it: read once.
  const handoffs = new HandoffReader(turns);
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i]!;
    if (turn.part === 'narrator') {
      results.push(NARRATION);
    } else if (turn.part === 'moderator' || handoffs.at(i) || turn.handsOver === true) {
      openQuestion = null;
      results.push(turn.part === 'moderator' ? BY_MODERATOR : turn.handsOver ? NAMES_NEXT : HANDS_OFF);
    } else if (isInterjection(turns, i, handoffs)) {
      results.push(INTERJECTION);
    } else if (turn.part === 'journalist') {
      openQuestion = i + 1;
      results.push(QUESTION);
    } else if (openQuestion !== null) {
      results.push({ kind: 'answer', replyTo: openQuestion, rule: 'an official speaks with a question open' });
    } else {
      results.push(STATEMENT);
    }
  }
  return results;
}

function isHandoff(turn: KindInput): boolean {
  if (turn.part === 'journalist' || turn.part === 'narrator') return false;
  return atMostWords(turn, HANDOFF_WORDS) && !hasQuestionMark(turn.text) && HANDOFF_OPENING.test(turn.text.trim());
}

/** isHandoff by turn index, the last answer kept: assignKinds asks of turn i + 1, then of turn i + 1 again. */
class HandoffReader {
  private index = -1;
  private answer = false;

  constructor(private readonly turns: readonly KindInput[]) {}

  at(i: number): boolean {
    if (i !== this.index) {
      this.index = i;
      this.answer = isHandoff(this.turns[i]!);
    }
    return this.answer;
  }
}

/** /[?？]/.test(text), without a pattern. */
function hasQuestionMark(text: string): boolean {
  return text.includes('?') || text.includes('？');
}

// A question the answer cut into: "Minister, will the fees go up once it is open, or-".
const CUT_OFF = /[-–—]\s*$/;
const CUT_OFF_QUESTION_WORDS = 5;

// "Q (Inaudible.)", "REPORTER: (Off mic.)": a question the transcriber did not hear, which the principal answers.
export const UNHEARD = /^\s*[([]\s*(?:question\s+)?(?:inaudible|off[- ]?mi(?:c|ke)|unintelligible|not audible|no microphone|crosstalk)[^()[\]]{0,40}[)\]]\s*$/i;

function isCutOffQuestion(text: string): boolean {
  return CUT_OFF.test(text) && !hasAtMostWords(text, CUT_OFF_QUESTION_WORDS);
}

/** A short remark between two turns of the principal, by a journalist (not asking) or anyone else. */
function isInterjection(turns: readonly KindInput[], i: number, handoffs: HandoffReader): boolean {
  const turn = turns[i]!;
  if (turn.part === 'principal') return false;
  if (turn.part === 'interpreter') return true;
  if (turns[i - 1]?.part !== 'principal' || turns[i + 1]?.part !== 'principal') return false;
  // "I have one more question." / "Go ahead.": asking for the floor, not cutting into an answer.
  if (handoffs.at(i + 1)) return false;
  if (turn.part === 'journalist')
    return atMostWords(turn, SHORT_REMARK_WORDS) && !hasQuestionMark(turn.text) && !isCutOffQuestion(turn.text) && !UNHEARD.test(turn.text);
  return atMostWords(turn, SHORT_OFFICIAL_WORDS);
}
