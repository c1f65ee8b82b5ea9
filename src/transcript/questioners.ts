// Questioners the label does not name, resolved turn by turn: a follow-up, a hand-off naming the
// reporter and outlet, an outlet the moderator or principal calls on, a self-introduction.
import { isGivenName } from './first-names.ts';
import type { Outlet } from '../domain/record.ts';
import { atMostWords, type CastTurn, type LabelledTurn, SOLE_INTERVIEWER_RULE } from './participants.ts';
import { staffNamingThemself } from './zh/identity.ts';
import type { Speaker } from './speakers.ts';
import { outletNamedIn } from './outlets.ts';
import {
  bracketedAsker,
  bracketedAtStart,
  greetedAsker,
  nameCalledOn,
  outletIntroduced,
  outletCalledOn,
  outletRecognized,
  outletStated,
  sameSurname,
  selfIntroduction,
  type NamedAsker,
} from './handoffs.ts';
import { hasAtMostWords } from './word-count.ts';
import { isTitleCaseHeading } from './segment.ts';
import { escapeRegExp } from './chars.ts';
import { mapped } from './arrays.ts';

/** The outlet rule of a question given the interview's publisher (participants.ts): no asker named by it. */
export const PUBLISHER_RULE = 'the interview’s publisher';

/**
 * Questioners the label does not name: a "Follow-up:" is asked by whoever asked last; a question
 * after a hand-off that names a reporter and an outlet ("Next, Jane Doe of Harbour Radio") is
 * theirs; an anonymous question right after a moderator's "Please, RIA Novosti." is that
 * outlet's; a reporter who introduces themself ("Tomas Berg from the Northern Ledger") is named.
 */
export function withQuestionersResolved(
  cast: CastTurn[],
  speakerOf: readonly Speaker[],
  turns: readonly LabelledTurn[],
  outletNamed: (name: string) => Outlet,
  namedAsker: (text: string) => NamedAsker | null,
  openingTail: string | null = null,
): CastTurn[] {
  const keepsTheFloor = floorKeptUntilGiven(cast, speakerOf, turns);
  // A few headings part the conference ("PART TWO"); many are an editor's topic subheads ("Syria/Libya"),
  // set between a question and its follow-up, and part nothing.
  let headed = 0;
  for (const turn of turns) if (turn.afterHeading) headed++;
  const partsHeaded = headed < TOPIC_SUBHEADS;
  let lastAsker: CastTurn | null = null;
  let lastAskerAt = -1;
  // The reporter a moderator gave the floor: theirs are the anonymous questions until the moderator speaks again.
  let floorHolder: CastTurn | null = null;
  const voices = new Map<string, CastTurn>();
  const byFirstName = new Map<string, CastTurn | null>();
  // A moderator who hands the floor: then the one interviewer a page lists does not ask every unnamed question.
  const handsTheFloor = cast.some((c) => c.part === 'moderator');
  return mapped(cast, (turn, i) => {
    const identity = speakerOf[i]!.identity.type;
    // A new part of the conference: the host's first question is no reporter's follow-up.
    if (turns[i]!.afterHeading && partsHeaded) lastAsker = floorHolder = null;
    // ("Yes, we can hear you.", "Please go ahead.": the moderator answers the one on the line, whose floor it stays.)
    if (turn.part === 'moderator' && !ACKNOWLEDGES.test(turns[i]!.text)) floorHolder = null;
    if (identity === 'follow-up') return lastAsker ? { ...lastAsker, rule: 'follow-up: the last asker' } : turn;
    // The one interviewer the page lists asks every unnamed question, unless a moderator hands this one to someone
    // else ("Our next question comes from James Dell."): read the hand-off first, the listed interviewer after.
    const listedInterviewer = turn.rule === SOLE_INTERVIEWER_RULE && handsTheFloor ? turn : null;
    let resolved: CastTurn = listedInterviewer ? { ...turn, speaker: null, outlet: null, rule: 'label: questioner' } : turn;
    // The hand-off before this question named its asker (then a moderator's hand-off gives them the floor).
    let namedByHandOff = false;
    // An outlet label that the hand-off names as a person ("Justin Post with Harbor Bank") is that person.
    const labelIsOutlet = speakerOf[i]!.identity.type === 'outlet' && resolved.speaker === null;
    // (An outlet given from the interview's publisher leaves the asker to be named, as none would.)
    if (resolved.part === 'journalist' && (resolved.outlet === null || labelIsOutlet || resolved.outletRule === PUBLISHER_RULE)) {
      const before = cast[i - 1];
      // (The first question's hand-off may end an unlabelled opening statement: "… And with that, some questions. John Roberts.")
      // (A radio host is the press too, and hands the line to a caller: "Peter - go ahead please Peter".)
      const handedOverBy = before
        ? before.part !== 'journalist' || (CALLER.test(turns[i]!.label) && !CALLER.test(turns[i - 1]!.label))
          ? handOffText(turns[i - 1]!)
          : null
        : i === 0
          ? openingCall(openingTail)
          : null;
      // (A bilingual turn read in its translation names the asker as spoken: "…来自 Rishi Jaluria 与 RBC 的联系" under "… from the line of Rishi Jaluria with RBC".)
      const spokenHandOff =
        handedOverBy && turns[i - 1]?.otherLanguage ? handOffText({ ...turns[i - 1]!, text: turns[i - 1]!.otherLanguage!, words: undefined }) : null;
      const handedOver = handedOverBy
        ? (calledLastOr(handedOverBy, namedAsker(handedOverBy), before?.part === 'moderator') ??
          (spokenHandOff ? calledLastOr(spokenHandOff, namedAsker(spokenHandOff), before?.part === 'moderator') : null))
        : null;
      const named = handedOver ?? (identity === 'questioner' || identity === 'unnamed' ? selfIntroduction(turns[i]!.text) : null);
      const matches =
        named && (labelIsOutlet ? sameSurname(named.name, resolved.outlet!.name) : resolved.speaker === null || sameSurname(named.name, resolved.speaker.name));
      // "This is Richard Poland on for Michael Turrin": a colleague asks in the named analyst's place, for the same firm.
      if (handedOver && !matches && resolved.speaker && !labelIsOutlet && standsInFor(turns[i]!.text, handedOver.name))
        resolved = { ...resolved, outlet: outletNamed(handedOver.outlet), outletRule: 'asks in the place of the analyst the hand-off names' };
      // Read only where it would name the asker.
      const calledOn =
        !named && handedOverBy && resolved.speaker === null && !labelIsOutlet
          ? (nameCalledOn(handedOverBy, before?.part === 'moderator') ??
            (turns[i - 1]?.otherLanguage ? nameCalledOn(turns[i - 1]!.otherLanguage!, before?.part === 'moderator') : null) ??
            calledBeforeTheOperator(cast, turns, i))
          : null;
      if (calledOn) {
        // "Jessica." after "Jessica Yellin [Cable News Network].": a first name is the reporter already called on in full.
        const known = calledOn.includes(' ') ? undefined : byFirstName.get(calledOn);
        const announced = calledOn.includes(' ') || known ? null : announcedInFull(cast, turns, i, calledOn);
        resolved = known
          ? { ...known, rule: 'journalist: hand-off names them by the first name of one called on before' }
          : announced
            ? {
                ...resolved,
                speaker: { name: announced.name, titles: [], role: 'journalist' },
                outlet: outletNamed(announced.outlet),
                rule: 'journalist: hand-off names them by the first name of one announced in full before',
                outletRule: 'announced with the name',
              }
            : { ...resolved, speaker: { name: calledOn, titles: [], role: 'journalist' }, rule: 'journalist: hand-off names them' };
        namedByHandOff = true;
      }
      if (named && matches) {
        const name = labelIsOutlet ? resolved.outlet!.name : named.name;
        const how = handedOver ? 'hand-off names them' : 'self-introduction';
        if (handedOver) namedByHandOff = true;
        const rule = resolved.speaker ? resolved.rule : `journalist: ${how}`;
        resolved = {
          ...resolved,
          speaker: resolved.speaker ?? { name, titles: [], role: 'journalist' },
          outlet: outletNamed(named.outlet),
          rule,
          outletRule: how,
        };
      }
      const recognized =
        identity === 'questioner' && resolved.outlet === null
          ? ((handedOverBy ? (outletRecognized(handedOverBy) ?? outletCalledOn(handedOverBy)) : null) ?? outletStated(turns[i]!.text))
          : null;
      if (recognized) resolved = { ...resolved, outlet: outletNamed(recognized), outletRule: 'the principal recognizes it' };
      const bracketed = identity === 'questioner' && resolved.speaker === null && resolved.outlet === null ? bracketedAtStart(turns[i]!.text) : null;
      if (bracketed)
        resolved = {
          ...resolved,
          speaker: { name: bracketed.name, titles: [], role: 'journalist' },
          outlet: outletNamed(bracketed.outlet),
          rule: 'journalist: named in brackets before the question',
          outletRule: 'named in brackets before the question',
        };
      // "Q: …" then "SPOKESMAN: Nice to see you, Joe. …": the answer greets the unnamed asker by name
      // (one a moderator gave the floor keeps the name the hand-off gave).
      const greeted =
        identity === 'questioner' &&
        resolved.speaker === null &&
        (resolved.outlet === null || resolved.outletRule === PUBLISHER_RULE) &&
        !floorHolder?.speaker &&
        cast[i + 1]?.part === 'principal'
          ? greetedAsker(turns[i + 1]!.text)
          : null;
      if (greeted) resolved = { ...resolved, speaker: { name: greeted, titles: [], role: 'journalist' }, rule: 'journalist: the answer greets them by name' };
      // "Speaker 3" as much as "Q": a placeholder names nobody.
      const introduced = (identity === 'questioner' || identity === 'unnamed') && resolved.outlet === null ? outletIntroduced(turns[i]!.text) : null;
      if (introduced) resolved = { ...resolved, outlet: outletNamed(introduced), outletRule: 'self-introduction' };
      // "Sam Fleming: Sam Fleming, with the Financial Times.", "Joel Hills: from ITV news I have two questions.":
      // a named reporter who gives their outlet as they begin.
      const ownOutlet = identity === 'person' && resolved.speaker && resolved.outlet === null ? outletGivenBy(resolved.speaker.name, turns[i]!.text) : null;
      if (ownOutlet) resolved = { ...resolved, outlet: outletNamed(ownOutlet), outletRule: 'self-introduction' };
      // "任总好，我是销售管理部的李兵，我提一个问题": one of the staff names themself and their department as they ask.
      const staff = identity === 'questioner' && resolved.speaker === null && resolved.outlet === null ? staffNamingThemself(turns[i]!.text) : null;
      if (staff) resolved = { ...resolved, speaker: { name: staff, titles: [], role: 'journalist' }, rule: 'journalist: names themself as they ask' };
    }
    if (identity === 'questioner' && resolved.outlet === null && cast[i - 1]?.part === 'moderator' && atMostWords(turns[i - 1]!, 12)) {
      const named = outletNamedIn(turns[i - 1]!.text);
      if (named) resolved = { ...resolved, outlet: outletNamed(named), outletRule: 'the moderator names it' };
    }
    // A named reporter's follow-up: an anonymous "Q" after the answer, with no hand-off since their question.
    // A reporter a moderator gave the floor keeps it until the moderator speaks again. Otherwise one
    // follow-up, not a chain: a reporter the principal named once does not ask every anonymous
    // question after (the Public Papers' "Q." is a new reporter each time; presidential-papers.test.ts).
    // Where the principal calls on reporters by name, as a UN noon briefing does ("Dezhi?"), the one called on keeps asking until the next is called.
    const namedDirectly = lastAsker !== null && (keepsTheFloor || !lastAsker.rule?.startsWith('follow-up'));
    if (
      identity === 'questioner' &&
      resolved.speaker === null &&
      (resolved.outlet === null || resolved.outletRule === PUBLISHER_RULE) &&
      floorHolder?.speaker &&
      !hasDigit(turns[i]!.label)
    )
      resolved = { ...floorHolder, rule: 'journalist: the moderator gave them the floor, not since given again' };
    else if (
      identity === 'questioner' &&
      // "Reporter 2", "Question Asker 16": a numbered questioner is someone else, not the last one again.
      !hasDigit(turns[i]!.label) &&
      resolved.speaker === null &&
      resolved.outlet === null &&
      lastAsker?.speaker &&
      namedDirectly &&
      (i - lastAskerAt > 1 || keepsTheFloor) &&
      onlyAnswersBetween(cast, lastAskerAt, i) &&
      !floorGivenAgain(turns, i)
    )
      resolved = { ...lastAsker, rule: 'follow-up: the last named asker, no hand-off since' };
    if (listedInterviewer && resolved.speaker === null) resolved = listedInterviewer;
    // "Speaker 3" is one voice throughout: the name it gave once is its name the next time.
    if (identity === 'unnamed' && resolved.part === 'journalist' && hasDigit(turns[i]!.label)) {
      const known = voices.get(turns[i]!.label);
      if (resolved.speaker) voices.set(turns[i]!.label, resolved);
      else if (known) resolved = { ...known, rule: 'journalist: the numbered voice that named itself before' };
    }
    if (resolved.part === 'journalist') {
      const first = resolved.speaker?.name.split(' ');
      // A first name two reporters share names neither.
      if (first && first.length > 1) {
        const before = byFirstName.get(first[0]!);
        byFirstName.set(first[0]!, before === undefined || before?.speaker?.name === resolved.speaker!.name ? resolved : null);
      }
      lastAsker = resolved;
      lastAskerAt = i;
      if (namedByHandOff && (cast[i - 1]?.part === 'moderator' || CALLER.test(turns[i]!.label)) && resolved.speaker) floorHolder = resolved;
    }
    return resolved;
  });
}

const CALLER = /^\s*(?:talkback\s+)?(?:caller|listener)s?\s*$/i;

// "from ITV News I have two questions", "with the Financial Times." at the start of the question.
const FROM_OUTLET_OPENING =
  /^\s*(?:(?:hi|hello|thanks?|thank you)[,.!]?\s+)?(?:(?:I['’]m|I am|this is)\s+)?(?:from|with)\s+(?:the\s+)?(?=\p{Lu}|[a-z]+\s+\p{Lu}|itv|bbc)/iu;

const NAMES_AN_OUTLET = /\b(?:[Ff]rom|[Ww]ith|[Oo]f)\s+(?:the\s+)?\p{Lu}|^\s*\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+,\s/u;

/** The outlet a named reporter gives in their first words: after their own name, or "from …" opening them. */
function outletGivenBy(name: string, text: string): string | null {
  // Most questions name no outlet in their first words: settled by one plain pattern.
  if (!NAMES_AN_OUTLET.test(text.slice(0, 100))) return null;
  const introduction = selfIntroduction(text);
  if (introduction && sameSurname(introduction.name, name)) return introduction.outlet;
  const opening = FROM_OUTLET_OPENING.exec(text);
  // ("from Coastline Radio I have two questions": the outlet ends before the speaker's "I".)
  return opening ? (outletNamedIn(text.slice(0, 80))?.replace(/\s+(?:I|We)$/, '') ?? null) : null;
}

/**
 * An interview the title or the lead says one journalist held ("和英国记者贝特兰的谈话", "Interview by Ana
 * Lima", "黄仁勋和Sana创始人Joel Hellermark展开了一场精彩对话"): where that journalist is the only one
 * named and nobody runs the floor, the unnamed questions are theirs.
 */
export function withTheTitledInterviewer(cast: CastTurn[], speakerOf: readonly Speaker[], title: string | undefined): CastTurn[] {
  if (!title || cast.some((t) => t.part === 'moderator')) return cast;
  const named = new Map<string, CastTurn>();
  for (const turn of cast) if (turn.part === 'journalist' && turn.speaker) named.set(turn.speaker.name, turn);
  if (named.size === 0) return withTheLeadsReporter(cast, title);
  if (named.size !== 1) return cast;
  const [interviewer] = named.values();
  if (!title.includes(interviewer!.speaker!.name)) return cast;
  return mapped(cast, (turn, i) =>
    // (A question given the interview's publisher, "On ABC’s This Week with Martha Raddatz", is hers too, for it.)
    turn.part === 'journalist' &&
    turn.speaker === null &&
    (turn.outlet === null || turn.outletRule === PUBLISHER_RULE) &&
    speakerOf[i]!.identity.type === 'questioner'
      ? { ...interviewer!, outlet: turn.outlet ?? interviewer!.outlet, rule: 'journalist: the interviewer the title names, the only one named' }
      : turn,
  );
}

// "接受英国《新政治家》（New Statesman）杂志外交事务记者布鲁诺·玛萨艾斯（Bruno Maçães）专访": the paper, then its reporter's name
// ("…刊登了记者和艾维的问答": the reporter and the one interviewed, no name).
const PAPERS_REPORTER =
  /《([^》\n]{1,20})》[^。；;\n《]{0,40}?记者(?!专访|采访|独家|[和与同跟及])(\p{Script=Han}{1,6}[·•]\p{Script=Han}[\p{Script=Han}·•]{0,12}|\p{Script=Han}{2,4})(?=[（(，,、的]|专访|采访|独家专访)/u;

/**
 * An interview whose questions are labelled by the paper ("《新政治家》：") under a lead that names the
 * paper's reporter: the questions are that reporter's, for that paper.
 */
function withTheLeadsReporter(cast: CastTurn[], lead: string): CastTurn[] {
  if (!lead.includes('记者')) return cast;
  let outlet: CastTurn['outlet'] = null;
  for (const turn of cast) {
    if (turn.part !== 'journalist') continue;
    if (!turn.outlet || (outlet && outlet.name !== turn.outlet.name)) return cast;
    outlet = turn.outlet;
  }
  const m = outlet ? PAPERS_REPORTER.exec(lead) : null;
  if (!m || m[1]!.replace(/\s/g, '') !== outlet!.name.replace(/\s/g, '')) return cast;
  const speaker = { name: m[2]!, titles: [], role: 'journalist' as const };
  return mapped(cast, (turn) => (turn.part === 'journalist' ? { ...turn, speaker, rule: 'journalist: the paper’s reporter the lead names' } : turn));
}

/**
 * The asker a hand-off names, unless its last paragraph calls someone else by name: "… Hal Brandt from
 * Dockside Daily, Lena Ortiz from Coastline Radio." over "Hal, why don't you go ahead." gives Hal the floor.
 */
function calledLastOr(text: string, named: NamedAsker | null, byModerator: boolean): NamedAsker | null {
  const at = text.lastIndexOf('\n');
  if (!named || at < 0) return named;
  const last = text.slice(at + 1);
  if (last.includes(named.name)) return named;
  const called = nameCalledOn(last, byModerator);
  return called && called.split(' ')[0] !== named.name.split(' ')[0] ? null : named;
}

const ANNOUNCED_LOOKBACK = 40;

/**
 * "… we will begin with our new media members: Mike Allen from Axios, Matt Boyle from Breitbart." and
 * later "Matt.": the given name called on is the reporter announced in full with the outlet, not long
 * before, by someone who is not a reporter.
 */
function announcedInFull(cast: readonly CastTurn[], turns: readonly LabelledTurn[], i: number, given: string): NamedAsker | null {
  const announced = new RegExp(
    `\\b${escapeRegExp(given)}[ \\t]+(\\p{Lu}[\\p{L}'’-]+)[ \\t]+(?:from|of|with)[ \\t]+(?:the[ \\t]+)?(\\p{Lu}[\\p{L}&'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}&'’-]*){0,4})(?=[ \\t]*[.,;])`,
    'u',
  );
  for (let k = i - 1; k >= 0 && k >= i - ANNOUNCED_LOOKBACK; k--) {
    const text = turns[k]!.text;
    if (cast[k]!.part === 'journalist' || !text.includes(given)) continue;
    const m = announced.exec(text);
    if (m) return { name: `${given} ${m[1]!}`, outlet: m[2]! };
  }
  return null;
}

/**
 * "Let's go to Kristina Anderson." and then the operator opens the line ("Ms. Anderson, your line is
 * open."): the principal's or the host's hand-off two turns before the question names the asker.
 */
function calledBeforeTheOperator(cast: readonly CastTurn[], turns: readonly LabelledTurn[], i: number): string | null {
  const handing = cast[i - 2]?.part;
  if (i < 2 || cast[i - 1]!.part !== 'moderator' || (handing !== 'principal' && handing !== 'moderator')) return null;
  const text = lastParagraph(turns[i - 2]!.text);
  return text ? nameCalledOn(text, handing === 'moderator') : null;
}

const MIN_CALLED_ON = 3;
// One reporter called on by name for every so many anonymous questions at least (a State Department briefing's reporters
// ask seven to ten follow-ups each).
const ANONYMOUS_PER_CALL = 12;
const TOPIC_SUBHEADS = 4;

/**
 * Whether the one who answers calls on the reporters by name, before one anonymous question in
 * five at least (three times at the least): then an anonymous question is the last one called
 * on's, however many they ask. Where most questions come unannounced (the Public Papers' "Q."),
 * each is a new reporter's.
 */
function floorKeptUntilGiven(cast: readonly CastTurn[], speakerOf: readonly Speaker[], turns: readonly LabelledTurn[]): boolean {
  const anonymous: number[] = [];
  for (let i = 1; i < cast.length; i++) if (speakerOf[i]!.identity.type === 'questioner' && !hasDigit(turns[i]!.label)) anonymous.push(i);
  // How many must be called on, read only until that many are or can no longer be.
  const needed = Math.max(MIN_CALLED_ON, Math.ceil(anonymous.length / ANONYMOUS_PER_CALL));
  let calledOn = 0;
  for (let k = 0; k < anonymous.length && calledOn < needed && calledOn + anonymous.length - k >= needed; k++) {
    const i = anonymous[k]!;
    const before = cast[i - 1]!;
    if (before.part === 'journalist') continue;
    const text = handOffText(turns[i - 1]!);
    // ("Mike Viqueira [NBC News]."): the Public Papers' editors name in brackets each reporter the president calls on.
    // ("Go ahead.", "Go ahead, in the middle.": the floor given with no name is given all the same.)
    if (text && (nameCalledOn(text, before.part === 'moderator') || bracketedAsker(text) || BARE_HAND_OFF.test(lastParagraph(text) ?? ''))) calledOn++;
  }
  return calledOn >= needed;
}

function hasDigit(label: string): boolean {
  for (let k = 0; k < label.length; k++) {
    const c = label.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/** Only the principal speaks between the asker's turn and turn i (checked last, and without a slice: it runs per turn). */
function onlyAnswersBetween(cast: readonly CastTurn[], askerAt: number, i: number): boolean {
  if (askerAt < 0) return false;
  for (let k = askerAt + 1; k < i; k++) if (cast[k]!.part !== 'principal') return false;
  return true;
}

/**
 * After the answer the principal gives the floor again ("OK, station 3.", "Next question."): the
 * anonymous question after it is someone else's.
 */
function floorGivenAgain(turns: readonly LabelledTurn[], i: number): boolean {
  const text = turns[i - 1]!.text;
  // "Sorry. Go ahead.": the principal who cut in gives the floor back to the one asking.
  return GIVES_THE_FLOOR.test(text) || (BARE_HAND_OFF.test(lastParagraph(text) ?? '') && !FLOOR_GIVEN_BACK.test(text));
}

const FLOOR_GIVEN_BACK = /(?:^|[.!?]\s+)(?:(?:I['’]m\s+)?sorry|excuse me|pardon(?: me)?)[,.!]?\s+(?:please\s+)?go ahead\s*[.!]?\s*$/i;

const GIVES_THE_FLOOR = /^(?:ok(?:ay)?[,.]?\s+)?(?:(?:station|microphone|mic|zone)\s+(?:number\s+)?\w+|next question)\W*$/i;
// "Go ahead.", "Okay, go ahead, in the back.", "You're up.": the floor given, to whom the page does not say
// (the answer's last words: "… Talks resume tomorrow. Go ahead."; "Let me — go ahead, to the back.").
// ("_Señor_?", "Yes, ma'am?": the floor given to someone addressed, not named.)
const BARE_HAND_OFF =
  /(?:^|[.!?]["”’)]?\s+|\s[—–]\s*|\s--\s*)(?:(?:ok(?:ay)?|all right|yes|sure|and)[,.]?\s+)*(?:go ahead|you['’]re (?:next|up)|next question|[_*]?(?:sir|señor|senor|madame|madam|ma['’]am|monsieur)[_*]?(?=\s*\?))(?:[,.]?\s+(?:(?:in|to) the (?:back|middle|front)|right there|over here|there))?\s*[.!?]?$/i;

/** Where a turn before a question may hand the floor: the whole of a short turn, a long one's last paragraph. */
function handOffText(turn: LabelledTurn): string | null {
  const text = withoutSubheadAfterNote(turn.text);
  // (The turn's own word count where the text is the turn's: most are.)
  const short = text === turn.text ? atMostWords(turn, 60) : hasAtMostWords(text, 60);
  return short ? text : lastParagraph(text);
}

/** "… Tonda MacCharles [Toronto Star]." then "Immigration": the text without an editor's topic subhead left after the bracketed hand-off. */
function withoutSubheadAfterNote(text: string): string {
  const at = text.lastIndexOf('\n');
  if (at < 0 || text.length - at > 60 || !isTitleCaseHeading(text.slice(at + 1), 1)) return text;
  const before = text.slice(0, at).trimEnd();
  return EDITORS_BRACKET_ENDS.test(before) ? before : text;
}

/**
 * A long turn's last paragraph, where an editor's note of who is called on next stands; in a turn of
 * one long paragraph, its last sentences, where the principal calls on the next ("… shot at. Gabriel?").
 */
function lastParagraph(text: string): string | null {
  const at = text.lastIndexOf('\n');
  if (at < 0) return lastWords(text);
  const last = text.slice(at + 1);
  // (A long last paragraph, a page's paragraphs joined: its last sentence where that is a few words, "… to him. Blake.")
  return hasAtMostWords(last, 30) ? last : shortLastSentence(last);
}

const NAME_ALONE = /^(\p{Lu}\p{Ll}+)(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}[.!]?$/u;

/** The opening's last sentence where it is a reporter's name alone, a given name first ("John Roberts."), or null. */
function openingCall(opening: string | null): string | null {
  const last = opening ? (hasAtMostWords(opening, 4) ? opening.trim() : shortLastSentence(opening)) : null;
  const name = last ? NAME_ALONE.exec(last) : null;
  return name && isGivenName(name[1]!.toLowerCase()) ? last : null;
}

const SHORT_LAST_SENTENCE = /[.!?]["”’)]?[ \t]+((?:\S+[ \t]+){0,3}\S+)[ \t]*$/;

function shortLastSentence(text: string): string | null {
  return SHORT_LAST_SENTENCE.exec(text.slice(-LAST_WORDS))?.[1] ?? null;
}

function lastWords(text: string): string {
  return text.length > LAST_WORDS ? text.slice(text.indexOf(' ', text.length - LAST_WORDS) + 1) : text;
}

const EDITORS_BRACKET_ENDS = /\][.,]?(?:[ \t]+\p{L}+[.!]?)?$/u;

const LAST_WORDS = 160;

const ACKNOWLEDGES =
  /^(?:(?:yes|yeah|yep|ok(?:ay)?|sure|sorry)[,.!]?\s*)*(?:we can hear you|(?:please\s+)?go ahead|your line is open|you['’]re (?:on|live|unmuted))[,.!]?\s*(?:please)?[.!]?$/i;

const STANDS_IN = /\b(?:on|in|filling in|subbing|sitting in) for[ \t]+|\bon behalf of[ \t]+/g;

/** "This is Richard Poland on for Michael Turrin": the question's opening says its asker stands in for the one named. */
function standsInFor(text: string, name: string): boolean {
  const head = text.slice(0, 200);
  const words = name.split(' ');
  const surname = words[words.length - 1]!;
  const given = words.length > 1 ? words[0]! : null;
  for (const m of head.matchAll(STANDS_IN)) {
    const named = head.slice(m.index + m[0].length).split(/[ \t.,]/, 3);
    // "on for Michael Turrin", "on for Turrin", "on for Matt" (Matthew Hewitt): the surname, or the given name or its short form.
    if (named.includes(surname) || (given && named[0] && named[0].length >= 3 && given.startsWith(named[0]))) return true;
  }
  return false;
}
