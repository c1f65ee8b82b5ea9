// The evidence a speaker's turns give of their part: do they ask the principal, answer a
// question, speak at length for the host, or were they handed the floor by a moderator?
import type { Outlet, Person } from '../domain/record.ts';
import { atMostWords, type CastHints, type LabelledTurn } from './participants.ts';
import type { Speaker } from './speakers.ts';
import { nameCalledOn, namedAsker, sameSurname, selfIntroduction } from './handoffs.ts';
import { hasAtMostWords } from './word-count.ts';
import { ENDS_ASKING } from './types.ts';
import { isTitleWord } from './label-spellings.ts';
import { escapeRegExp } from './chars.ts';

export interface CastContext {
  /** Why the principal is the principal: the metadata named them, or they said the most. */
  principalRule: string;
  principal: Speaker | null;
  principalPerson: Person | null;
  moderators: Set<Speaker>;
  outletLabelled: boolean;
  speakerOf: Speaker[];
  turns: readonly LabelledTurn[];
  outletNamed: (name: string) => Outlet;
  hints: CastHints;
  /** In an interview, the ones who ask (participants.ts interviewPair). */
  interviewers: ReadonlySet<Speaker>;
}

/**
 * Most of the speaker's turns are followed by the principal, and they ask something: a question
 * mark, or (questions are often put as statements) a turn that opens by addressing the principal
 * ("Governor, …") or that the principal answers by thanking or naming them ("Thanks, Glenda.").
 */
export function asksThePrincipal(speaker: Speaker, ctx: CastContext): boolean {
  if (!ctx.principal) return false;
  let followed = 0;
  let asking = false;
  // Every turn ends in a question mark: they ask, whoever of the officials answers.
  let allAsk = speaker.turns.length >= 2;
  for (const i of speaker.turns) {
    const text = ctx.turns[i]!.text;
    if (ctx.speakerOf[i + 1] === ctx.principal) {
      followed++;
      if (!asking && (ADDRESSES_OFFICE.test(text) || answeredByName(speaker, ctx.turns[i + 1]!.text))) asking = true;
    }
    if (text.includes('?') || text.includes('？')) asking = true;
    if (allAsk && !ENDS_ASKING.test(text)) allAsk = false;
  }
  return (asking && followed * 2 > speaker.turns.length) || allAsk;
}

/**
 * A numbered voice ("Speaker 3") among officials the document names: most of its turns are followed
 * by one of those named people, and it asks something. A machine transcript numbers the voices it
 * could not name, and at a briefing those are the reporters, whichever official answers them.
 */
export function asksTheNamedOfficials(speaker: Speaker, ctx: CastContext): boolean {
  if (!/\d/.test(speaker.label)) return false;
  let followed = 0;
  let asking = false;
  for (const i of speaker.turns) {
    const next = ctx.speakerOf[i + 1];
    const text = ctx.turns[i]!.text;
    if (next && next.identity.type === 'person' && next.identity.outlet === null) followed++;
    if (!asking && (text.includes('?') || ADDRESSES_OFFICE.test(text))) asking = true;
  }
  return asking && followed * 2 > speaker.turns.length;
}

/**
 * A second official beside the principal (a vice-chair, a partner at a shareholders' meeting):
 * most of their turns come right after the principal's, and they almost never end on a question,
 * in a document whose askers do. The principal's "Charlie?" hands them the floor to add, not to ask.
 */
export function answersBesideThePrincipal(speaker: Speaker, ctx: CastContext): boolean {
  if (!ctx.principal || speaker.turns.length < MIN_BESIDE_TURNS) return false;
  let afterPrincipal = 0;
  let asking = 0;
  for (const i of speaker.turns) {
    if (ctx.speakerOf[i - 1] === ctx.principal) afterPrincipal++;
    if (ENDS_ASKING.test(ctx.turns[i]!.text)) asking++;
  }
  if (afterPrincipal * 2 < speaker.turns.length || asking * 6 > speaker.turns.length) return false;
  // (One who names themself and their outlet is the press, whatever their turns end with.)
  if (namesOwnOutlet(speaker, ctx)) return false;
  // Questions in this document end on a question mark: others' turns do.
  let othersAsking = 0;
  for (let i = 0; i < ctx.turns.length && othersAsking < MIN_BESIDE_TURNS; i++) {
    const who = ctx.speakerOf[i];
    if (who !== speaker && who !== ctx.principal && ENDS_ASKING.test(ctx.turns[i]!.text)) othersAsking++;
  }
  return othersAsking >= MIN_BESIDE_TURNS;
}

const MIN_BESIDE_TURNS = 4;

export { ENDS_ASKING };

// "Governor, …", "Prime Minister, …", "Mr President, …", "Sir, …": a reporter addressing the principal.
const ADDRESSES_OFFICE =
  /^(?:(?:mr\.?|madam|madame|mister)\s+)?(?:governor|minister|prime minister|president|secretary|chair|chairman|chairwoman|commissioner|premier|treasurer|ambassador|director|spokesperson|spokesman|spokeswoman|sir|ma['’]am|coach)\b[^.?!,]{0,24},/i;

/** "Thanks, Glenda.", "Thank you, Glenda.", "Glenda, …": the reply opens with the asker's first name. */
function answeredByName(speaker: Speaker, reply: string): boolean {
  const identity = speaker.identity;
  if (identity.type !== 'person') return false;
  const first = identity.name.split(/\s+/)[0];
  if (!first || first.length < 2 || !/^\p{Lu}\p{Ll}/u.test(first)) return false;
  const opening = reply.slice(0, 40);
  const at = opening.indexOf(first);
  if (at < 0) return false;
  const before = opening.slice(0, at);
  const after = opening.charAt(at + first.length);
  return (before === '' || THANKS_BEFORE_NAME.test(before)) && /[,.!:;—–\s]/.test(after);
}

const THANKS_BEFORE_NAME = /^(?:thanks?(?: you)?(?: very much)?|yes|okay|ok|well|look|sure|right|good question)[,.!]?\s+$/i;

const OFFICIAL_ANSWER_WORDS = 5;
const OFFICIAL_STATEMENT_WORDS = 30;
const OFFICIAL_ADDITION_WORDS = 15;

/**
 * Another official at a joint appearance or a panel (a second minister, a vice-chair, a senior
 * official): someone who is not asking answers a question, or speaks at length. Several
 * principals share the floor; only a short remark now and then makes someone a bystander.
 */
export function speaksForTheHost(speaker: Speaker, ctx: CastContext): boolean {
  for (const i of speaker.turns) {
    const before = ctx.speakerOf[i - 1];
    const turn = ctx.turns[i]!;
    const text = turn.text;
    if (!atMostWords(turn, OFFICIAL_STATEMENT_WORDS)) return true;
    if (before && isAsker(before) && !atMostWords(turn, OFFICIAL_ANSWER_WORDS)) return true;
    // Adding to the principal's answer ("If I may add one point: ...").
    const twoBefore = ctx.speakerOf[i - 2];
    const continuesAnswer = before === ctx.principal || (before !== undefined && !isAsker(before) && twoBefore !== undefined && isAsker(twoBefore));
    if (continuesAnswer && !text.includes('?') && !atMostWords(turn, OFFICIAL_ADDITION_WORDS)) return true;
  }
  return false;
}

function isAsker(speaker: Speaker): boolean {
  const type = speaker.identity.type;
  return type === 'questioner' || type === 'follow-up' || type === 'outlet' || (type === 'person' && speaker.identity.outlet !== null);
}

const OFFICE_BEFORE_NAME =
  '(?:Dr\\.?|Doctor|Secretary|Administrator|Director|Minister|Commissioner|General|Admiral|Ambassador|Governor|Surgeon General|Chairman|Chairwoman|Chair|Mayor|Senator|Professor|Deputy)';

/**
 * The principal hands over to them by office and surname ("Dr. Birx will give us some research",
 * "Let me ask Secretary Azar to speak to that") and they speak at length: another official, not a
 * reporter, whatever question they put on the way.
 */
export function introducedByThePrincipal(speaker: Speaker, name: string, ctx: CastContext): boolean {
  const surname = name.split(/\s+/).pop();
  if (!surname || surname.length < 2 || !ctx.principal) return false;
  // Made only for a text that prints the surname, which the pattern needs: most speakers have none.
  let byOffice: RegExp | null = null;
  return speaker.turns.some((i) => {
    if (atMostWords(ctx.turns[i]!, OFFICIAL_STATEMENT_WORDS)) return false;
    const before = ctx.speakerOf[i - 1];
    if (before !== ctx.principal) return false;
    const text = ctx.turns[i - 1]!.text.slice(-300);
    if (!text.includes(surname)) return false;
    const printed = escapeRegExp(surname);
    // An office for a name ("Vice-President"): "offer the floor to my Vice-President".
    const mine = name.split(/[\s-]+/).every(isTitleWord) ? `|\\b(?:my|our)\\s+${printed}\\b` : '';
    byOffice ??= new RegExp(`\\b${OFFICE_BEFORE_NAME}\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+)?${printed}\\b${mine}`, 'u');
    return byOffice.test(text);
  });
}

/**
 * The moderator, or the principal running the floor, called on them by name and outlet ("from
 * Colin Sebastian with Baird", "Steve Holland, Reuters."): they ask, even without a question mark.
 */
const QUESTION_COMES_FROM = /\bquestion (?:comes|is coming|will come|is) from\b|\bfrom the line of\b/i;

export function namedByHandOff(speaker: Speaker, name: string, ctx: CastContext, byModeratorOnly = false): boolean {
  return speaker.turns.some((i) => {
    const before = ctx.speakerOf[i - 1];
    if (!before || before === speaker) return false;
    const text = ctx.turns[i - 1]!.text;
    // Anyone else may read the operator's line where a transcript mislabels it: "Your next question comes from …".
    const handsOver = ctx.moderators.has(before) || (!byModeratorOnly && (before === ctx.principal || QUESTION_COMES_FROM.test(text)));
    if (!handsOver) return false;
    const named = (ctx.hints.namedAsker ?? namedAsker)(text);
    if (named !== null) return sameSurname(named.name, name);
    // (The moderator may name no firm: "from the line of Parth Agarwal, an individual investor".)
    const called = ctx.moderators.has(before) ? nameCalledOn(text, true) : null;
    return called !== null && sameSurname(called, name);
  });
}

export function asksAnything(speaker: Speaker, ctx: CastContext): boolean {
  return speaker.turns.some((i) => ctx.turns[i]!.text.includes('?') || ctx.turns[i]!.text.includes('？'));
}

export function handedTheFloor(speaker: Speaker, ctx: CastContext): boolean {
  return speaker.turns.some((i) => {
    const before = ctx.speakerOf[i - 1];
    return before !== undefined && ctx.moderators.has(before);
  });
}

/**
 * Every turn of theirs follows a question the moderator put (a shareholder's, read out): they
 * answer it, whatever they ask on the way ("Do you want me to take that one?").
 */
export function answersTheModerator(speaker: Speaker, ctx: CastContext): boolean {
  return speaker.turns.every((i) => {
    const before = ctx.speakerOf[i - 1];
    return before !== undefined && ctx.moderators.has(before) && putsAQuestion(ctx.turns[i - 1]!.text);
  });
}

/** The turn ends on a question of substance, not a check of the line ("Jane, are you there?"). */
function putsAQuestion(text: string): boolean {
  if (!/[?？]\s*$/.test(text) || LINE_CHECK.test(text)) return false;
  const last = text.slice(text.search(/[^.!?。！？]*[?？]\s*$/));
  return !hasAtMostWords(last, 5);
}

const LINE_CHECK = /\b(?:are you (?:there|with us|on the line)|can you hear (?:me|us)|is your line open|go ahead)\W*$/i;

/** "My name is Doug Christian with Talk Media News.": the speaker names themself and the outlet they are with. */
export function namesOwnOutlet(speaker: Speaker, ctx: CastContext): boolean {
  if (speaker.identity.type !== 'person') return false;
  const name = speaker.identity.name;
  return speaker.turns.some((i) => {
    const text = ctx.turns[i]!.text;
    if (!text.includes(' with ') && !text.includes(' from ')) return false;
    const introduced = selfIntroduction(text);
    return introduced !== null && sameSurname(introduced.name, name);
  });
}
