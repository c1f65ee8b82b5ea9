// Who is who in a labelled transcript: the principal, a moderator handing the floor, the
// journalists asking (by outlet, by name, or anonymous), and anyone else who speaks.
import { escapeRegExp } from './chars.ts';
import { naturalCase } from './labels/words.ts';
import type { Outlet, Person } from '../domain/record.ts';
import { nameKey } from './name-key.ts';
import { endsSentence } from './types.ts';
import { identify, identityType, type Identity } from './identity.ts';
import { makeOutlet, outletFromIntroduction, programmeWelcomedTo } from './outlets.ts';
import { interviewsInLead, mediumHostInLead } from './publisher.ts';
import { mapped } from './arrays.ts';
import { chineseFullName } from './zh/full-names.ts';
import { fullNameFor, SPOKEN_FROM_HERE } from './full-names.ts';
import { holderOfOffice } from './zh/preamble.ts';
import { appositiveHolder, officeHolderName } from './office-holders.ts';
import { introducedAsHost, isHostOffice, listedAsHost, listedWithPost } from './hosts.ts';
import { labelKey as profileKey, type LabelRole } from './profiles/profile.ts';
import { gatherSpeakers, initialsOf, type Speaker } from './speakers.ts';
import { PUBLISHER_RULE, withQuestionersResolved, withTheTitledInterviewer } from './questioners.ts';
import { MISLABELLED, selfAddressedTurns } from './mislabels.ts';
import { namedAsker, type NamedAsker } from './handoffs.ts';
import { hasAtMostWords } from './word-count.ts';
import type { DeclaredPerson } from './cast-fields.ts';
import {
  answersBesideThePrincipal,
  answersTheModerator,
  asksAnything,
  asksThePrincipal,
  namesOwnOutlet,
  asksTheNamedOfficials,
  handedTheFloor,
  introducedByThePrincipal,
  namedByHandOff,
  speaksForTheHost,
  type CastContext,
  ENDS_ASKING,
} from './cast-evidence.ts';

export { hasAtMostWords, wordCount } from './word-count.ts';

/** Texts shorter than this have their words counted once by the assembly (LabelledTurn.words). */
export const COUNTED_TEXT_LENGTH = 400;

/**
 * hasAtMostWords of the turn's text, from its count where the assembly made one: the cast and
 * the kinds ask this of one turn several times, each a pass over its text.
 */
export function atMostWords(turn: { text: string; words?: number }, limit: number): boolean {
  return turn.words === undefined ? hasAtMostWords(turn.text, limit) : turn.words <= limit;
}
export { labelKey } from './speakers.ts';

export type Part = 'principal' | 'moderator' | 'journalist' | 'interpreter' | 'other';

export interface LabelledTurn {
  label: string;
  text: string;
  /** A section heading stood before it ("**Part Two: …**"): no follow-up runs across it. */
  afterHeading?: boolean;
  /** wordCount(text), where the assembly counted it (texts under COUNTED_TEXT_LENGTH). */
  words?: number;
  /** In a bilingual transcript, the turn's words in its other language (a hand-off read as spoken). */
  otherLanguage?: string;
  /** Its label is numbered as minutes number their questions ("12、苏杰："). */
  numbered?: boolean;
}

export interface CastTurn {
  part: Part;
  speaker: Person | null;
  outlet: Outlet | null;
  /** Which rule decided the speaker and their part, for --report. */
  rule?: string;
  /** Which rule decided the outlet, when there is one. */
  outletRule?: string;
}

export interface CastHints {
  /** The principal's name when the metadata gives it. */
  principal: string | null;
  hostCountry: string | null;
  /** Title, opening and early turns, where a speaker labelled by surname or office is named in full. */
  nameSources?: string;
  /**
   * The turns after those of nameSources, read only where those do not name a speaker labelled by
   * surname in full (an official introduced in full by another, an hour in).
   */
  laterSources?: () => string;
  /** Full names the letterhead and front matter give (office-holders.ts), most certain first. */
  people?: readonly string[];
  /** A publisher profile's parts for labels it names (by labelKey of profiles/profile.ts). */
  profile?: { name: string; labels: ReadonlyMap<string, LabelRole> };
  /** Who published an interview (front matter, a publication in the title): the interviewers' outlet. */
  publisher?: string;
  /** handoffs.ts namedAsker, or the document's remembering reader of it (askerReader). */
  namedAsker?: (text: string) => NamedAsker | null;
  /** The document's title, where the principals are announced. */
  title?: string;
  /** Who the preamble's fields say moderates, answers or asks (cast-fields.ts). */
  declared?: readonly DeclaredPerson[];
  /** The company's people a call's participants lists name: whoever of them speaks and runs no floor answers. */
  staff?: readonly string[];
  /** The last paragraph before the first labelled turn (an unlabelled opening's hand-off). */
  openingTail?: string;
}

const HANDOFF =
  /\b(?:(?:next|first|last|final) question|go(?:es)? to|the floor|let['’]s go|over to|go ahead|we['’]ll take|one more)\b|^(?:yes,\s+)?please(?:,\s+\p{Lu}|\.?$)|下一(?:个|位|题)|最后一(?:个|位|题)|(?:^|[，。,])\s*(?:现在|接下来|下面|我们)*(?:先|再)?(?:请|有请)[^。？！?]{1,30}?(?:讲几句话|说几句话|说明|发言|报告|回答|简报|致词|致辞|[。！]?$)/iu;

export function castSpeakers(turns: readonly LabelledTurn[], hints: CastHints): CastTurn[] {
  const { speakers, speakerOf } = gatherSpeakers(turns);
  // A profile's parts come first: a label it declares is not weighed for another part.
  const declared = (s: Speaker) => hints.profile?.labels.get(profileKey(s.label))?.role ?? declaredPerson(s, hints.declared)?.role;
  // Asked for the principal and again for the moderators: read once per speaker.
  const introduced = new Map<Speaker, boolean>();
  // Where the press speaks first and last: found once, for every speaker asked about.
  let press: PressSpan | null | undefined;
  // The press: the questioners' labels, a name with an outlet, and those the fields above the transcript list as asking.
  // Asked once per turn: remembered per speaker.
  const pressSpeakers = new Map<Speaker, boolean>();
  const isPress = (s: Speaker) => {
    let press = pressSpeakers.get(s);
    if (press === undefined)
      pressSpeakers.set(
        s,
        (press = PRESS_IDENTITIES.has(s.identity.type) || (s.identity.type === 'person' && s.identity.outlet !== null) || declared(s) === 'journalist'),
      );
    return press;
  };
  const pressOf = () => (press === undefined ? (press = pressSpan(speakerOf, isPress)) : press);
  const introducedHost = (s: Speaker) => {
    let is = introduced.get(s);
    if (is === undefined)
      introduced.set(
        s,
        (is =
          isIntroducedHost(s, turns) ||
          hostsOpeningAndClose(s, pressOf(), speakerOf, turns) ||
          presentsTheSpeakers(s, pressOf(), speakerOf, turns, hints) ||
          introducesTheNext(s, speakerOf, turns, hints) ||
          (s.identity.type === 'person' && listedAsHost(s.identity.name, hints.nameSources))),
      );
    return is;
  };
  // Members of a council ("MP Orla Fenwick", "易志明議員") beside those who are not: they question the others.
  const others = [...speakers.values()].filter((s) => !isCouncilMember(s));
  const questionsAsMember = (s: Speaker) => others.length > 0 && others.length < speakers.size && isCouncilMember(s);
  // Two people and nobody else, one asking and one answering: an interview, whoever says more.
  const interview = interviewPair([...speakers.values()], turns) ?? interviewOfTheNamed([...speakers.values()], hints, turns);
  // A programme's hosts, who welcome the listeners and name each other ("my co-host Dan"): they ask, the guest answers.
  const hosts = interview ? new Set<Speaker>() : programmeHosts([...speakers.values()], turns);
  const principal =
    [...speakers.values()].find((s) => declared(s) === 'principal' && s.identity.type === 'person') ??
    interview?.answerer ??
    choosePrincipal(
      withoutFloorHolders(
        [...speakers.values()].filter((s) => declared(s) === undefined && !titledModerator(s) && !introducedHost(s) && !hosts.has(s) && !questionsAsMember(s)),
        speakerOf,
        turns,
        isPress,
      ),
      hints.principal,
      turns,
    ) ??
    answeringVoice([...speakers.values()], turns);
  const moderators = new Set(
    [...speakers.values()].filter(
      (s) =>
        s !== principal &&
        (declared(s) === 'moderator' ||
          (declared(s) === undefined &&
            (titledModerator(s) || isModerator(s, speakerOf, turns, principal) || introducedHost(s) || chairsMembers(s, speakers)))),
    ),
  );
  // Questioners are labelled by outlet where most of the labels that are not the principal's are
  // outlets; one "Justin Post" among eight analysts' names is a person.
  const labelled = [...speakers.values()].filter(
    (s) => s !== principal && (s.identity.type === 'outlet' || (s.identity.type === 'person' && s.identity.role === null && s.identity.outlet === null)),
  );
  const outletLabels = labelled.filter((s) => s.identity.type === 'outlet').length;
  const outletLabelled = outletLabels > 0 && outletLabels * 2 >= labelled.length;
  const outlets = new Map<string, Outlet>();
  const outletNamed = (name: string) => {
    const key = nameKey(name);
    let outlet = outlets.get(key);
    if (!outlet) outlets.set(key, (outlet = makeOutlet(name, hints.hostCountry)));
    return outlet;
  };
  const people = new Map<Speaker, CastTurn>();
  const principalRule =
    hints.principal &&
    principal &&
    nameKey(principal.identity.type === 'person' ? principal.identity.name : '').endsWith(nameKey(hints.principal).split(' ').pop() ?? '')
      ? 'principal: named in the title or metadata'
      : 'principal: says the most';
  const context: CastContext = {
    principalRule: interview && principal === interview.answerer ? 'principal: answers the other’s questions in an interview' : principalRule,
    principal,
    principalPerson: null,
    moderators,
    outletLabelled,
    speakerOf,
    turns,
    outletNamed,
    hints,
    interviewers: interview?.askers ?? hosts,
  };
  // The principal first: an "A:" / "答：" label speaks for them.
  if (principal) {
    const cast = castOne(principal, context);
    people.set(principal, cast);
    context.principalPerson = cast.speaker;
  }
  for (const speaker of speakers.values()) if (!people.has(speaker)) people.set(speaker, asStaff(speaker, castOne(speaker, context), hints.staff));
  const cast = mapped(speakerOf, (s) => people.get(s)!);
  // A reporter's question typed under the principal's label (mislabels.ts): a press turn before the
  // askers are resolved, so the hand-off before it names its asker and no follow-up runs past it.
  for (const i of selfAddressedTurns(
    mapped(turns, (t) => t.label),
    mapped(turns, (t) => t.text),
  ))
    if (cast[i]!.part === 'principal') cast[i] = MISLABELLED;
  return withTheTitledInterviewer(
    withQuestionersResolved(cast, speakerOf, turns, outletNamed, hints.namedAsker ?? namedAsker, hints.openingTail ?? null),
    speakerOf,
    // The title and the lead above the turns: where an interview names the one who asks.
    hints.nameSources ? hints.nameSources.slice(0, leadEnd(hints.nameSources)) : hints.title,
  );
}

function leadEnd(sources: string): number {
  const at = sources.indexOf(SPOKEN_FROM_HERE);
  return at < 0 ? sources.length : at;
}

/**
 * Two named people and no other speaker, one of whom ends most turns on a question and the other
 * hardly ever: the asker interviews the answerer. With two or three hosts, the one who hardly ever
 * asks is the guest.
 */
function interviewPair(speakers: readonly Speaker[], turns: readonly LabelledTurn[]): { askers: Set<Speaker>; answerer: Speaker } | null {
  if (speakers.length < 2 || speakers.length > MAX_HOSTS + 1 || !speakers.every((s) => s.identity.type === 'person' && s.identity.role === null)) return null;
  if (speakers.some((s) => s.turns.length < 3)) return null;
  const share = (s: Speaker) => askingShare(s, turns);
  if (speakers.length === 2) {
    const [a, b] = speakers as [Speaker, Speaker];
    const [sa, sb] = [share(a), share(b)];
    if (clearlyAsks(sa, sb)) return { askers: new Set([a]), answerer: b };
    if (clearlyAsks(sb, sa)) return { askers: new Set([b]), answerer: a };
    return null;
  }
  // A podcast's two or three hosts and their guest: the hosts' banter ends on fewer questions, the guest's on almost none.
  const answerers = speakers.filter((s) => share(s) <= GUEST_ASKS);
  if (answerers.length !== 1 || !speakers.every((s) => answerers.includes(s) || share(s) >= HOST_ASKS)) return null;
  return { askers: new Set(speakers.filter((s) => s !== answerers[0])), answerer: answerers[0]! };
}

/**
 * "Vladimir Putin's interview to TASS News Agency": two people, one the interviewee the page names and
 * the other not, and the page names who held the interview: the other interviews, however they put it
 * ("But counter-sanctions give the impression …" asks no question mark).
 */
function interviewOfTheNamed(
  speakers: readonly Speaker[],
  hints: CastHints,
  turns: readonly LabelledTurn[],
): { askers: Set<Speaker>; answerer: Speaker } | null {
  if (
    speakers.length !== 2 ||
    (!hints.publisher && !hints.principal) ||
    !speakers.every((s) => s.identity.type === 'person' && s.identity.role === null && (s.identity.name.includes(' ') || HAN_FULL_NAME.test(s.identity.name)))
  )
    return null;
  // Named by the metadata, or the only one of the two the title and lead print.
  const lead = hints.nameSources ? nameKey(hints.nameSources.slice(0, Math.max(0, hints.nameSources.indexOf(SPOKEN_FROM_HERE)))) : '';
  const wanted = hints.principal ? nameKey(hints.principal) : null;
  const named = speakers.filter((s) => {
    const key = nameKey(s.identity.type === 'person' ? s.identity.name : '');
    return wanted ? key === wanted : lead.includes(key);
  });
  if (named.length !== 1) return null;
  const [answerer] = named as [Speaker];
  const asker = speakers.find((s) => s !== answerer)!;
  // ("「宝博朋友说」Podcast 专访唐凤", no publisher read: the other asks, now and then at least.)
  if (!hints.publisher && askingShare(asker, turns) < MIN_INTERVIEWER_ASKS) return null;
  return asker.turns.length >= 2 ? { askers: new Set([asker]), answerer } : null;
}

/**
 * One asks in most turns and the other hardly ever; or one in a third of them (an interviewer who also
 * remarks and follows up) and the other never.
 */
function clearlyAsks(asker: number, answerer: number): boolean {
  return (asker >= 0.5 && answerer <= 0.2) || (asker >= 0.3 && answerer <= 0.03);
}

const MAX_HOSTS = 3;
const MIN_INTERVIEWER_ASKS = 0.15;
const GUEST_ASKS = 0.1;
const HOST_ASKS = 0.3;

/** A full name (two words at least) printed in the title. */
function namedInTitle(name: string, title: string | undefined): boolean {
  if (title === undefined) return false;
  // ("刘擎对话唐小兵": a Chinese name of two to four characters, written in full.)
  if (HAN_FULL_NAME.test(name)) return title.includes(name);
  return name.includes(' ') && nameKey(title).includes(nameKey(name));
}

const HAN_FULL_NAME = /^\p{Script=Han}{2,4}$/u;

/**
 * The person the preamble's fields declare for a speaker: by full name, by surname ("MS. LANGE"
 * for Petra Lange), by the initials the field gives or the name's own ("OT" for Oren Talbot).
 */
function declaredPerson(speaker: Speaker, declared: readonly DeclaredPerson[] | undefined): DeclaredPerson | undefined {
  if (!declared || declared.length === 0 || speaker.identity.type !== 'person') return undefined;
  const label = speaker.label.trim();
  const key = nameKey(speaker.identity.name);
  const surname = key.split(' ').pop() ?? key;
  return declared.find((d) => {
    if (d.initials ? d.initials === label : INITIALS_LABEL.test(label) && initialsOf(d.name) === label.toLowerCase()) return true;
    const dKey = nameKey(d.name);
    return dKey === key || (!key.includes(' ') && surname.length >= 2 && dKey.split(' ').pop() === surname);
  });
}

/**
 * A machine transcript's numbered voices ("Speaker 1", "Speaker 2"), nobody named: the voice that
 * says the most and hardly ever asks answers; the others ask or run the floor.
 */
function answeringVoice(speakers: readonly Speaker[], turns: readonly LabelledTurn[]): Speaker | null {
  const voices = speakers.filter((s) => s.identity.type === 'unnamed' && /\d/.test(s.label));
  if (voices.length < 2 || voices.length !== speakers.length) return null;
  const [most, next] = [...voices].sort((a, b) => b.words - a.words);
  if (!most || !next || most.words <= next.words || most.turns.length < 2) return null;
  const asking = most.turns.filter((i) => ENDS_ASKING.test(turns[i]!.text)).length;
  return asking * 5 <= most.turns.length ? most : null;
}

/** The metadata's principal; else the named person (not a moderator) with the most words; else "A"/"答". */
function choosePrincipal(speakers: Speaker[], hinted: string | null, turns: readonly LabelledTurn[]): Speaker | null {
  const named = speakers.filter((s) => s.identity.type === 'person' && s.identity.role === null && s.identity.outlet === null);
  // "斯特朗问：" says by its label that she asks: not the one who answers, where anyone else may.
  const answerable = named.filter((s) => !ASKS_BY_LABEL.test(s.label.trim()));
  const persons = answerable.length > 0 ? answerable : named;
  if (hinted) {
    const hintKey = nameKey(hinted);
    const surname = hintKey.split(' ').pop() ?? hintKey;
    const match = persons.find(
      (s) => s.identity.type === 'person' && (nameKey(s.identity.name) === hintKey || nameKey(s.identity.name).split(' ').pop() === surname),
    );
    if (match) return match;
  }
  const ranked = [...persons].sort((a, b) => b.words - a.words);
  // One who asks in most turns (a member's long questions to the Premier) is not the one who answers.
  const asks = (s: Speaker) => askingShare(s, turns) > 0.5;
  const top = ranked[0];
  const answering = top && asks(top) ? ranked.find((s) => s.turns.length >= 2 && s.turns.length * 2 >= top.turns.length && !asks(s)) : undefined;
  return answering ?? top ?? speakers.find((s) => s.identity.type === 'answerer') ?? null;
}

const ASKS_BY_LABEL = /\p{Script=Han}问$/u;

// A programme's opening: "Hello, and welcome to Season seven of the Virtual Coffee Podcast.", "This is The Daily."
const WELCOMES_LISTENERS =
  /\b(?:welcome (?:back )?to (?:the |this |our )?(?:[\p{L}\d'’ ,]{0,60}\s)?(?:podcast|show|programme|program|episode|broadcast)\b|this is (?:a |the )?[\p{L}\d'’ ]{0,40}podcast\b)/iu;
const CO_HOST = /\bmy co-?hosts?,?\s+(\p{Lu}[\p{L}'’-]+)/u;

/**
 * The hosts of a podcast or show: the speaker who welcomes the listeners in the programme's first
 * turns, and whom they name as co-host. Empty when no one does, or when nobody else is left to answer.
 */
function programmeHosts(speakers: readonly Speaker[], turns: readonly LabelledTurn[]): Set<Speaker> {
  const hosts = new Set<Speaker>();
  for (const s of speakers) {
    const first = s.turns[0]!;
    if (first > 2 || s.identity.type !== 'person') continue;
    const text = turns[first]!.text.slice(0, 600);
    if (!WELCOMES_LISTENERS.test(text)) continue;
    hosts.add(s);
    const co = CO_HOST.exec(text)?.[1]?.toLowerCase();
    if (co) for (const other of speakers) if (other.identity.type === 'person' && other.identity.name.toLowerCase().split(/\s+/)[0] === co) hosts.add(other);
  }
  return hosts.size > 0 && hosts.size < speakers.filter((s) => s.identity.type === 'person').length ? hosts : new Set();
}

// How a broadcast's host brings in the guest: "… joins us now", "Joining us is …", "Our guest today is …".
const GUEST_INTRODUCED =
  /\b(?:joins us (?:now|today|tonight|here|from|in)|joining us (?:now|today|tonight|from|is|are)|(?:is|are) with us (?:now|today|tonight)|our guests? (?:today |tonight |now )?(?:is|are)|welcome (?:back )?to (?:the )?(?:program|programme|show|broadcast|studio))\b/i;

/** A speaker who brings in the guest who then answers, in one of their first turns: the program's host, not its guest. */
function introducesAGuest(speaker: Speaker, ctx: CastContext): boolean {
  return speaker.turns.slice(0, 2).some((i) => {
    const next = ctx.speakerOf[i + 1];
    return next !== undefined && next !== speaker && GUEST_INTRODUCED.test(ctx.turns[i]!.text);
  });
}

/** An investor-relations or communications officer introduced as such where they first speak. */
function isIntroducedHost(speaker: Speaker, turns: readonly LabelledTurn[]): boolean {
  if (!isPlainPerson(speaker)) return false;
  const first = speaker.turns[0]!;
  if (introducedAsHost(speaker.identity.name, turns[first]!.text, first > 0 ? turns[first - 1]!.text : null)) return true;
  // A participants list before anyone speaks: "Moderator:" and the name, no sentence.
  const listed = moderatorListedBefore(turns, first);
  if (listed === undefined) return false;
  const words = speaker.identity.name.toLowerCase().split(/\s+/);
  const listedWords = listed.text.split('\n')[0]!.toLowerCase().split(/\s+/);
  // By surname, and by first name too where the label gives one: "Sanjay Kumar Jain" is not the "Rahul Jain" listed.
  const surname = words[words.length - 1]!;
  return surname.length >= 2 && listedWords.includes(surname) && (words.length === 1 || listedWords.includes(words[0]!));
}

const PRESS_IDENTITIES = new Set(['questioner', 'follow-up', 'outlet']);
const INVITES_QUESTIONS = /\b(?:questions?|identify yourself|identify yourselves|the floor|open it up)\b/i;

/**
 * A press secretary who welcomes, opens the floor ("We'll entertain a few questions") and closes,
 * says nothing between the first question and the last and answers none: the host, not a principal.
 */
function hostsOpeningAndClose(speaker: Speaker, press: PressSpan | null, speakerOf: readonly Speaker[], turns: readonly LabelledTurn[]): boolean {
  if (!press || !isPlainPerson(speaker)) return false;
  const { first, last } = press;
  const opens = speaker.turns.filter((i) => i < first);
  const closes = speaker.turns.filter((i) => i > last);
  // The floor they open goes straight to the press: their last opening turn is followed by a question.
  const floorOpened = opens.at(-1);
  return (
    floorOpened !== undefined &&
    closes.length > 0 &&
    opens.length + closes.length === speaker.turns.length &&
    floorOpened + 1 === first &&
    // and they answer nobody: none of their turns follows a question.
    !closes.some((i) => PRESS_IDENTITIES.has(speakerOf[i - 1]!.identity.type)) &&
    INVITES_QUESTIONS.test(turns[floorOpened]!.text)
  );
}

/**
 * Investor relations opening a call ("Today, with me on the call is Victor Dellovo, our Chief
 * Executive Officer; and Gary Levine …"), who speaks only before the first question and hands
 * over to someone they name: the host, not a principal.
 */
function presentsTheSpeakers(
  speaker: Speaker,
  press: PressSpan | null,
  speakerOf: readonly Speaker[],
  turns: readonly LabelledTurn[],
  hints: CastHints,
): boolean {
  if (!press || !isPlainPerson(speaker)) return false;
  // Whom the letterhead, front matter or title presents speaks for the host, whatever else they do.
  if (listedAsPresented(speaker.identity.name, hints)) return false;
  const last = speaker.turns.at(-1)!;
  if (last >= press.first || speaker.turns.some((i) => ENDS_ASKING.test(turns[i]!.text))) return false;
  const next = speakerOf[last + 1];
  if (!next || next === speaker || next.identity.type !== 'person' || next.words <= speaker.words) return false;
  const name = next.identity.name;
  return name.includes(' ') && speaker.turns.some((i) => turns[i]!.text.includes(name) && WELCOMES_CALLERS.test(turns[i]!.text));
}

// How a host opens a call: "welcome to …", "thank you for joining", "with me on the call today are …".
const WELCOMES_CALLERS = /\b(?:welcome|thanks? (?:you )?(?:all )?for joining|with me (?:on|here|today)|joining me)\b/i;

/**
 * A spokesperson who opens a briefing by introducing its guest ("I'm especially pleased to introduce
 * Jessica Stern"), the guest speaking next: the host who runs the floor, whatever they say after.
 */
function introducesTheNext(speaker: Speaker, speakerOf: readonly Speaker[], turns: readonly LabelledTurn[], hints: CastHints): boolean {
  if (!isPlainPerson(speaker) || speaker.turns.length < 2) return false;
  if (listedAsPresented(speaker.identity.name, hints) || !speaker.identity.titles.every((t) => HONORIFIC_ONLY.test(t))) return false;
  const first = speaker.turns[0]!;
  const next = speakerOf[first + 1];
  if (!next || next === speaker || next.identity.type !== 'person') return false;
  // And runs the floor after: short turns (a closing word apart), none long enough to answer the press.
  const later = speaker.turns.slice(1, -1);
  const answers = (i: number) => PRESS_IDENTITIES.has(speakerOf[i - 1]!.identity.type) && !atMostWords(turns[i]!, HOST_REPLY_WORDS);
  if (later.some((i) => !atMostWords(turns[i]!, HOST_TURN_WORDS) || answers(i)) || answers(speaker.turns.at(-1)!)) return false;
  // An interviewer who introduces the guest asks after: most of a host's turns ask nothing.
  if (speaker.turns.filter((i) => ENDS_ASKING.test(turns[i]!.text)).length * 4 > speaker.turns.length) return false;
  const surname = next.identity.name.split(/\s+/).pop()!;
  const text = turns[first]!.text;
  const at = text.indexOf(surname);
  return surname.length >= 2 && at > 0 && INTRODUCES.test(text.slice(Math.max(0, at - 80), at));
}

const HOST_TURN_WORDS = 40;
const MIN_INTERVIEW_TURNS = 4;
const HOST_REPLY_WORDS = 25;
// "pleased to introduce", "let me introduce": the guest named next.
const INTRODUCES = /\b(?:introduce|introducing)\b/i;
// A spokesperson's label carries an honorific at most ("MR PRICE"); an office ("THE VICE PRESIDENT") is a principal's.
const HONORIFIC_ONLY = /^(?:mr|ms|mrs|miss|dr)\.?$/i;

function listedAsPresented(name: string, hints: CastHints): boolean {
  return (hints.people?.some((p) => nameKey(p) === nameKey(name)) ?? false) || namedInTitle(name, hints.title);
}

/** A person named by the label with no outlet and no role label ("Moderator"): who may host, present or answer. */
function isPlainPerson(speaker: Speaker): speaker is Speaker & { identity: Extract<Identity, { type: 'person' }> } {
  return speaker.identity.type === 'person' && speaker.identity.outlet === null && speaker.identity.role === null;
}

interface PressSpan {
  first: number;
  last: number;
}

/** The first and the last turn under a press label ("Q", an outlet), or null where there is none. */
function pressSpan(speakerOf: readonly Speaker[], isPress: (s: Speaker) => boolean): PressSpan | null {
  const first = speakerOf.findIndex(isPress);
  if (first < 0) return null;
  let last = first;
  for (let i = speakerOf.length - 1; i > first; i--) {
    if (isPress(speakerOf[i]!)) {
      last = i;
      break;
    }
  }
  return { first, last };
}

/** The first "Moderator:" turn before turn `first` that is a name, not a sentence. */
function moderatorListedBefore(turns: readonly LabelledTurn[], first: number): LabelledTurn | undefined {
  for (let i = 0; i < first; i++) {
    const t = turns[i]!;
    if (MODERATOR_LABEL.test(t.label) && identityType(t.label) === 'person' && !endsSentence(t.text.split('\n')[0]!)) return t;
  }
  return undefined;
}

const MODERATOR_LABEL = /^(?:moderator|host|moderated by)$/i;

// "主席：" among "梁國雄議員：", "田北辰議員：": a council's president, who gives its members the floor.
const COUNCIL_CHAIR = /^(?:主席|代理主席|主席先生|president|mr\.? president|madam president)$/i;
const MEMBER_LABEL = /议员$/u;
const MIN_MEMBERS = 2;

function chairsMembers(speaker: Speaker, speakers: ReadonlyMap<string, Speaker>): boolean {
  if (!COUNCIL_CHAIR.test(speaker.label.trim())) return false;
  let members = 0;
  for (const other of speakers.values()) if (MEMBER_LABEL.test(other.label.trim()) && ++members >= MIN_MEMBERS) return true;
  return false;
}

/** "主持人 刘明：": the label's title says the person moderates, as the title alone would as a label. */
function titledModerator(speaker: Speaker): boolean {
  // "Senior VP & Head of Investor Relations": the call's host by post, who opens and hands over.
  return speaker.identity.type === 'person' && speaker.identity.titles.some((title) => isModeratorRole(title) || isHostOffice(title));
}

function isModeratorRole(title: string): boolean {
  const identity = identify(title);
  return identity.type === 'person' && identity.role === 'moderator';
}

const HOST_OPENS_BY = 2;

/**
 * The candidates for principal without those who mostly hand the floor ("The next question is from
 * …"), where someone else answers: a host who welcomes and calls on the press says much but answers nothing.
 */
function withoutFloorHolders(candidates: Speaker[], speakerOf: Speaker[], turns: readonly LabelledTurn[], isPress: (s: Speaker) => boolean): Speaker[] {
  const answersNobody = (s: Speaker) => !s.turns.some((i) => i > 0 && isPress(speakerOf[i - 1]!));
  // A host speaks among the first: whoever first speaks later is not weighed (a long call's many analysts).
  const answering = candidates.filter(
    (s) => !(s.turns.length >= 2 && s.turns[0]! <= HOST_OPENS_BY && answersNobody(s) && isModerator(s, speakerOf, turns, null)),
  );
  return answering.length > 0 && answering.length < candidates.length && answering.some((s) => s.identity.type === 'person') ? answering : candidates;
}

/** A moderator mostly hands the floor: short turns naming who speaks next, or "next question". */
function isModerator(speaker: Speaker, speakerOf: Speaker[], turns: readonly LabelledTurn[], principal: Speaker | null): boolean {
  if (speaker.identity.type !== 'person' || speaker.identity.outlet !== null) return false;
  if (speaker.identity.role === 'moderator') return true;
  if (speaker.identity.role !== null) return false;
  let handoffs = 0;
  // ("Thank you.", "谢谢唐政委。": a moderator's thanks between hand-offs weigh neither way.)
  let thanks = 0;
  for (const i of speaker.turns) {
    if (isHandoff(i, speakerOf, turns, principal)) handoffs++;
    else if (turns[i]!.text.length <= MAX_THANKS_CHARS && THANKS_ALONE.test(turns[i]!.text)) thanks++;
  }
  return handoffs > 0 && handoffs * 2 >= speaker.turns.length - thanks;
}

const THANKS_ALONE =
  /^\s*(?:(?:thank you|thanks)(?:\s+(?:very|so) much)?(?:,?\s+\p{Lu}[\p{L}.' -]{0,30})?[.!]?|(?:谢谢|感谢)[^。？！?，,]{0,12}[。！!]?)\s*$/iu;
const MAX_THANKS_CHARS = 50;

const FLOOR_WORD = /\b(?:questions?|floor)\b|提问|问题/iu;

/** The text's last sentence, at most a couple of hundred characters. */
function lastSentence(text: string): string {
  const tail = text.trimEnd().slice(-200);
  const stops = [...tail.slice(0, -1).matchAll(/[.!?]\s|[。！？]/g)];
  const last = stops[stops.length - 1];
  return last ? tail.slice(last.index + last[0].length) : tail;
}

/** The first paragraph (a bilingual turn's original before its translation). */
function firstParagraph(text: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}

// ("Reuters, Michelle.": the outlet, then the reporter; "Reuters —": cut off as the reporter starts.)
const NAME_ALONE =
  /^(?:(?:ok(?:ay)?|yes|all right|and)[,.]?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}(?:,\s*(?:go ahead|please|you['’]re up|\p{Lu}\p{Ll}+))?(?:[.!?]?|\s*[—–]|\s+--)$/u;

function isHandoff(i: number, speakerOf: Speaker[], turns: readonly LabelledTurn[], principal: Speaker | null): boolean {
  const text = turns[i]!.text;
  const next = speakerOf[i + 1];
  // A chair's opening remarks that end by giving the first question ("With that, I hand over the first question to Mr Speciale.").
  if (!atMostWords(turns[i]!, 30)) {
    // (Most long turns end on no word of the floor: settled on the tail before its last sentence is found.)
    if (next?.identity.type !== 'questioner' || !FLOOR_WORD.test(text.slice(-200))) return false;
    const last = lastSentence(text);
    return FLOOR_WORD.test(last) && HANDOFF.test(last);
  }
  if (!next || next === principal || next === speakerOf[i]) return next !== principal && HANDOFF.test(text);
  if (HANDOFF.test(text) || handedByInitials(next, text) !== null) return true;
  // "Nick Schifrin.", "Christian.": a moderator's hand-off is often the name alone, before an anonymous question.
  if (next.identity.type === 'questioner' && NAME_ALONE.test(firstParagraph(text).trim())) return true;
  // A bilingual turn read in its translation: the hand-off as spoken.
  const spoken = turns[i]!.otherLanguage;
  if (spoken && (HANDOFF.test(spoken) || (next.identity.type === 'questioner' && NAME_ALONE.test(firstParagraph(spoken).trim())))) return true;
  // "Marguerite, how much is hedged?" names the next speaker to ask them something.
  if (text.includes('?') || text.includes('？')) return false;
  const nextName = next.identity.type === 'person' ? next.identity.name : next.identity.type === 'outlet' ? next.identity.outlet : null;
  if (!nextName) return false;
  // ("Thanks, Mike. You raised the guide …": an analyst thanking the one who answers next gives no floor.)
  const lower = text.replace(THANKS_OR_GREETING, '').toLowerCase();
  return nextName.split(/\s+/).some((part) => part.length >= 3 && hasWord(lower, part.toLowerCase()));
}

// A thanks or greeting to one or two people by name at a turn's start: "Thanks, Mike.", "Hi, Sridhar and Mike,".
const THANKS_OR_GREETING =
  /^\s*(?:thanks|thank you|hi|hey|hello|good (?:morning|afternoon|evening))(?: (?:so|very) much)?(?: (?:for taking|for having) [^.,!]{1,40})?,?\s+\p{Lu}[\p{L}'’-]+(?:,?\s+and\s+\p{Lu}[\p{L}'’-]+)?[.!,]\s*/iu;

/**
 * Whether `word` stands in the text between word boundaries, as /\bword\b/u finds it: looked
 * for with indexOf, not a pattern compiled per name part and turn.
 */
function hasWord(text: string, word: string): boolean {
  if (SURROGATE.test(word)) return new RegExp(`\\b${escapeRegExp(word)}\\b`, 'u').test(text);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (isWordChar(text, at - 1) !== isWordChar(text, at) && isWordChar(text, end - 1) !== isWordChar(text, end)) return true;
  }
  return false;
}

const SURROGATE = /[\ud800-\udfff]/;

/** A character \b divides words by, without the i flag: [A-Za-z0-9_]. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i); // NaN outside the text: no word character
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** A part the publisher's profile declares for the label: the profile decides, the document names. */
function castDeclared(speaker: Speaker, declared: LabelRole, ctx: CastContext): CastTurn {
  const rule = `profile ${ctx.hints.profile!.name}: label ${speaker.label}`;
  const identity = speaker.identity;
  const printed = identity.type === 'person' ? identity.name : null;
  const findsFullName = printed !== null && identity.type === 'person' && identity.role === null && ctx.hints.nameSources !== undefined;
  const name = declared.name ?? (findsFullName ? (fullNameFor(speaker.label, printed, ctx.hints.nameSources!) ?? printed) : printed);
  const titles = identity.type === 'person' ? identity.titles : [];
  const outletName = declared.outlet ?? (identity.type === 'outlet' ? identity.outlet : identity.type === 'person' ? identity.outlet : null);
  // An unnamed questioner ("问") in an interview the page says one outlet held: that outlet's, as without a profile.
  const publisher =
    !outletName && declared.role === 'journalist' && (identity.type === 'questioner' || identity.type === 'follow-up') && ctx.hints.publisher
      ? ctx.outletNamed(ctx.hints.publisher)
      : null;
  if (publisher) return { part: 'journalist', speaker: null, outlet: publisher, rule, outletRule: PUBLISHER_RULE };
  const outlet = outletName ? ctx.outletNamed(outletName) : null;
  const anonymous = identity.type === 'questioner' || identity.type === 'follow-up' || identity.type === 'outlet' || identity.type === 'unnamed';
  let person: Person | null = name && !anonymous ? { name, titles, role: declared.role } : null;
  // "答" speaks for the principal: the one the document names, in a label or in its title.
  if (declared.role === 'principal' && !person)
    person = ctx.principalPerson ?? (ctx.hints.principal ? { name: ctx.hints.principal, titles: [], role: 'principal' } : null);
  return { part: declared.role, speaker: person, outlet, rule, ...(outlet ? { outletRule: rule } : {}) };
}

// "Alex Karp, thanks for having us", "Ana Lima, welcome to the show": a full name, then the greeting.
const GREETED =
  /^\s*(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}),[ \t]+(?:thanks?|thank you|welcome|good to (?:see|have) you|great to (?:see|have) you|it['’]s (?:good|great) to)/u;
const GREETING_TURNS = 6;

/** The full name another voice greets the speaker by in one of the first turns, or null. */
function greetedBy(speaker: Speaker, ctx: CastContext): string | null {
  for (let i = 0; i < Math.min(GREETING_TURNS, ctx.turns.length); i++) {
    if (ctx.speakerOf[i] === speaker) continue;
    const m = GREETED.exec(ctx.turns[i]!.text);
    if (m) return m[1]!;
  }
  return null;
}

/**
 * The letterhead's people who have no label of their own: "PM:" beside "PREMIER WEATHERILL:" is
 * not the Premier the front matter names, whoever the letterhead lists first.
 */
function peopleWithoutLabels(speaker: Speaker, ctx: CastContext): readonly string[] {
  const people = ctx.hints.people ?? [];
  if (people.length === 0) return people;
  const surnames = new Set<string>();
  for (const other of new Set(ctx.speakerOf))
    if (other !== speaker) {
      surnames.add(other.key.split(' ').pop() ?? '');
      // "PRIME MINISTER OF NEW ZEALAND" beside "PRIME MINISTER": the holder the title names for the longer office is not the other's.
      const holder = appositiveHolder(other.label, ctx.hints.title);
      if (holder) surnames.add(nameKey(holder).split(' ').pop() ?? '');
    }
  return people.filter((p) => !surnames.has(nameKey(p).split(' ').pop() ?? ''));
}

/**
 * "Next, Dara Quinn from the Evening Ledger." and then "DQ": a label of the initials of the
 * reporter the turn before hands the floor to is that reporter, for that outlet.
 */
function handedByInitials(speaker: Speaker, handoff: string): NamedAsker | null {
  const label = speaker.label.trim();
  if (!INITIALS_LABEL.test(label) || !/[A-Z]/.test(handoff)) return null;
  const named = namedAsker(handoff);
  return named && initialsOf(named.name) === label.toLowerCase() ? named : null;
}

const INITIALS_LABEL = /^[A-Z]{2,3}$/;
/** The rule that gives every unnamed question to the one interviewer the page lists (questioners.ts reads it again). */
export const SOLE_INTERVIEWER_RULE = 'journalist: the one interviewer named above the transcript';
/** A member of a council or parliament, as its record labels one (COUNCIL_MEMBER). */
function isCouncilMember(speaker: Speaker): boolean {
  return speaker.identity.type === 'person' && speaker.identity.role === null && COUNCIL_MEMBER.test(speaker.identity.name);
}

// "易志明議員", and "MP Gerald Giam" as a parliament's record prints a member who asks (never "JOHN SMITH MP",
// the local member beside a minister at a press conference).
const COUNCIL_MEMBER = /\p{Script=Han}{2,4}议员$|^MP\s+\p{Lu}/u;
const INTERVIEWEE = /^(?:interviewee|respondent|guest|subject|受访者|嘉宾)$/iu;

/** One of the company's listed people read as asking, or as neither asking nor answering: an official who answers. */
function asStaff(speaker: Speaker, cast: CastTurn, staff: readonly string[] | undefined): CastTurn {
  if (!staff || (cast.part !== 'journalist' && cast.part !== 'other') || speaker.identity.type !== 'person') return cast;
  const key = nameKey(speaker.identity.name);
  if (!staff.some((name) => nameKey(name) === key)) return cast;
  const titles = speaker.identity.titles;
  return {
    part: 'principal',
    speaker: { name: cast.speaker?.name ?? speaker.identity.name, titles, role: 'principal' },
    outlet: null,
    rule: 'principal: listed among the company’s participants',
  };
}

function castOne(speaker: Speaker, ctx: CastContext): CastTurn {
  const identity = speaker.identity;
  const declared = ctx.hints.profile?.labels.get(profileKey(speaker.label));
  if (declared) return castDeclared(speaker, declared, ctx);
  const listed = declaredPerson(speaker, ctx.hints.declared);
  if (listed) {
    const outlet = listed.outlet ? ctx.outletNamed(listed.outlet) : null;
    const rule = `${listed.role}: named so in the fields above the transcript`;
    const titles = identity.type === 'person' ? identity.titles : [];
    return { part: listed.role, speaker: { name: listed.name, titles, role: listed.role }, outlet, rule, ...(outlet ? { outletRule: rule } : {}) };
  }
  const first = speaker.turns[0]!;
  const handed = first > 0 ? handedByInitials(speaker, ctx.turns[first - 1]!.text) : null;
  if (handed)
    return {
      part: 'journalist',
      speaker: { name: handed.name, titles: [], role: 'journalist' },
      outlet: ctx.outletNamed(handed.outlet),
      rule: 'journalist: initials of the reporter handed the floor',
      outletRule: 'hand-off',
    };
  if (identity.type === 'questioner' || identity.type === 'follow-up') {
    // "Interviewer: Oren Talbot", "… conducted by Miha Jenko": the one interviewer the page names asks every unnamed question.
    const interviewers = ctx.hints.declared?.filter((d) => d.role === 'journalist') ?? [];
    if (interviewers.length === 1) {
      const [interviewer] = interviewers as [DeclaredPerson];
      const outletName = interviewer.outlet ?? ctx.hints.publisher;
      const outlet = outletName ? ctx.outletNamed(outletName) : null;
      const rule = SOLE_INTERVIEWER_RULE;
      return { part: 'journalist', speaker: { name: interviewer.name, titles: [], role: 'journalist' }, outlet, rule, ...(outlet ? { outletRule: rule } : {}) };
    }
    // "…接受人民日报健康客户端记者采访": an interview the title gives one outlet; its reporter asks every unnamed question.
    const publisher = ctx.hints.publisher ? ctx.outletNamed(ctx.hints.publisher) : null;
    return {
      part: 'journalist',
      speaker: null,
      outlet: publisher,
      rule: `label: ${identity.type}`,
      ...(publisher ? { outletRule: PUBLISHER_RULE } : {}),
    };
  }
  if (identity.type === 'outlet')
    return { part: 'journalist', speaker: null, outlet: ctx.outletNamed(identity.outlet), rule: 'label: an outlet', outletRule: 'label' };
  if (identity.type === 'answerer') {
    // The principal the document names; else the one person its front matter lists as speaking.
    const name = ctx.hints.principal ?? (ctx.hints.people?.length === 1 ? ctx.hints.people[0]! : null);
    const hinted: Person | null = name ? { name, titles: [], role: 'principal' } : null;
    return { part: 'principal', speaker: ctx.principalPerson ?? hinted, outlet: null, rule: 'label: answerer, the principal' };
  }
  if (identity.type === 'unnamed' && speaker === ctx.principal) {
    // The answering voice is the principal: named where the title or metadata names one, never after the placeholder.
    // Or the name the other voice greets them by: "Alex Karp, thanks for having us …".
    const name = ctx.hints.principal ?? greetedBy(speaker, ctx);
    const hinted: Person | null = name ? { name, titles: [], role: 'principal' } : null;
    return { part: 'principal', speaker: hinted, outlet: null, rule: 'principal: the numbered voice that answers and says the most' };
  }
  if (identity.type === 'unnamed') {
    // "VOICE: Last question." — a voice that only runs the floor is the press officer, named by the label as printed
    // (a numbered "Speaker 7" is a reporter, whatever they shout).
    if (!/\d/.test(speaker.label) && runsTheFloor(speaker, ctx))
      return {
        part: 'moderator',
        speaker: { name: naturalCase(speaker.label), titles: [], role: 'moderator' },
        outlet: null,
        rule: 'moderator: a voice that runs the floor',
      };
    // A numbered voice that only calls time on the floor and never asks ("Last question guys."): staff, unnamed.
    if (/\d/.test(speaker.label) && runsTheFloor(speaker, ctx) && !speaker.turns.some((i) => /[?？]/.test(ctx.turns[i]!.text)))
      return { part: 'moderator', speaker: null, outlet: null, rule: 'moderator: a numbered voice that calls time and never asks' };
    // The voice that opens a briefing among numbered voices and never asks: its host, as placeholder as the rest.
    if (ctx.principal?.identity.type === 'unnamed' && opensWithoutAsking(speaker, ctx))
      return { part: 'moderator', speaker: null, outlet: null, rule: 'moderator: the numbered voice that opens and never asks' };
    // Never a name made up from the placeholder: the printed label stays on the turn.
    // At a press conference a placeholder ("Speaker 4") is a reporter, unless they answer or speak at length for the host.
    const asks = asksThePrincipal(speaker, ctx) || asksTheNamedOfficials(speaker, ctx) || handedTheFloor(speaker, ctx) || !speaksForTheHost(speaker, ctx);
    return { part: asks ? 'journalist' : 'other', speaker: null, outlet: null, rule: asks ? 'unnamed: asks the principal' : 'unnamed' };
  }
  const sources = identity.role === null ? ctx.hints.nameSources : undefined;
  // "行政長官" is named where the lead prints "行政長官梁振英": the office becomes the title.
  const holder = sources ? (holderOfOffice(identity.name, sources, ctx.hints.title ?? '') ?? appositiveHolder(speaker.label, ctx.hints.title)) : null;
  const name =
    holder ??
    ((identity.role === null && officeHolderName(identity.name, peopleWithoutLabels(speaker, ctx), speaker === ctx.principal)) ||
      (sources &&
        (fullNameFor(speaker.label, identity.name, sources) ??
          chineseFullName(speaker.label, sources) ??
          laterFullName(speaker, identity.name, ctx) ??
          // "贝问": the name the label carries before its word.
          (identity.name !== speaker.label.trim() ? chineseFullName(identity.name, sources) : null))) ||
      identity.name);
  const titles = holder ? [...identity.titles, identity.name] : identity.titles;
  const asPerson = (role: Person['role']): Person => ({ name, titles, role });
  if (speaker === ctx.principal) {
    // "Interviewee:", "Guest:", "受访者：": the role stands for the person the title or metadata names.
    if (identity.role === null && ctx.hints.principal && INTERVIEWEE.test(identity.name))
      return {
        part: 'principal',
        speaker: { name: ctx.hints.principal, titles: [], role: 'principal' },
        outlet: null,
        rule: 'principal: the interviewee the title names',
      };
    return { part: 'principal', speaker: asPerson('principal'), outlet: null, rule: ctx.principalRule };
  }
  // "主持人" who asks every question of the one or two interviewed interviews them: the press, not the chair.
  // (A host read as the moderator for handing the floor is the interviewer too: "FRANK KELLY, HOST:".)
  if ((identity.role === 'moderator' || ctx.moderators.has(speaker)) && interviewsItsGuests(speaker, ctx)) {
    // (Of the programme or publication the page names as holding the interview, where it names one.)
    const publisher = ctx.hints.publisher ? ctx.outletNamed(ctx.hints.publisher) : null;
    const rule = 'journalist: the host who asks every question of an interview';
    return { part: 'journalist', speaker: asPerson('journalist'), outlet: publisher, rule, ...(publisher ? { outletRule: PUBLISHER_RULE } : {}) };
  }
  if (ctx.moderators.has(speaker))
    return {
      part: 'moderator',
      speaker: asPerson('moderator'),
      outlet: null,
      rule: identity.role === 'moderator' ? 'label: moderator' : 'moderator: hands the floor',
    };
  if (identity.role === 'interpreter') return { part: 'interpreter', speaker: asPerson('interpreter'), outlet: null, rule: 'label: interpreter' };
  if (identity.outlet)
    return {
      part: 'journalist',
      speaker: asPerson('journalist'),
      outlet: ctx.outletNamed(identity.outlet),
      rule: 'label: name and outlet',
      outletRule: 'label',
    };
  const firstText = ctx.turns[speaker.turns[0]!]!.text;
  // (A host's welcome to the programme names it where the page names no publisher: "欢迎收看54新观点".)
  const introduced = outletFromIntroduction(firstText, identity.name) ?? (ctx.hints.publisher ? null : programmeWelcomedTo(firstText));
  if (introduced)
    return {
      part: 'journalist',
      speaker: asPerson('journalist'),
      outlet: ctx.outletNamed(introduced),
      rule: 'journalist: introduces themself',
      outletRule: 'self-introduction',
    };
  // "有新Newin：" under a lead "有新Newin 主理人 Tim 与…展开了一次对话": the account's host asks, for the account.
  const host = ctx.interviewers.has(speaker) || isMediumOfTheLead(identity.name, ctx) ? hostOfTheMedium(identity.name, ctx) : null;
  if (host)
    return {
      part: 'journalist',
      speaker: { name: host, titles: [], role: 'journalist' },
      outlet: ctx.outletNamed(identity.name),
      rule: 'journalist: the host of the medium the label names, as the lead says',
      outletRule: 'label',
    };
  if (ctx.interviewers.has(speaker)) {
    const publisher = ctx.hints.publisher ? ctx.outletNamed(ctx.hints.publisher) : null;
    const rule = 'journalist: asks the questions of an interview';
    return { part: 'journalist', speaker: asPerson('journalist'), outlet: publisher, rule, ...(publisher ? { outletRule: PUBLISHER_RULE } : {}) };
  }
  // "易志明議員", "MP Sylvia Lim" at question time: a member of the council asks the officials who answer there, whatever
  // a turn's shape (a remark, a point of order) and whether or not the attendance list above names them.
  if (isCouncilMember(speaker) && ctx.principal && !isCouncilMember(ctx.principal))
    return { part: 'journalist', speaker: asPerson('journalist'), outlet: null, rule: 'journalist: a member of the council questions the officials' };
  // Whom the letterhead or front matter presents speaks for the host, whatever their turns look like.
  if (identity.role === null && ctx.hints.people?.some((p) => nameKey(p) === nameKey(name)))
    return { part: 'principal', speaker: asPerson('principal'), outlet: null, rule: 'principal: presented in the letterhead' };
  // "Joint press conference: Minister Rafael Quintero and Commissioner Elena Dahl": whom the title
  // announces by full name speaks for the host, unless they ask.
  if (identity.role === null && namedInTitle(name, ctx.hints.title) && !speaker.turns.some((i) => ENDS_ASKING.test(ctx.turns[i]!.text)))
    return { part: 'principal', speaker: asPerson('principal'), outlet: null, rule: 'principal: announced in the title' };
  // "刘擎对话唐小兵" with the programme ("看理想：") asking both: a guest the title names answers, though some of their
  // turns end by asking the other guest something.
  if (identity.role === null && namedInTitle(name, ctx.hints.title) && anotherAsksByRole(speaker, ctx) && askingShare(speaker, ctx.turns) < 0.5)
    return { part: 'principal', speaker: asPerson('principal'), outlet: null, rule: 'principal: announced in the title, where the host asks' };
  // "Spencer Adam Neumann, Chief Financial Officer": a post held for the host, printed in the label.
  if (identity.role === null && identity.titles.some((t) => HOST_POST.test(t)))
    return { part: 'principal', speaker: asPerson('principal'), outlet: null, rule: 'principal: a post in the label' };
  if (identity.role === null && listedWithPost(name, ctx.hints.nameSources, HOST_POST))
    return { part: 'principal', speaker: asPerson('principal'), outlet: null, rule: 'principal: listed with a post' };
  // "GERARD RENNICK, QUEENSLAND LIBERAL SENATOR": an office described in the label, as a press office prints its
  // guests on a panel, answers whatever the host hands them (a hearing prints its askers "Senator SMITH").
  if (identity.role === null && identity.titles.some((t) => t.includes(' ') && PUBLIC_OFFICE.test(t)))
    return { part: 'principal', speaker: asPerson('principal'), outlet: null, rule: 'principal: an office described in the label' };
  // "1、蒋化冰：…", "2、苏杰：…": minutes that number their questions number the askers' labels, never an answer's.
  // (Where questioners are labelled by outlet, the label is an outlet, as below.)
  if (speaker !== ctx.principal && !ctx.outletLabelled && asksNumberedQuestions(speaker, ctx))
    return { part: 'journalist', speaker: asPerson('journalist'), outlet: null, rule: 'journalist: asks a question the minutes number' };
  // (One the moderator gives the floor by name is an asker, whatever marks their questions lack: "from the line of Parth Agarwal".)
  if (identity.role === null && answersBesideThePrincipal(speaker, ctx) && !namedByHandOff(speaker, identity.name, ctx, true))
    return { part: 'principal', speaker: asPerson('principal'), outlet: null, rule: 'principal: adds to the principal’s answers, never asks' };
  if (identity.role === null && presentsBeforeTheQuestions(speaker, ctx))
    return { part: 'principal', speaker: asPerson('principal'), outlet: null, rule: 'principal: presents at length before the first question' };
  const asks =
    !answersTheModerator(speaker, ctx) &&
    !introducedByThePrincipal(speaker, name, ctx) &&
    (asksThePrincipal(speaker, ctx) ||
      namedByHandOff(speaker, identity.name, ctx) ||
      (handedTheFloor(speaker, ctx) && asksAnything(speaker, ctx)) ||
      namesOwnOutlet(speaker, ctx));
  // Where questioners are labelled by outlet, a questioner's label without an outlet word is an outlet too.
  if (asks && ctx.outletLabelled)
    return {
      part: 'journalist',
      speaker: null,
      outlet: ctx.outletNamed(identity.name),
      rule: 'journalist: asks, where questioners are labelled by outlet',
      outletRule: 'label',
    };
  // "虎嗅：" where the lead says "虎嗅日前在北京专访了…": the label is the publication that asks, no person.
  if (asks && isMediumOfTheLead(identity.name, ctx))
    return {
      part: 'journalist',
      speaker: null,
      outlet: ctx.outletNamed(identity.name),
      rule: 'journalist: the medium the lead says interviews',
      outletRule: 'label',
    };
  if (asks) return { part: 'journalist', speaker: asPerson('journalist'), outlet: null, rule: 'journalist: asks the principal' };
  // A roundtable's moderator: "杨植麟、姜大昕、朱军探讨…" names the panel, and the one it does not name asks them in turn.
  if (identity.role === null && !namedInTitle(name, ctx.hints.title) && asksTheTitledPanel(speaker, ctx))
    return { part: 'journalist', speaker: asPerson('journalist'), outlet: null, rule: 'journalist: asks the panel the title names' };
  // A broadcast's host: "Frederick Kaufman joins us now.", and asks something.
  if (identity.role === null && introducesAGuest(speaker, ctx) && asksAnything(speaker, ctx))
    return { part: 'journalist', speaker: asPerson('journalist'), outlet: null, rule: 'journalist: a host who introduces the guest' };
  if (speaksForTheHost(speaker, ctx))
    return { part: 'principal', speaker: asPerson('principal'), outlet: null, rule: 'principal: an official who answers or speaks at length' };
  return { part: 'other', speaker: asPerson('other'), outlet: null, rule: 'other: neither asks nor answers' };
}

/**
 * A host ("主持人", "Host") who asks, each turn answered by the one interviewed (or one of two, a
 * conversation with two analysts): an interview, whatever share of the host's turns end on a question
 * mark ("给欣旺的销售额带来了哪些变化" asks without one). Those who answer seldom ask (a press
 * conference's chair hands the floor to reporters, who do), and anyone else who speaks asks too, each
 * turn answered by them (a reader's question, "网友：…"), or speaks once without asking.
 */
function interviewsItsGuests(speaker: Speaker, ctx: CastContext): boolean {
  if (speaker.turns.length < MIN_INTERVIEW_TURNS) return false;
  const answerers = new Set<Speaker>();
  let answered = 0;
  let asking = 0;
  // (A welcome the host follows with the first question, and a sign-off at the end, are no one's to answer.)
  let unanswerable = 0;
  for (const [k, i] of speaker.turns.entries()) {
    const next = ctx.speakerOf[i + 1];
    const asks = /[?？]/.test(ctx.turns[i]!.text);
    if (asks) asking++;
    if (next === undefined || (k === 0 && next === speaker)) unanswerable++;
    if (next === undefined || next === speaker) continue;
    answered++;
    // (Who answers the host's questions: a hand-off to the audience, "现在请观众提问", asks nothing of them.)
    if (asks) answerers.add(next);
  }
  if (answered * 5 < (speaker.turns.length - unanswerable) * 4 || asking * 3 < speaker.turns.length || answerers.size > MAX_INTERVIEWED) return false;
  for (const answerer of answerers) if (askingShare(answerer, ctx.turns) > ANSWERERS_ASKING) return false;
  for (const other of new Set(ctx.speakerOf)) {
    if (other === speaker || answerers.has(other) || saysOnceWithoutAsking(other, ctx.turns)) continue;
    if (other.turns.length > speaker.turns.length || other.turns.some((i) => !answerers.has(ctx.speakerOf[i + 1]!))) return false;
  }
  return true;
}

/** One turn that asks nothing: a label read once by mistake (a point of an answer set in bold), or a remark; no chair's. */
function saysOnceWithoutAsking(speaker: Speaker, turns: readonly LabelledTurn[]): boolean {
  return speaker.turns.length === 1 && !/[?？]/.test(turns[speaker.turns[0]!]!.text);
}

const MAX_INTERVIEWED = 3;
const ANSWERERS_ASKING = 0.3;

/**
 * A speaker whose first turn is a long presentation made before anyone asks ("My presentation will
 * start with financial highlights …") and who hardly ever asks: the host's, whatever question
 * mark an answer of theirs holds.
 */
function presentsBeforeTheQuestions(speaker: Speaker, ctx: CastContext): boolean {
  const first = speaker.turns[0]!;
  if (atMostWords(ctx.turns[first]!, PRESENTATION_WORDS)) return false;
  for (let i = 0; i < first; i++) if (ENDS_ASKING.test(ctx.turns[i]!.text) && ctx.speakerOf[i] !== speaker) return false;
  return askingShare(speaker, ctx.turns) <= 0.2;
}

/** The share of the speaker's turns that end on a question mark. */
function askingShare(speaker: Speaker, turns: readonly LabelledTurn[]): number {
  let asking = 0;
  for (const i of speaker.turns) if (ENDS_ASKING.test(turns[i]!.text)) asking++;
  return asking / speaker.turns.length;
}

const PRESENTATION_WORDS = 150;

/**
 * A speaker labelled by surname who speaks again and again, named in full only in later turns
 * ("you will hear from Admiral John Polowczyk"). An office label is not looked for there: the
 * president a speaker mentions is not the one the title announces.
 */
function laterFullName(speaker: Speaker, name: string, ctx: CastContext): string | null {
  if (speaker.turns.length < 2 || !ctx.hints.laterSources || !/^\p{Lu}[\p{L}'’-]+$/u.test(name)) return null;
  const later = ctx.hints.laterSources();
  const full = later === '' ? null : fullNameFor(speaker.label, name, `${SPOKEN_FROM_HERE}${later}`);
  if (!full) return null;
  // Inside a sentence ("from Admiral John Polowczyk"), never a sentence's first words ("Under Trump, …").
  // (As printed, else in other case: the whole of the later turns lowercased only then.)
  const printed = later.indexOf(full);
  const at = printed >= 0 ? printed : later.toLowerCase().indexOf(full.toLowerCase());
  const before = /(\S+)[ \t]+$/.exec(later.slice(Math.max(0, at - 30), at))?.[1];
  return before !== undefined && !/[.!?:;"“”]$/.test(before) ? full : null;
}

/** The host the lead names for the medium the label names, or null. */
function hostOfTheMedium(name: string, ctx: CastContext): string | null {
  const sources = ctx.hints.nameSources;
  return sources === undefined ? null : mediumHostInLead(name, sources.slice(0, leadEnd(sources)));
}

/** The label names a medium the lead says interviews the speakers. */
function isMediumOfTheLead(name: string, ctx: CastContext): boolean {
  const sources = ctx.hints.nameSources;
  return sources !== undefined && interviewsInLead(name, sources.slice(0, leadEnd(sources)));
}

/** The first voice heard, in short turns none of which asks. */
function opensWithoutAsking(speaker: Speaker, ctx: CastContext): boolean {
  return speaker.turns[0] === 0 && speaker.turns.every((i) => atMostWords(ctx.turns[i]!, OPENING_TURN_WORDS) && !ENDS_ASKING.test(ctx.turns[i]!.text));
}

const OPENING_TURN_WORDS = 60;

/** Short turns, none asking, one at least giving out the floor ("Last question.", "Maybe two more questions."). */
function runsTheFloor(speaker: Speaker, ctx: CastContext): boolean {
  let handsOut = false;
  for (const i of speaker.turns) {
    const turn = ctx.turns[i]!;
    if (!atMostWords(turn, FLOOR_TURN_WORDS) || ENDS_ASKING.test(turn.text)) return false;
    handsOut ||= GIVES_OUT_THE_FLOOR.test(turn.text);
  }
  return handsOut;
}

const FLOOR_TURN_WORDS = 12;
const GIVES_OUT_THE_FLOOR = /\b(?:(?:next|last|final) question|(?:one|two|three|a few|a couple) more questions?|time for (?:one|two|a few)|the floor)\b/i;

const PUBLIC_OFFICE =
  /\b(?:senator|minister|member for|mp|premier|mayor|governor|treasurer|attorney[- ]general|ambassador|spokes(?:person|man|woman)|(?:opposition|party) leader|leader of the)\b/i;

const HOST_POST =
  /\b(?:chief|officer|ceo|cfo|coo|cto|evp|svp|managing director|executive director|whole[- ]time director|chairman|chairwoman|chairperson|co-founder|founder|vice president|executive vice|president)\b/i;

/** Another speaker asks: labelled by outlet or as the questioner, or one the title does not name who asks the principal. */
function anotherAsksByRole(speaker: Speaker, ctx: CastContext): boolean {
  // (Each speaker once, not each of their turns: asksThePrincipal reads all of a speaker's turns.)
  return [...new Set(ctx.speakerOf)].some(
    (s) =>
      s !== speaker &&
      s !== ctx.principal &&
      (s.identity.type === 'outlet' ||
        s.identity.type === 'questioner' ||
        (s.identity.type === 'person' && !namedInTitle(s.identity.name, ctx.hints.title) && asksThePrincipal(s, ctx))),
  );
}

const MIN_NUMBERED_QUESTIONS = 3;

/** Most of the speaker's turns carry the minutes' question numbers, in a document that numbers three at least. */
function asksNumberedQuestions(speaker: Speaker, ctx: CastContext): boolean {
  let own = 0;
  for (const i of speaker.turns) if (ctx.turns[i]!.numbered) own++;
  if (own * 2 < speaker.turns.length || own === 0) return false;
  let all = 0;
  for (const turn of ctx.turns) if (turn.numbered && ++all >= MIN_NUMBERED_QUESTIONS) return true;
  return false;
}

const MIN_PANEL = 2;
const MODERATOR_ASKS = 0.4;
const PANEL_ASKS = 0.2;

/** The speaker asks in many turns, and two others at least whom the title names hardly ever ask. */
function asksTheTitledPanel(speaker: Speaker, ctx: CastContext): boolean {
  if (askingShare(speaker, ctx.turns) < MODERATOR_ASKS) return false;
  let panel = 0;
  // (Each speaker once, not each of their turns.)
  for (const s of new Set(ctx.speakerOf))
    if (s !== speaker && s.identity.type === 'person' && namedInTitle(s.identity.name, ctx.hints.title) && askingShare(s, ctx.turns) <= PANEL_ASKS) panel++;
  return panel >= MIN_PANEL;
}
