// Turns and metadata to a ConferenceRecord: cast the speakers, assign kinds, and fill the
// conference from the front matter first, then what the preamble said, then fallbacks.
import { collectParticipants, joinParagraphs, RECORD_SCHEMA, type Conference, type ConferenceRecord, type Person, type Turn } from '../domain/record.ts';
import type { FrontMatter } from './frontmatter.ts';
import { dateInFigures, findDate } from './dates.ts';
import { endsSentence, REPORTING_VERBS } from './types.ts';
import { inferHostCountry } from './host.ts';
import { publisherOf } from './publisher.ts';
import { assignKinds, type KindInput } from './kinds.ts';
import { TITLE_WORDS } from './labels/words.ts';
import { type PreambleMetadata, withAuthorInterviewing, withTitledInterviewer } from './metadata.ts';
import { officeHolderInTitle, personTitled, principalInTitle, subjectOfChineseHeadline } from './titles.ts';
import { nameKey } from './name-key.ts';
import { castSpeakers, type CastHints, type CastTurn, type LabelledTurn } from './participants.ts';
import { makeSlug } from './slug.ts';
import { nameSources, SPOKEN_FROM_HERE } from './full-names.ts';
import type { DeclaredPerson } from './cast-fields.ts';
import { onceOnly } from './memo.ts';
import { documentPeople } from './office-holders.ts';
import { askerReader, bracketedAsker, sameSurname, type NamedAsker } from './handoffs.ts';
import { atMostWords, COUNTED_TEXT_LENGTH, wordCount } from './participants.ts';
import { mapped } from './arrays.ts';
import { isPersonName } from './zh/word-classes.ts';
import { isWhiteSpace } from './phrases.ts';
import { withClipSpeakers } from './clips.ts';
import { CHINESE_NAME } from './zh/labels.ts';
import { chineseNarrationLength } from './zh/opening.ts';
import { chineseOfficeBefore } from './zh/preamble.ts';
import { groupInterviewOutlets } from './zh/group-interview.ts';
import { makeOutlet } from './outlets.ts';

const LEAD_PARAGRAPHS = 12;

/** A labelled turn, its paragraphs already cleaned. */
export interface CleanTurn {
  label: string;
  paragraphs: string[];
  /** Seconds from the start, in a timed transcript. */
  startsAt: number | null;
  /** A line inside the transcript that tells of the event ("5月16日…會見傳媒談話"), with no label. */
  narration?: boolean;
  /** In a bilingual transcript, the turn's paragraphs by language; `paragraphs` are the document language's. */
  byLanguage?: Record<string, string[]>;
  /** A section heading stood before it: a new part of the conference. */
  afterHeading?: boolean;
  /** Its label is numbered as minutes number their questions ("12、苏杰："). */
  numbered?: boolean;
}

export interface AssembleInput {
  frontMatter: FrontMatter | null;
  preamble: PreambleMetadata;
  turns: CleanTurn[];
  language: string;
  fileName: string | undefined;
  /** The day printed as a running head on every page, removed as such. */
  runningHeadDate?: string;
  /** With no labels: the whole text as one statement. */
  statement: string[] | null;
  /** The turns were read from the structure (addressed.ts): their labels are not printed. */
  readByAddress?: boolean;
  /** A publisher profile's label parts, when one applies. */
  profile?: CastHints['profile'];
  /** Filled with what decided each turn's kind, speaker and outlet. */
  decisions?: TurnDecision[];
}

const MAX_LEAD_CHARS = 300;
// How much of the later turns a surname label's full name is looked for in (participants.ts laterFullName).
const LATER_SOURCES_LIMIT = 400_000;

/** A turn's text for the cast, then (part and handsOver filled in) for the kinds. */
interface LabelledBody {
  label: string | null;
  text: string;
  otherLanguage?: string;
  afterHeading: boolean | undefined;
  numbered?: boolean;
  words: number | undefined;
  part: KindInput['part'];
  handsOver: boolean;
}

/** What decided one turn, for --report. */
export interface TurnDecision {
  seq: number;
  kind: string;
  kindRule: string;
  speaker: string | null;
  speakerRule: string;
  outlet: string | null;
  outletRule: string | null;
}

export function assembleRecord(input: AssembleInput): ConferenceRecord {
  const fm = input.frontMatter ?? {};
  const meta = input.preamble;
  const narration = input.statement ? '' : joinParagraphs(meta.narration);
  const hostCountry =
    fm.hostCountry ?? inferHostCountry([fm.title ?? meta.title, fm.venue ?? meta.venue, fm.occasion ?? meta.occasion, fm.host ?? meta.host, meta.narration[0]]);
  const declaredPrincipals = (meta.cast ?? []).filter((p) => p.role === 'principal').map((p) => p.name);
  const principalHint =
    fm.principal ??
    meta.principal ??
    declaredPrincipals[0] ??
    principalInTitle(fm.title ?? meta.title) ??
    subjectOfChineseHeadline(fm.title ?? meta.title) ??
    officeHolderInTitle(fm.title ?? meta.title, meta.narration.join('\n')) ??
    personTitled(fm.title ?? meta.title) ??
    // "*An interview with Coach Ruth Abara by our sports desk.*": a lead line under the title (not the one it says asked,
    // "… an interview by Ada Quill of the Harbour Times").
    notDeclaredAsking(meta.narration[0] && meta.narration[0].length <= MAX_LEAD_CHARS ? principalInTitle(meta.narration[0]) : null, meta.cast) ??
    null;
  const languages = fm.languages ?? languagesOf(input.turns, input.language);
  const lang = languages[0] ?? input.language;

  const labelled = mapped(input.turns, (t) => {
    const text = joinParagraphs(t.paragraphs);
    // Counted once here, asked of several times by the cast and the kinds (participants.ts atMostWords).
    const words = text.length < COUNTED_TEXT_LENGTH ? wordCount(text) : undefined;
    // The kinds' input too (part and handsOver set below): one object per turn, not two.
    const body: LabelledBody = { label: t.narration ? null : t.label, text, afterHeading: t.afterHeading, words, part: 'other', handsOver: false };
    if (t.byLanguage) body.otherLanguage = otherLanguageText(t.byLanguage, t.paragraphs);
    if (t.numbered) body.numbered = true;
    return body;
  });
  const hasNarration = input.turns.some((t) => t.narration);
  const spoken = hasNarration ? labelled.filter((_, i) => !input.turns[i]!.narration) : labelled;
  const namedAsker = askerReader();
  const cast: CastTurn[] = input.statement
    ? [{ part: 'principal', speaker: principalHint ? { name: principalHint, titles: [], role: 'principal' } : null, outlet: null }]
    : withNarrationCast(
        input.turns,
        castSpeakers(spoken as LabelledTurn[], {
          principal: principalHint,
          hostCountry,
          profile: input.profile,
          // Labels read from the structure are forms of address ("Ambassador"), not printed names to complete.
          nameSources: input.readByAddress
            ? undefined
            : nameSources([
                fm.title ?? meta.title ?? '',
                ...(meta.people ?? []),
                ...meta.narration,
                SPOKEN_FROM_HERE,
                ...mapped(spoken.slice(0, 40), (t) => t.text),
              ]),
          laterSources: input.readByAddress
            ? undefined
            : onceOnly(() =>
                nameSources(
                  mapped(spoken.slice(40), (t) => t.text),
                  LATER_SOURCES_LIMIT,
                ),
              ),
          namedAsker,
          publisher: fm.publisher ?? publisherOf(fm, fm.title ?? meta.title, meta.narration[0], meta.narration.slice(0, 8)),
          people: documentPeople(
            [...(principalHint ? [principalHint] : []), ...(fm.people ?? []), ...(meta.people ?? []), ...declaredPrincipals],
            [fm.title ?? '', meta.title ?? '', ...meta.narration],
          ),
          declared: withAuthorInterviewing(withTitledInterviewer(meta.cast, [meta.title, fm.title]), fm.authors, fm.title ?? meta.title),
          staff: meta.staff,
          title: fm.title ?? meta.title,
          openingTail: meta.narration.at(-1),
        }),
      );
  const bodies: Array<{ label: string | null; text: string; words?: number }> = input.statement
    ? [{ label: null, text: joinParagraphs(input.statement) }]
    : labelled;
  if (!input.statement)
    withClipSpeakers(
      cast,
      mapped(input.turns, (t) => t.narration === true),
      mapped(labelled, (t) => t.text),
    );
  const listed = input.statement ? new Set<number>() : participantsList(input.turns);
  for (const i of listed) cast[i] = { part: 'other', speaker: null, outlet: null, rule: 'a participants list: names and offices, no sentence' };

  const opening = openingTurns(meta.narration, cast, narration !== '', labelled[0]?.text ?? '', principalHint);
  // One array, pushed to: a long transcript's turns are not copied twice over by spreads.
  const kindInputs: KindInput[] = mapped(opening, (o) => ({ part: o.speaker ? ('principal' as const) : ('narrator' as const), text: o.text }));
  for (let i = 0; i < bodies.length; i++) {
    const body = bodies[i]!;
    const part = input.turns[i]?.narration || listed.has(i) ? 'narrator' : cast[i]!.part;
    const hands = handsOver(body, cast[i]!, cast[i + 1], namedAsker);
    if (input.statement) {
      kindInputs.push({ part, text: body.text, handsOver: hands, words: body.words });
    } else {
      // A labelled body is read by nothing after this but the kinds: it takes their fields.
      const labelledBody = body as LabelledBody;
      labelledBody.part = part;
      labelledBody.handsOver = hands;
      kindInputs.push(labelledBody);
    }
  }
  const kinds = assignKinds(kindInputs);
  const turns: Turn[] = [];
  for (const o of opening) {
    const seq = turns.length + 1;
    turns.push({ seq, kind: kinds[seq - 1]!.kind, speaker: o.speaker, outlet: null, replyTo: null, label: null, text: textIn(lang, o.text) });
    input.decisions?.push({
      seq,
      kind: kinds[seq - 1]!.kind,
      kindRule: kinds[seq - 1]!.rule,
      speaker: o.speaker?.name ?? null,
      speakerRule: o.speaker ? 'unlabelled opening before the first question: the principal’s statement' : 'no speaker',
      outlet: null,
      outletRule: null,
    });
  }
  bodies.forEach((body, i) => {
    const seq = turns.length + 1;
    const { kind, replyTo, rule } = kinds[seq - 1]!;
    const { speaker, outlet } = cast[i]!;
    input.decisions?.push({
      seq,
      kind,
      kindRule: rule,
      speaker: speaker?.name ?? null,
      speakerRule: cast[i]!.rule ?? (input.statement ? 'the whole text as one statement' : 'label'),
      outlet: outlet?.name ?? null,
      outletRule: outlet ? (cast[i]!.outletRule ?? 'label') : null,
    });
    const startsAt = input.turns[i]?.startsAt ?? null;
    const text = input.turns[i]?.byLanguage ? textByLanguage(input.turns[i]!.byLanguage!) : textIn(lang, body.text);
    const turn: Turn = { seq, kind, speaker, outlet, replyTo, label: body.label, text };
    // Set, not spread in: a spread makes V8 copy the object the slow way, once per turn.
    if (startsAt !== null) turn.startsAt = startsAt;
    turns.push(turn);
  });

  const title = withoutEmphasis(fm.title ?? meta.title ?? fallbackTitle(turns, input.fileName));
  addPrincipalTitles(turns, [title, narration]);
  // A front matter's date may be the day published or catalogued; the day the document prints is the event's.
  // A post's summary dates the event only where nothing else does ("… Press Conference on December 13, 2023.").
  const date =
    datePrinted(fm.title, meta, fm.date) ??
    fm.date ??
    input.runningHeadDate ??
    meta.date ??
    dateEndingTitle(title, hostCountry) ??
    (fm.lead ? findDate(fm.lead)?.iso : undefined) ??
    dateInFileName(input.fileName);
  const conference: Conference = {
    id: null,
    slug: makeSlug(title, date),
    title,
    date,
    time: fm.time ?? meta.time ?? null,
    timeZone: fm.timeZone ?? meta.timeZone ?? null,
    venue: fm.venue ?? meta.venue ?? null,
    occasion: fm.occasion ?? meta.occasion ?? null,
    host: fm.host ?? meta.host ?? null,
    hostCountry,
    topic: fm.topic ?? meta.topic ?? null,
    languages,
    status: 'published',
  };
  const { people, outlets } = collectParticipants(turns, nameKey);
  // Questions under "记者：" alone, at a group interview the lead tells of: the outlets it names asked.
  if (outlets.length === 0 && turns.some((t) => t.kind === 'question'))
    for (const name of groupInterviewOutlets(meta.narration.slice(0, LEAD_PARAGRAPHS))) outlets.push(makeOutlet(name, hostCountry));
  return { schema: RECORD_SCHEMA, conference, people, outlets, turns };
}

// Prose that tells of the event, rather than being said at it.
const DESCRIBES_EVENT =
  /\b(?:transcript|was held|were held|held (?:a|an|their|its|his|her)|we (?:spoke|talked|sat down|caught up|chatted) (?:with|to)|media day|met the press|meets the press|answered questions|took questions|briefed|following is|(?:this|the|an?)\s+(?:[\p{L}-]+\s+){0,3}?interview|was conducted|were conducted)\b|举行|召开|答记者问|回答|主持|出席|实录/iu;

function notDeclaredAsking(name: string | null, cast: readonly DeclaredPerson[] | undefined): string | null {
  return name && !cast?.some((c) => c.role === 'journalist' && c.name === name) ? name : null;
}

/** The opening turns: narration, the principal's statement, or both (a Chinese lead, then announcements). */
function openingTurns(
  paragraphs: readonly string[],
  cast: readonly CastTurn[],
  any: boolean,
  firstLabelled: string,
  titled: string | null = null,
): Array<{ text: string; speaker: Person | null }> {
  if (!any) return [];
  // "* * *" under the opening statement: the page's rule, nobody's words, whoever spoke above it.
  if (paragraphs.length > 1 && SEPARATOR.test(paragraphs[paragraphs.length - 1]!)) {
    const above = openingTurns(paragraphs.slice(0, -1), cast, true, firstLabelled, titled);
    return [...above, { text: paragraphs[paragraphs.length - 1]!, speaker: null }];
  }
  // "Washington, D.C." alone above the first question: a dateline's place or a heading, nobody's words.
  if (isHeadingOnly(paragraphs)) return [{ text: joinParagraphs(paragraphs), speaker: null }];
  // "The following is a near-verbatim transcript of today’s noon briefing by Stéphane Dujarric, …": what follows is his.
  // (From the greeting on, where one follows: "Briefing" over "Alright, good afternoon." is the page's heading.)
  const declared = declaredSpeaker(paragraphs, cast);
  if (declared) {
    const greeted = greetingAt(paragraphs);
    const from = greeted > declared.at ? greeted : declared.at + 1;
    return [
      { text: joinParagraphs(paragraphs.slice(0, from)), speaker: null },
      { text: joinParagraphs(paragraphs.slice(from)), speaker: declared.speaker },
    ];
  }
  // Chinese prose: the paragraphs that tell of the event are narration, what follows is said.
  let zh = chineseNarrationLength(paragraphs);
  // "…杨飞、张扬…各自给出了看法。": a paragraph that names the principal tells of them, as do those before it.
  const opener = zh === null || zh === paragraphs.length ? null : statementSpeaker(cast);
  if (zh !== null && opener && (CHINESE_NAME.test(opener.name) || HAN_NAME.test(opener.name))) zh = Math.max(zh, lastIndexNaming(paragraphs, opener.name) + 1);
  // "毛答：" under "这是毛泽东在…的一篇很重要的谈话": a surname label's full name told of in the lead.
  else if (zh !== null && opener && SURNAME.test(opener.name)) zh = Math.max(zh, lastIndexNamingInFull(paragraphs, opener.name) + 1);
  const principal = zh === null || zh === paragraphs.length ? null : opener;
  if (zh !== null && !principal) return [{ text: joinParagraphs(paragraphs), speaker: null }];
  if (zh !== null && principal) {
    const told = paragraphs.slice(0, zh);
    const said = { text: joinParagraphs(paragraphs.slice(zh)), speaker: principal };
    return told.length > 0 ? [{ text: joinParagraphs(told), speaker: null }, said] : [said];
  }
  const whole = unlabelledOpener(paragraphs, cast);
  if (whole) return [{ text: joinParagraphs(paragraphs), speaker: whole }];
  // "Good afternoon, …" after a lead, links and a heading block: the principal's statement starts with the greeting.
  const greeted = greetingAt(paragraphs);
  const greeter = greeted > 0 ? statementSpeaker(cast) : null;
  if (greeter)
    return [
      { text: joinParagraphs(paragraphs.slice(0, greeted)), speaker: null },
      { text: joinParagraphs(paragraphs.slice(greeted)), speaker: greeter },
    ];
  // Remarks in the first person at the top, then a second principal's word cutting in: the titled principal's.
  const cutIn = cutInOn(cast, titled);
  if (cutIn && paragraphs.every(isRemarks) && paragraphs.some((p) => FIRST_PERSON.test(p))) return [{ text: joinParagraphs(paragraphs), speaker: cutIn }];
  // The editor's lead, then the principal's own words before the first question: the lead is narration.
  let said = spokenTail(paragraphs);
  const tailOpener = said > 0 && said < paragraphs.length ? unlabelledOpener(paragraphs.slice(-said), cast) : null;
  const host = tailOpener ? null : hostThankedByOffice(firstLabelled, cast);
  // The host the first labelled speaker thanks by office spoke all the prose before, back to any lead that tells of the event.
  if (host) while (said < paragraphs.length && isRemarks(paragraphs[paragraphs.length - said - 1]!)) said++;
  const speaker = said > 0 ? (tailOpener ?? host ?? thankedSpeaker(firstLabelled, cast)) : null;
  if (speaker && said === paragraphs.length) return [{ text: joinParagraphs(paragraphs), speaker }];
  if (!speaker) return [{ text: joinParagraphs(paragraphs), speaker: null }];
  return [
    { text: joinParagraphs(paragraphs.slice(0, -said)), speaker: null },
    { text: joinParagraphs(paragraphs.slice(-said)), speaker },
  ];
}

const TRAILING_NOTE = /\s*\[[^\]]{1,40}\]\s*$/;
// "Accordingly, the Governing Council today made the following decisions:": a sentence that leads into the next paragraph.
const LEADS_IN = /\p{Ll}[^.!?]*:\s*$/u;
const SEPARATOR = /^\s*(?:(?:[*•·]\s*){3,}|[-–—_=~]{3,})\s*$/;

/** A paragraph of someone's remarks: finished sentences, no account of the event, no date. */
function isRemarks(paragraph: string): boolean {
  // ("… serious Scotland. [Laughter]": the transcriber's note after the last sentence.)
  const said = paragraph.replace(TRAILING_NOTE, '');
  return endsSentence(said) && !SET_APART.test(paragraph) && !DESCRIBES_EVENT.test(paragraph) && !REPORTED.test(paragraph) && findDate(paragraph) === null;
}

function lastIndexNaming(paragraphs: readonly string[], name: string): number {
  // "安娜·科瓦奇" is told of by her family name too ("科瓦奇认为…").
  const family = name.includes('·') ? name.slice(name.lastIndexOf('·') + 1) : name;
  for (let i = paragraphs.length - 1; i >= 0; i--) if (paragraphs[i]!.includes(family)) return i;
  return -1;
}

/** The last paragraph that names the one a surname labels in full ("毛泽东" for "毛", a name by jieba's dictionary), or -1. */
function lastIndexNamingInFull(paragraphs: readonly string[], surname: string): number {
  const fullName = new RegExp(`${surname}\\p{Script=Han}{1,2}`, 'gu');
  for (let i = paragraphs.length - 1; i >= 0; i--)
    for (const m of paragraphs[i]!.matchAll(fullName)) if (isPersonName(m[0]) || isPersonName(m[0].slice(0, 2))) return i;
  return -1;
}
const SURNAME = /^\p{Script=Han}$/u;

// A report's own words around what it quotes: "'If I was a journalist …'" set in quotation marks, "Mourinho said:", "he referenced".
const REPORTED = new RegExp(`^\\s*[‘“'"]|\\b(?:he|she|they|\\p{Lu}[\\p{L}'’-]+)[ \\t]+(?:${REPORTING_VERBS})\\b`, 'u');

// "I", "we", "my", "our": a paragraph in the first person is someone speaking, not an editor's lead.
const FIRST_PERSON = /\b(?:I|I['’]m|I['’]ve|I['’]d|I['’]ll|we|we['’]re|we['’]ve|we['’]ll|my|our|us)\b/;
const SET_APART = /^\s*(?:[*_]|\(|\[)/;

// How a speaker opens: "Good afternoon, the Vice-President and I welcome you …", "Ladies and gentlemen, …".
// ("Alright, good afternoon.", "Okay, good morning, everybody.": a word to settle the room first.)
const GREETING =
  /^(?:(?:all right|alright|okay|ok|so|well|hi|hello)[,.!]?\s+)?(?:good (?:morning|afternoon|evening)\b|ladies and gentlemen\b|(?:hello|hi),? (?:everyone|everybody|all)\b|thank you (?:all )?(?:very much )?for (?:coming|joining)\b|welcome,? (?:everyone|everybody|all|to (?:this|the|our)\b))/i;

/** The first paragraph after the first that opens with a greeting (a speaker's first words), or -1. */
function greetingAt(paragraphs: readonly string[]): number {
  for (let i = 1; i < paragraphs.length; i++) if (GREETING.test(paragraphs[i]!.trimStart())) return i;
  return -1;
}

/** How many of the last paragraphs are spoken: sentences in the first person, none set apart in italics or brackets. */
function spokenTail(paragraphs: readonly string[]): number {
  let n = 0;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    if (SET_APART.test(p) || !endsSentence(p) || !FIRST_PERSON.test(p) || REPORTED.test(p)) break;
    n++;
  }
  return n;
}

// "Thank you, Coreen.": the first labelled speaker thanks the one who spoke before them.
const THANKS_BY_OFFICE =
  /^(?:(?:well|and|so),?\s+)?(?:[Tt]hank you|[Tt]hanks)(?: (?:very much|so much))?,?\s+(?:Mr\.?|Madam|Madame|Mister)\s+(President|Prime Minister|Chancellor|Secretary|Governor|Chairman|Minister|Premier|Mayor)\b/i;
const THANKS_BY_NAME = /^(?:[Tt]hank you|[Tt]hanks)(?: (?:very much|so much))?,?\s+(\p{Lu}\p{Ll}+)\b/u;

/**
 * A transcript whose first label was lost, the first speaker's remarks unlabelled at the top
 * ("…I'd like to now turn to our financial results"): theirs, where the first labelled speaker
 * thanks them by a first name that a speaker of the call has (a host, never a reporter).
 */
function thankedSpeaker(firstLabelled: string, cast: readonly CastTurn[]): Person | null {
  const thanked = THANKS_BY_NAME.exec(firstLabelled)?.[1];
  if (!thanked) return null;
  const found = cast.find((c, i) => i > 0 && c.speaker !== null && c.speaker !== cast[0]?.speaker && c.speaker.name.split(' ')[0] === thanked);
  if (!found?.speaker || (found.part !== 'principal' && found.part !== 'other')) return null;
  // Their remarks make them one of the people who speak for the host.
  if (found.part === 'other') found.speaker.role = 'principal';
  return found.speaker;
}

/**
 * "…and of survival in the face of genocide. …" unlabelled at the top, then "Prime Minister Netanyahu. Both sides.":
 * the first label a second principal's word cutting in, the remarks before it those of the principal the title names.
 */
function cutInOn(cast: readonly CastTurn[], titled: string | null): Person | null {
  const first = cast[0];
  if (!titled || first?.part !== 'principal' || !first.speaker || first.speaker.name === titled) return null;
  return cast.find((c) => c.part === 'principal' && c.speaker?.name === titled)?.speaker ?? null;
}

/** "Well, thank you very much, Mr. President.": the principal of that office, a guest thanking the host who spoke first. */
function hostThankedByOffice(firstLabelled: string, cast: readonly CastTurn[]): Person | null {
  const office = THANKS_BY_OFFICE.exec(firstLabelled)?.[1]?.toLowerCase();
  if (!office) return null;
  const host = cast.find(
    (c, i) =>
      i > 0 && c.part === 'principal' && c.speaker !== null && c.speaker !== cast[0]?.speaker && c.speaker.titles.some((t) => t.toLowerCase() === office),
  );
  return host?.speaker ?? null;
}

/** Whether the record opens with a question, perhaps after the chair gives the floor ("I hand over the first question to …"). */
function opensWithTheFloor(cast: readonly CastTurn[]): boolean {
  let k = 0;
  while (cast[k]?.part === 'moderator') k++;
  return cast[k]?.part === 'journalist';
}

/** The principal, when the record opens with a question: who an unlabelled opening belongs to. */
function statementSpeaker(cast: readonly CastTurn[]): Person | null {
  if (!opensWithTheFloor(cast)) return null;
  return cast.find((c) => c.part === 'principal' && c.speaker)?.speaker ?? null;
}

const SPOKEN_WORD = /\p{Ll}{2,}|\p{Script=Han}/u;
const TRANSCRIPT_BY =
  /^\s*The following is an? (?:near[- ]verbatim |verbatim |edited |full )?transcript of [^.]{0,120}? by (?:[\p{L}.]+ )?(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}),/u;

/** The paragraph that says whose words follow ("… transcript of today’s briefing by Farhan Haq, …") and that principal, or null. */
function declaredSpeaker(paragraphs: readonly string[], cast: readonly CastTurn[]): { at: number; speaker: Person } | null {
  for (let at = 0; at < paragraphs.length - 1; at++) {
    const m = paragraphs[at]!.includes('transcript') ? TRANSCRIPT_BY.exec(paragraphs[at]!) : null;
    if (!m) continue;
    const surname = m[1]!.split(' ').at(-1)!;
    const speaker = cast.find((c) => c.part === 'principal' && c.speaker?.name.split(' ').at(-1) === surname)?.speaker;
    return speaker ? { at, speaker } : null;
  }
  return null;
}

/**
 * Unlabelled announcements before the first question, as foreign ministries print a spokesperson's
 * opening ("At the invitation of ..."), are the principal's statement, not narration: when the
 * record opens with a question, the principal is known, and the prose neither tells of the event
 * nor carries a date (a dateline does both).
 */
function unlabelledOpener(paragraphs: readonly string[], cast: readonly CastTurn[]): Person | null {
  if (!opensWithTheFloor(cast)) return null;
  const principal = cast.find((c) => c.part === 'principal' && c.speaker)?.speaker ?? null;
  // A letterhead ("Office of the Press Secretary For Immediate Release") is no sentence.
  if (!principal) return null;
  // "Ladies and gentlemen, the Vice-President and I are very pleased to welcome you to our press
  // conference": a greeting to the room opens speech, whatever event and year it goes on to name.
  const greets = GREETS_THE_ROOM.test(paragraphs[0] ?? '');
  // ("E&OE………": an office's mark in capitals and dots, no word of speech.)
  if (
    listsPeople(paragraphs.join(' ')) ||
    paragraphs.some(
      (p, i) =>
        !(endsSpeech(p) || (greets && i < paragraphs.length - 1 && LEADS_IN.test(p))) ||
        !SPOKEN_WORD.test(p) ||
        (!greets && (DESCRIBES_EVENT.test(p) || findDate(p) !== null)),
    )
  )
    return null;
  // "Doorstop interview with Trade Minister Mark Vaile at …": prose that names the principal in
  // full speaks of them, not as them.
  // So does Chinese prose that names them ("易建联也表示已经关注过"): a report's lead.
  if ((principal.name.includes(' ') || HAN_NAME.test(principal.name)) && paragraphs.some((p) => p.includes(principal.name))) return null;
  return principal;
}

// Speech broken off ("they don’t want —") and a stage direction between its paragraphs ("(The memorandum is signed.)").
const BROKEN_OFF = /[—–-]\s*$/;
const STAGE_DIRECTION = /^\s*[([][^()[\]]{2,80}[.]?[)\]]\s*$/;

function endsSpeech(paragraph: string): boolean {
  return endsSentence(paragraph) || BROKEN_OFF.test(paragraph) || STAGE_DIRECTION.test(paragraph);
}

// "Correspondents present: Mr. John Moses, Sydney Morning Herald Mr. Alan Reid, Daily Telegraph …": a list of
// those present, a name every few words, is no one's speech.
const LISTED_PERSON = /\b(?:Mr|Mrs|Ms|Miss|Dr)[.,]*\s+\p{Lu}/gu;
const MIN_LISTED = 3;
const MAX_WORDS_PER_LISTED = 10;

function listsPeople(paragraph: string): boolean {
  const listed = paragraph.match(LISTED_PERSON)?.length ?? 0;
  return listed >= MIN_LISTED && paragraph.split(/\s+/).length <= listed * MAX_WORDS_PER_LISTED;
}

const GREETS_THE_ROOM =
  /^\s*(?:ladies and gentlemen|good (?:morning|afternoon|evening)(?:,? (?:everyone|everybody|all|ladies and gentlemen))?|dear (?:colleagues|friends|journalists)|welcome,? (?:everyone|everybody|all)|thank you (?:all )?for (?:coming|joining)|thank you(?:,? very much)?,? (?:everyone|everybody|all)\b)\b/i;

// A Chinese name, or an office named in full ("港务部门有关同志"): prose that prints it tells of them.
const HAN_NAME = /^[\p{Script=Han}、·]{2,40}$/u;
const HANDOFF_TURN_WORDS = 25;

/** A short turn by someone who does not ask, ending on the name of the reporter who asks next. */
function handsOver(
  body: { text: string; words?: number },
  cast: CastTurn,
  next: CastTurn | undefined,
  namedAsker: (text: string) => NamedAsker | null,
): boolean {
  if (cast.part === 'journalist' || next?.part !== 'journalist' || next.speaker === null) return false;
  const text = body.text;
  if (!atMostWords(body, HANDOFF_TURN_WORDS) || text.includes('?') || text.includes('？')) return false;
  // An answer that ends in an editor's note of who is called on next is still the answer.
  if (text.includes('\n') && bracketedAsker(text)) return false;
  const named = namedAsker(text);
  return named !== null && sameSurname(named.name, next.speaker.name);
}

const LIST_HEADINGS = /^(?:moderators?|moderated by|hosts?|panel(?:ists?)?|participants|speakers|presenters?)$/i;

/**
 * "PARTICIPANTS: / Moderator: / JANE DOE / Communications Department / Panelists: …" before the
 * proceedings: headings over names and offices, no sentence in them. Nobody says them.
 */
function participantsList(turns: readonly CleanTurn[]): Set<number> {
  const listed = new Set<number>();
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i]!;
    if (!LIST_HEADINGS.test(turn.label.trim()) || turn.paragraphs.some(endsSentence)) break;
    listed.add(i);
  }
  return listed;
}

/** The cast of the spoken turns, with a narrator's place for each narration line among them. */
function withNarrationCast(turns: readonly CleanTurn[], spoken: CastTurn[]): CastTurn[] {
  if (!turns.some((t) => t.narration)) return spoken;
  let next = 0;
  return mapped(turns, (t) =>
    t.narration ? { part: 'other', speaker: null, outlet: null, rule: 'a line inside the transcript that tells of the event' } : spoken[next++]!,
  );
}

/** The document's language first, then any other a bilingual turn is printed in. */
function languagesOf(turns: readonly CleanTurn[], language: string): string[] {
  const found = new Set([language]);
  for (const turn of turns) if (turn.byLanguage) for (const other of Object.keys(turn.byLanguage)) found.add(other);
  return [...found];
}

/** { [language]: text }, spelt out for the usual languages: V8 builds a literal with a computed key several times slower, once per turn. */
function textIn(language: string, text: string): Record<string, string> {
  if (language === 'en') return { en: text };
  if (language === 'zh') return { zh: text };
  return { [language]: text };
}

/** The turn's paragraphs in the languages other than those it is read in, joined. */
function otherLanguageText(byLanguage: Record<string, string[]>, read: readonly string[]): string {
  const others: string[] = [];
  for (const paragraphs of Object.values(byLanguage))
    if (paragraphs !== read && paragraphs.join('\n') !== read.join('\n')) others.push(joinParagraphs(paragraphs));
  return others.join('\n\n');
}

function textByLanguage(byLanguage: Record<string, string[]>): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [language, paragraphs] of Object.entries(byLanguage)) text[language] = joinParagraphs(paragraphs);
  return text;
}

// An archive's file names often carry the day held ("1977-03-09-carter.txt", "19770309.txt"):
// the last resort when the document itself prints no date.
const FILE_NAME_DATE = /(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)/;

/**
 * The day a title or a dateline line prints: "…: 10 October 1995: East Timor", "(January 30, 2022)".
 * Beside a front matter's date, only a day shortly before it: a title may also name an anniversary.
 */
function datePrinted(frontMatterTitle: string | undefined, meta: PreambleMetadata, published: string | undefined): string | undefined {
  const inTitle = frontMatterTitle ? findDate(frontMatterTitle)?.iso : undefined;
  const printed = inTitle ?? meta.printedDate;
  if (!printed || !published) return printed;
  const days = (Date.parse(published) - Date.parse(printed)) / 86_400_000;
  return days >= 0 && days <= MAX_DAYS_BEFORE_PUBLISHED ? printed : undefined;
}

const MAX_DAYS_BEFORE_PUBLISHED = 92;

// "Press Briefing by Press Secretary Jay Carney, 3/10/2011": a title that ends with the day in figures.
const TITLE_ENDING_FIGURES = /[,–—-]\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\s*$/;

/** The day in figures a title ends with, month first where the host is American. */
function dateEndingTitle(title: string, hostCountry: string | null | undefined): string | undefined {
  const figures = TITLE_ENDING_FIGURES.exec(title)?.[1];
  return figures ? dateInFigures(figures, hostCountry === 'US') : undefined;
}

function dateInFileName(fileName: string | undefined): string | null {
  const m = fileName ? FILE_NAME_DATE.exec(fileName.replace(/^.*[\\/]/, '')) : null;
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  // 2023-02-30 matches the pattern but is no day.
  return new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : null;
}

function fallbackTitle(turns: readonly Turn[], fileName: string | undefined): string {
  const stem = fileName
    ?.replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  // "hsbc-first-quarter-2025-earnings-call.json": a file named for what it holds names it better than a guess.
  if (stem && DESCRIPTIVE_STEM.test(stem)) return stem;
  const principal = turns.find((t) => t.speaker?.role === 'principal')?.speaker?.name;
  if (principal) return `Press conference: ${principal}`;
  return stem || 'Press conference';
}

// Three words at least, two of them words of four letters or more ("2_7", "transcript", "input" name nothing).
const DESCRIPTIVE_STEM = /^(?=(?:.*\b\p{L}{4,}\b){2})\S+(?: \S+){2,}$/u;

/** Offices printed before the principal's name in the title or dateline: "Foreign Minister Wang Yi". */
function addPrincipalTitles(turns: readonly Turn[], texts: readonly string[]): void {
  const principal = turns.find((t) => t.speaker?.role === 'principal')?.speaker;
  if (!principal || principal.name.length < 2) return;
  for (const text of texts) {
    const at = text.indexOf(principal.name);
    if (at < 0) continue;
    const title =
      titleBefore(text.slice(Math.max(0, at - 80), at)) ?? chineseOfficeBefore(text.slice(Math.max(0, at - 20), at + principal.name.length), principal.name);
    if (title && !principal.titles.includes(title)) addTitle(principal, title);
  }
}

function titleBefore(text: string): string | null {
  // Word by word from the end, without splitting the whole text: most runs stop at the first word.
  const title: string[] = [];
  let end = text.length;
  for (;;) {
    while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && !isWhiteSpace(text.charCodeAt(start - 1))) start--;
    if (start === end) break;
    const word = text.slice(start, end);
    if (!TITLE_WORDS.has(word.toLowerCase()) || !CAPITAL_FIRST.test(word)) break;
    title.unshift(word);
    end = start;
  }
  return title.length > 0 ? title.join(' ') : null;
}

const CAPITAL_FIRST = /^\p{Lu}/u;

function addTitle(person: Person, title: string): void {
  person.titles = [...person.titles, title];
}

/** "**2019 meeting**": the title's words, without the Markdown emphasis around all of them. */
function withoutEmphasis(title: string): string {
  const wrapped = /^(\*\*|__|\*|_)(\S(?:.*\S)?)\1$/.exec(title);
  return wrapped ? wrapped[2]! : title;
}

// A few words, each capitalised ("Washington, D.C.", "Kelpton Town Hall"): a place or a heading, not a sentence said.
const MAX_HEADING_WORDS = 5;
const CAPITALISED_WORD = /^[\p{Lu}\d]/u;

function isHeadingOnly(paragraphs: readonly string[]): boolean {
  const words = paragraphs.join(' ').trim().split(/\s+/);
  return words.length > 0 && words.length <= MAX_HEADING_WORDS && words.every((word) => CAPITALISED_WORD.test(word));
}
