// Who is who in a labelled transcript: the principal, a moderator handing the floor, the
// journalists asking (by outlet, by name, or anonymous), and anyone else who speaks.
import type { Outlet, Person } from '../domain/record.ts';
import { nameKey } from './name-key.ts';
import { endsSentence } from './types.ts';
import { identify, type Identity } from './identity.ts';
import { makeOutlet, outletFromIntroduction, outletNamedIn } from './outlets.ts';
import { withoutLabelNote } from './labels/words.ts';
import { mapped } from './arrays.ts';
import { fullNameFor } from './full-names.ts';
import { holderOfOffice } from './zh/preamble.ts';
import { isTitleWord, withGluedTitleSplit } from './label-spellings.ts';
import { officeHolderName } from './office-holders.ts';
import { introducedAsHost } from './hosts.ts';
import { labelKey as profileKey, type LabelRole } from './profiles/profile.ts';
import { nameCalledOn, namedAsker, outletRecognized, sameSurname, selfIntroduction } from './handoffs.ts';

export type Part = 'principal' | 'moderator' | 'journalist' | 'interpreter' | 'other';

export interface LabelledTurn {
  label: string;
  text: string;
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
  /** Full names the letterhead and front matter give (office-holders.ts), most certain first. */
  people?: readonly string[];
  /** A publisher profile's parts for labels it names (by labelKey of profiles/profile.ts). */
  profile?: { name: string; labels: ReadonlyMap<string, LabelRole> };
}

interface Speaker {
  key: string;
  /** The label as first printed. */
  label: string;
  identity: Identity;
  turns: number[];
  words: number;
}

const HANDOFF =
  /\b(?:(?:next|first|last|final) question|go(?:es)? to|the floor|let['’]s go|over to|go ahead|we['’]ll take|one more)\b|^(?:yes,\s+)?please(?:,\s+\p{Lu}|\.?$)/iu;

export function castSpeakers(turns: readonly LabelledTurn[], hints: CastHints): CastTurn[] {
  const { speakers, speakerOf } = gatherSpeakers(turns);
  // A profile's parts come first: a label it declares is not weighed for another part.
  const declared = (s: Speaker) => hints.profile?.labels.get(profileKey(s.label))?.role;
  const principal =
    [...speakers.values()].find((s) => declared(s) === 'principal' && s.identity.type === 'person') ??
    choosePrincipal(
      [...speakers.values()].filter((s) => declared(s) === undefined && !isIntroducedHost(s, turns)),
      hints.principal,
    );
  const moderators = new Set(
    [...speakers.values()].filter(
      (s) =>
        s !== principal &&
        (declared(s) === 'moderator' || (declared(s) === undefined && (isModerator(s, speakerOf, turns, principal) || isIntroducedHost(s, turns)))),
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
  const context: CastContext = { principalRule, principal, principalPerson: null, moderators, outletLabelled, speakerOf, turns, outletNamed, hints };
  // The principal first: an "A:" / "答：" label speaks for them.
  if (principal) {
    const cast = castOne(principal, context);
    people.set(principal, cast);
    context.principalPerson = cast.speaker;
  }
  for (const speaker of speakers.values()) if (!people.has(speaker)) people.set(speaker, castOne(speaker, context));
  return withQuestionersResolved(
    mapped(speakerOf, (s) => people.get(s)!),
    speakerOf,
    turns,
    outletNamed,
  );
}

/**
 * Questioners the label does not name: a "Follow-up:" is asked by whoever asked last; a question
 * after a hand-off that names a reporter and an outlet ("Next, Jane Doe of Harbour Radio") is
 * theirs; an anonymous question right after a moderator's "Please, RIA Novosti." is that
 * outlet's; a reporter who introduces themself ("Tomas Berg from the Northern Ledger") is named.
 */
function withQuestionersResolved(
  cast: CastTurn[],
  speakerOf: readonly Speaker[],
  turns: readonly LabelledTurn[],
  outletNamed: (name: string) => Outlet,
): CastTurn[] {
  let lastAsker: CastTurn | null = null;
  let lastAskerAt = -1;
  return cast.map((turn, i) => {
    const identity = speakerOf[i]!.identity.type;
    if (identity === 'follow-up') return lastAsker ? { ...lastAsker, rule: 'follow-up: the last asker' } : turn;
    let resolved = turn;
    // An outlet label that the hand-off names as a person ("Justin Post with Harbor Bank") is that person.
    const labelIsOutlet = speakerOf[i]!.identity.type === 'outlet' && resolved.speaker === null;
    if (resolved.part === 'journalist' && (resolved.outlet === null || labelIsOutlet)) {
      const before = cast[i - 1];
      const handedOverBy =
        before && before.part !== 'journalist' ? (hasAtMostWords(turns[i - 1]!.text, 60) ? turns[i - 1]!.text : lastParagraph(turns[i - 1]!.text)) : null;
      const handedOver = handedOverBy ? namedAsker(handedOverBy) : null;
      const named = handedOver ?? (identity === 'questioner' ? selfIntroduction(turns[i]!.text) : null);
      const matches =
        named && (labelIsOutlet ? sameSurname(named.name, resolved.outlet!.name) : resolved.speaker === null || sameSurname(named.name, resolved.speaker.name));
      const calledOn = !named && handedOverBy ? nameCalledOn(handedOverBy) : null;
      if (calledOn && resolved.speaker === null && !labelIsOutlet) {
        resolved = { ...resolved, speaker: { name: calledOn, titles: [], role: 'journalist' }, rule: 'journalist: hand-off names them' };
      }
      if (named && matches) {
        const name = labelIsOutlet ? resolved.outlet!.name : named.name;
        const how = handedOver ? 'hand-off names them' : 'self-introduction';
        const rule = resolved.speaker ? resolved.rule : `journalist: ${how}`;
        resolved = {
          ...resolved,
          speaker: resolved.speaker ?? { name, titles: [], role: 'journalist' },
          outlet: outletNamed(named.outlet),
          rule,
          outletRule: how,
        };
      }
      const recognized = identity === 'questioner' && resolved.outlet === null && handedOverBy ? outletRecognized(handedOverBy) : null;
      if (recognized) resolved = { ...resolved, outlet: outletNamed(recognized), outletRule: 'the principal recognizes it' };
    }
    if (identity === 'questioner' && resolved.outlet === null && cast[i - 1]?.part === 'moderator' && hasAtMostWords(turns[i - 1]!.text, 12)) {
      const named = outletNamedIn(turns[i - 1]!.text);
      if (named) resolved = { ...resolved, outlet: outletNamed(named), outletRule: 'the moderator names it' };
    }
    // A named reporter's follow-up: an anonymous "Q" after the answer, with no hand-off since their question.
    const onlyAnswersSince = lastAskerAt >= 0 && cast.slice(lastAskerAt + 1, i).every((c) => c.part === 'principal');
    // One follow-up, not a chain: a reporter named once does not ask every anonymous question after.
    const namedDirectly = lastAsker !== null && !lastAsker.rule?.startsWith('follow-up');
    if (
      identity === 'questioner' &&
      resolved.speaker === null &&
      resolved.outlet === null &&
      lastAsker?.speaker &&
      namedDirectly &&
      i - lastAskerAt > 1 &&
      onlyAnswersSince
    )
      resolved = { ...lastAsker, rule: 'follow-up: the last named asker, no hand-off since' };
    if (resolved.part === 'journalist') {
      lastAsker = resolved;
      lastAskerAt = i;
    }
    return resolved;
  });
}

/** A long turn's last paragraph, where an editor's note of who is called on next stands. */
function lastParagraph(text: string): string | null {
  const at = text.lastIndexOf('\n');
  const last = at < 0 ? null : text.slice(at + 1);
  return last !== null && hasAtMostWords(last, 30) ? last : null;
}

export function labelKey(printed: string): string {
  const label = withGluedTitleSplit(withoutLabelNote(printed));
  const key = nameKey(label) || label;
  // OCR spaces out capitals: "P M" is "PM".
  return /^\p{L}(?: \p{L})+$/u.test(key) ? key.replace(/ /g, '') : key;
}

function gatherSpeakers(turns: readonly LabelledTurn[]): { speakers: Map<string, Speaker>; speakerOf: Speaker[] } {
  const speakers = new Map<string, Speaker>();
  const byLabel = new Map<string, Speaker>();
  const speakerOf = mapped(turns, (turn) => {
    let speaker = byLabel.get(turn.label);
    if (!speaker) {
      const key = labelKey(turn.label);
      speaker = speakers.get(key);
      if (!speaker) {
        speaker = { key, label: withoutLabelNote(turn.label), identity: identify(turn.label), turns: [], words: 0 };
        speakers.set(key, speaker);
      }
      byLabel.set(turn.label, speaker);
    }
    return speaker;
  });
  mergeTitledNames(speakers, speakerOf);
  speakerOf.forEach((speaker, i) => {
    speaker.turns.push(i);
    speaker.words += roughWordCount(turns[i]!.text);
  });
  return { speakers, speakerOf };
}

/**
 * "Foreign Minister Wang Yi" and "Wang Yi" are one person: a person label that ends with
 * another person label is merged into it, keeping the titles printed before the name.
 */
function mergeTitledNames(speakers: Map<string, Speaker>, speakerOf: Speaker[]): void {
  const persons = [...speakers.values()].filter((s) => s.identity.type === 'person' && s.identity.outlet === null && s.identity.role === null);
  for (const long of persons) {
    const longName = long.identity.type === 'person' ? nameKey(long.identity.name) : '';
    const short = persons.find((s) => s !== long && s.key.length >= 2 && (long.key.endsWith(` ${s.key}`) || longName.endsWith(` ${s.key}`)));
    if (!short || long.identity.type !== 'person' || short.identity.type !== 'person') continue;
    // "SENATOR LUCIA FERREIRA-BANKS, SPOKESPERSON" then "FERREIRA-BANKS": the surname label takes the full name.
    const words = long.identity.name.split(/\s+/);
    let t = 0;
    while (t < words.length - 1 && isTitleWord(words[t]!)) t++;
    const fullName = words.slice(t).join(' ');
    if (fullName.split(' ').length > short.identity.name.split(/\s+/).length) {
      short.identity.name = fullName;
      for (const title of [words.slice(0, t).join(' '), ...long.identity.titles])
        if (title && !short.identity.titles.includes(title)) short.identity.titles.push(title);
      mergeInto(long, short, speakers, speakerOf);
      continue;
    }
    // The long label's name may already be without its titles ("Foreign Minister Ada Quill" → "Ada Quill").
    const printed = long.identity.name.slice(0, long.identity.name.length - short.identity.name.length).trim();
    for (const title of printed ? [printed] : long.identity.titles) if (!short.identity.titles.includes(title)) short.identity.titles.push(title);
    mergeInto(long, short, speakers, speakerOf);
  }
  mergeOfficeLabels(speakers, speakerOf);
  mergeMisspelt(speakers, speakerOf);
}

const MISSPELT_MIN_LENGTH = 7;

/**
 * A one-word label printed once or twice and one letter away from a label the document uses
 * more ("TREAUSRER" for "TREASURER", "MOERATOR" for "MODERATOR") is a typing slip, not a speaker.
 */
function mergeMisspelt(speakers: Map<string, Speaker>, speakerOf: Speaker[]): void {
  const counts = new Map<Speaker, number>();
  for (const s of speakerOf) counts.set(s, (counts.get(s) ?? 0) + 1);
  const single = [...speakers.values()].filter((s) => s.key.length >= MISSPELT_MIN_LENGTH && !s.key.includes(' '));
  for (const rare of single) {
    const rareCount = counts.get(rare) ?? 0;
    if (rareCount > 2) continue;
    const usual = single.find((s) => s !== rare && (counts.get(s) ?? 0) > rareCount && oneEditApart(rare.key, s.key));
    if (usual) mergeInto(rare, usual, speakers, speakerOf);
  }
  // A PDF's text layer cuts a long label short at the margin: "SARAH HANSON-YOUN" is "SARAH HANSON-YOUNG".
  for (const rare of [...speakers.values()]) {
    const rareCount = counts.get(rare) ?? 0;
    if (rareCount > 2 || rare.key.length < CUT_SHORT_MIN_LENGTH) continue;
    const usual = [...speakers.values()].find(
      (s) => s !== rare && (counts.get(s) ?? 0) > rareCount && s.key.startsWith(rare.key) && s.key.length - rare.key.length <= 2 && /\p{L}$/u.test(rare.key),
    );
    if (usual) mergeInto(rare, usual, speakers, speakerOf);
  }
}

const CUT_SHORT_MIN_LENGTH = 10;

/** One letter inserted, left out, changed, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * "THE PRESIDENT" and "PRESIDENT BIDEN" are one person when only one speaker holds that office:
 * transcripts name a speaker in full once and by office after.
 */
function mergeOfficeLabels(speakers: Map<string, Speaker>, speakerOf: Speaker[]): void {
  const persons = [...speakers.values()].filter((s) => s.identity.type === 'person' && s.identity.outlet === null && s.identity.role === null);
  for (const office of persons) {
    const bare = THE_OFFICE.exec(office.key)?.[1];
    if (!bare) continue;
    const holders = persons.filter((s) => s !== office && s.key.startsWith(`${bare} `) && speakers.has(s.key));
    if (holders.length === 1) mergeInto(office, holders[0]!, speakers, speakerOf);
  }
}

const THE_OFFICE =
  /^the ((?:vice |prime |deputy |foreign |first )?(?:president|minister|secretary|chancellor|premier|governor|mayor|chair|chairman|chairwoman|king|queen|prince|princess|ambassador))$/;

function mergeInto(from: Speaker, into: Speaker, speakers: Map<string, Speaker>, speakerOf: Speaker[]): void {
  speakers.delete(from.key);
  speakerOf.forEach((s, i) => {
    if (s === from) speakerOf[i] = into;
  });
}

/** Words for ranking speakers by how much they say: exact for short turns, by length for long ones. */
function roughWordCount(text: string): number {
  return text.length < 400 ? wordCount(text) : Math.round(text.length / (text.charCodeAt(0) >= 0x2e80 ? 1 : 6));
}

/** Words, counting each CJK character as one. */
export function wordCount(text: string): number {
  return wordsUpTo(text, Infinity);
}

/** Whether the text has at most `limit` words; it stops reading once it has seen more. */
export function hasAtMostWords(text: string, limit: number): boolean {
  return wordsUpTo(text, limit) <= limit;
}

/** wordCount, but no more than limit + 1. */
function wordsUpTo(text: string, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) {
      words++;
      inWord = false;
    } else if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x3000) {
      inWord = false;
    } else if (!inWord) {
      words++;
      inWord = true;
    }
  }
  return words;
}

/** The metadata's principal; else the named person (not a moderator) with the most words; else "A"/"答". */
function choosePrincipal(speakers: Speaker[], hinted: string | null): Speaker | null {
  const persons = speakers.filter((s) => s.identity.type === 'person' && s.identity.role === null && s.identity.outlet === null);
  if (hinted) {
    const hintKey = nameKey(hinted);
    const surname = hintKey.split(' ').pop() ?? hintKey;
    const match = persons.find(
      (s) => s.identity.type === 'person' && (nameKey(s.identity.name) === hintKey || nameKey(s.identity.name).split(' ').pop() === surname),
    );
    if (match) return match;
  }
  const byWords = [...persons].sort((a, b) => b.words - a.words)[0];
  return byWords ?? speakers.find((s) => s.identity.type === 'answerer') ?? null;
}

/** An investor-relations or communications officer introduced as such where they first speak. */
function isIntroducedHost(speaker: Speaker, turns: readonly LabelledTurn[]): boolean {
  if (speaker.identity.type !== 'person' || speaker.identity.outlet !== null || speaker.identity.role !== null) return false;
  const first = speaker.turns[0]!;
  if (introducedAsHost(speaker.identity.name, turns[first]!.text, first > 0 ? turns[first - 1]!.text : null)) return true;
  // A participants list before anyone speaks: "Moderator:" and the name, no sentence.
  const listed = turns
    .slice(0, first)
    .find((t) => identify(t.label).type === 'person' && MODERATOR_LABEL.test(t.label) && !endsSentence(t.text.split('\n')[0]!));
  const surname = speaker.identity.name.split(/\s+/).pop()!.toLowerCase();
  return listed !== undefined && surname.length >= 2 && listed.text.split('\n')[0]!.toLowerCase().split(/\s+/).includes(surname);
}

const MODERATOR_LABEL = /^(?:moderator|host|moderated by)$/i;

/** A moderator mostly hands the floor: short turns naming who speaks next, or "next question". */
function isModerator(speaker: Speaker, speakerOf: Speaker[], turns: readonly LabelledTurn[], principal: Speaker | null): boolean {
  if (speaker.identity.type !== 'person' || speaker.identity.outlet !== null) return false;
  if (speaker.identity.role === 'moderator') return true;
  if (speaker.identity.role !== null) return false;
  let handoffs = 0;
  for (const i of speaker.turns) if (isHandoff(i, speakerOf, turns, principal)) handoffs++;
  return handoffs > 0 && handoffs * 2 >= speaker.turns.length;
}

function isHandoff(i: number, speakerOf: Speaker[], turns: readonly LabelledTurn[], principal: Speaker | null): boolean {
  const text = turns[i]!.text;
  if (!hasAtMostWords(text, 30)) return false;
  const next = speakerOf[i + 1];
  if (!next || next === principal || next === speakerOf[i]) return HANDOFF.test(text) && next !== principal;
  if (HANDOFF.test(text)) return true;
  // "Marguerite, how much is hedged?" names the next speaker to ask them something.
  if (text.includes('?') || text.includes('？')) return false;
  const nextName = next.identity.type === 'person' ? next.identity.name : next.identity.type === 'outlet' ? next.identity.outlet : null;
  if (!nextName) return false;
  const lower = text.toLowerCase();
  return nextName.split(/\s+/).some((part) => part.length >= 3 && new RegExp(`\\b${escapeRegExp(part.toLowerCase())}\\b`, 'u').test(lower));
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
  const outlet = outletName ? ctx.outletNamed(outletName) : null;
  const anonymous = identity.type === 'questioner' || identity.type === 'follow-up' || identity.type === 'outlet' || identity.type === 'unnamed';
  let person: Person | null = name && !anonymous ? { name, titles, role: declared.role } : null;
  // "答" speaks for the principal: the one the document names, in a label or in its title.
  if (declared.role === 'principal' && !person)
    person = ctx.principalPerson ?? (ctx.hints.principal ? { name: ctx.hints.principal, titles: [], role: 'principal' } : null);
  return { part: declared.role, speaker: person, outlet, rule, ...(outlet ? { outletRule: rule } : {}) };
}

interface CastContext {
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
}

/**
 * The letterhead's people who have no label of their own: "PM:" beside "PREMIER WEATHERILL:" is
 * not the Premier the front matter names, whoever the letterhead lists first.
 */
function peopleWithoutLabels(speaker: Speaker, ctx: CastContext): readonly string[] {
  const people = ctx.hints.people ?? [];
  if (people.length === 0) return people;
  const surnames = new Set<string>();
  for (const other of new Set(ctx.speakerOf)) if (other !== speaker) surnames.add(other.key.split(' ').pop() ?? '');
  return people.filter((p) => !surnames.has(nameKey(p).split(' ').pop() ?? ''));
}

function castOne(speaker: Speaker, ctx: CastContext): CastTurn {
  const identity = speaker.identity;
  const declared = ctx.hints.profile?.labels.get(profileKey(speaker.label));
  if (declared) return castDeclared(speaker, declared, ctx);
  if (identity.type === 'questioner' || identity.type === 'follow-up')
    return { part: 'journalist', speaker: null, outlet: null, rule: `label: ${identity.type}` };
  if (identity.type === 'outlet')
    return { part: 'journalist', speaker: null, outlet: ctx.outletNamed(identity.outlet), rule: 'label: an outlet', outletRule: 'label' };
  if (identity.type === 'answerer') {
    const name = ctx.hints.principal;
    const hinted: Person | null = name ? { name, titles: [], role: 'principal' } : null;
    return { part: 'principal', speaker: ctx.principalPerson ?? hinted, outlet: null, rule: 'label: answerer, the principal' };
  }
  if (identity.type === 'unnamed') {
    // Never a name made up from the placeholder: the printed label stays on the turn.
    const asks = asksThePrincipal(speaker, ctx) || handedTheFloor(speaker, ctx);
    return { part: asks ? 'journalist' : 'other', speaker: null, outlet: null, rule: asks ? 'unnamed: asks the principal' : 'unnamed' };
  }
  const sources = identity.role === null ? ctx.hints.nameSources : undefined;
  // "行政長官" is named where the lead prints "行政長官梁振英": the office becomes the title.
  const holder = sources ? holderOfOffice(identity.name, sources) : null;
  const name =
    holder ??
    ((identity.role === null && officeHolderName(identity.name, peopleWithoutLabels(speaker, ctx), speaker === ctx.principal)) ||
      (sources && fullNameFor(speaker.label, identity.name, sources)) ||
      identity.name);
  const titles = holder ? [...identity.titles, identity.name] : identity.titles;
  const asPerson = (role: Person['role']): Person => ({ name, titles, role });
  if (speaker === ctx.principal) return { part: 'principal', speaker: asPerson('principal'), outlet: null, rule: ctx.principalRule };
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
  const introduced = outletFromIntroduction(firstText, identity.name);
  if (introduced)
    return {
      part: 'journalist',
      speaker: asPerson('journalist'),
      outlet: ctx.outletNamed(introduced),
      rule: 'journalist: introduces themself',
      outletRule: 'self-introduction',
    };
  // Whom the letterhead or front matter presents speaks for the host, whatever their turns look like.
  if (identity.role === null && ctx.hints.people?.some((p) => nameKey(p) === nameKey(name)))
    return { part: 'principal', speaker: asPerson('principal'), outlet: null, rule: 'principal: presented in the letterhead' };
  const asks =
    !answersTheModerator(speaker, ctx) &&
    (asksThePrincipal(speaker, ctx) || (handedTheFloor(speaker, ctx) && (asksAnything(speaker, ctx) || namedByHandOff(speaker, identity.name, ctx))));
  // Where questioners are labelled by outlet, a questioner's label without an outlet word is an outlet too.
  if (asks && ctx.outletLabelled)
    return {
      part: 'journalist',
      speaker: null,
      outlet: ctx.outletNamed(identity.name),
      rule: 'journalist: asks, where questioners are labelled by outlet',
      outletRule: 'label',
    };
  if (asks) return { part: 'journalist', speaker: asPerson('journalist'), outlet: null, rule: 'journalist: asks the principal' };
  if (speaksForTheHost(speaker, ctx))
    return { part: 'principal', speaker: asPerson('principal'), outlet: null, rule: 'principal: an official who answers or speaks at length' };
  return { part: 'other', speaker: asPerson('other'), outlet: null, rule: 'other: neither asks nor answers' };
}

/** Most of the speaker's turns are followed by the principal, and they ask something. */
function asksThePrincipal(speaker: Speaker, ctx: CastContext): boolean {
  if (!ctx.principal) return false;
  let followed = 0;
  let asking = false;
  for (const i of speaker.turns) {
    if (ctx.speakerOf[i + 1] === ctx.principal) followed++;
    const text = ctx.turns[i]!.text;
    if (text.includes('?') || text.includes('？')) asking = true;
  }
  return asking && followed * 2 > speaker.turns.length;
}

const OFFICIAL_ANSWER_WORDS = 5;
const OFFICIAL_STATEMENT_WORDS = 30;
const OFFICIAL_ADDITION_WORDS = 15;

/**
 * Another official at a joint appearance or a panel (a second minister, a vice-chair, a senior
 * official): someone who is not asking answers a question, or speaks at length. Several
 * principals share the floor; only a short remark now and then makes someone a bystander.
 */
function speaksForTheHost(speaker: Speaker, ctx: CastContext): boolean {
  for (const i of speaker.turns) {
    const before = ctx.speakerOf[i - 1];
    const text = ctx.turns[i]!.text;
    if (!hasAtMostWords(text, OFFICIAL_STATEMENT_WORDS)) return true;
    if (before && isAsker(before) && !hasAtMostWords(text, OFFICIAL_ANSWER_WORDS)) return true;
    // Adding to the principal's answer ("If I may add one point: ...").
    const twoBefore = ctx.speakerOf[i - 2];
    const continuesAnswer = before === ctx.principal || (before !== undefined && !isAsker(before) && twoBefore !== undefined && isAsker(twoBefore));
    if (continuesAnswer && !text.includes('?') && !hasAtMostWords(text, OFFICIAL_ADDITION_WORDS)) return true;
  }
  return false;
}

function isAsker(speaker: Speaker): boolean {
  const type = speaker.identity.type;
  return type === 'questioner' || type === 'follow-up' || type === 'outlet' || (type === 'person' && speaker.identity.outlet !== null);
}

/** The moderator called on them by name and outlet ("from Colin Sebastian with Baird"): they ask, even without a question mark. */
function namedByHandOff(speaker: Speaker, name: string, ctx: CastContext): boolean {
  return speaker.turns.some((i) => {
    const before = ctx.speakerOf[i - 1];
    if (!before || !ctx.moderators.has(before)) return false;
    const named = namedAsker(ctx.turns[i - 1]!.text);
    return named !== null && sameSurname(named.name, name);
  });
}

function asksAnything(speaker: Speaker, ctx: CastContext): boolean {
  return speaker.turns.some((i) => ctx.turns[i]!.text.includes('?') || ctx.turns[i]!.text.includes('？'));
}

function handedTheFloor(speaker: Speaker, ctx: CastContext): boolean {
  return speaker.turns.some((i) => {
    const before = ctx.speakerOf[i - 1];
    return before !== undefined && ctx.moderators.has(before);
  });
}

/**
 * Every turn of theirs follows a question the moderator put (a shareholder's, read out): they
 * answer it, whatever they ask on the way ("Do you want me to take that one?").
 */
function answersTheModerator(speaker: Speaker, ctx: CastContext): boolean {
  return speaker.turns.every((i) => {
    const before = ctx.speakerOf[i - 1];
    return before !== undefined && ctx.moderators.has(before) && /[?？]\s*$/.test(ctx.turns[i - 1]!.text);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
