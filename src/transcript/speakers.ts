// The speakers of a labelled transcript, one per person however the label is spelt: "Foreign
// Minister Wang Yi" and "Wang Yi", "THE PRESIDENT" and "PRESIDENT BIDEN", a misspelt "TREAUSRER".
import { CHINESE_NAME } from './zh/labels.ts';
import { identify, type Identity } from './identity.ts';
import { withoutLabelNote } from './labels/words.ts';
import { mapped } from './arrays.ts';
import { remembered } from './memo.ts';
import { nameKey } from './name-key.ts';
import { isTitleWord, withGluedTitleSplit } from './label-spellings.ts';
import type { LabelledTurn } from './participants.ts';
import { wordCount } from './word-count.ts';

export interface Speaker {
  key: string;
  /** The label as first printed. */
  label: string;
  identity: Identity;
  turns: number[];
  words: number;
}

// Keying a label takes several regex passes: each label is keyed once (bounded, as identify remembers labels).
export const labelKey = remembered(keyOf, 2000);

function keyOf(printed: string): string {
  const label = withGluedTitleSplit(withoutLabelNote(printed));
  const key = nameKey(label) || label;
  // OCR spaces out capitals: "P M" is "PM".
  return /^\p{L}(?: \p{L})+$/u.test(key) ? key.replace(/ /g, '') : key;
}

export function gatherSpeakers(turns: readonly LabelledTurn[]): { speakers: Map<string, Speaker>; speakerOf: Speaker[] } {
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
  mergeOutletNotes(speakers, speakerOf);
  mergeDeclaredShortForms(speakers, speakerOf, turns);
  mergeTitledNames(speakers, speakerOf, turns);
  mergeChineseCourtesyNames(speakers, speakerOf);
  speakerOf.forEach((speaker, i) => {
    speaker.turns.push(i);
    speaker.words += roughWordCount(turns[i]!);
  });
  return { speakers, speakerOf };
}

/**
 * "The Straits Times (ST):" then "ST:", "Minister for Home Affairs and Law K Shanmugam (Minister):" then
 * "Minister:": the first label declares the short one the rest of the transcript uses.
 */
function mergeDeclaredShortForms(speakers: Map<string, Speaker>, speakerOf: Speaker[], turns: readonly LabelledTurn[]): void {
  for (const long of [...speakers.values()]) {
    const short = DECLARED_SHORT_FORM.exec(long.label)?.[1];
    const declared = short ? speakers.get(labelKey(short)) : undefined;
    if (declared && declared !== long && speakers.get(long.key) === long) mergeInto(declared, long, speakers, speakerOf);
  }
  // "路德先生（简称路）" then "路：": the note (which the speaker's label drops) declares the short form.
  const read = new Set<string>();
  for (let i = 0; i < turns.length; i++) {
    const printed = turns[i]!.label;
    if (read.has(printed) || printed.charCodeAt(printed.length - 1) !== 0xff09 /* ） */) continue;
    read.add(printed);
    const short = CHINESE_SHORT_FORM.exec(printed)?.[1];
    const declared = short ? speakers.get(labelKey(short)) : undefined;
    const long = speakerOf[i]!;
    if (declared && declared !== long) mergeInto(declared, long, speakers, speakerOf);
  }
}

const DECLARED_SHORT_FORM = /^[^()]{3,}\(([^()]{1,30})\)\s*$/;
const CHINESE_SHORT_FORM = /^[^（）]{2,}（(?:以下)?简称\s*[:：]?\s*([^（）\s]{1,10})）$/u;

/**
 * "Ines Marlow (Quayside Gazette)" and, at her follow-up, "Ines Marlow": one reporter, with the
 * outlet her first label gave.
 */
function mergeOutletNotes(speakers: Map<string, Speaker>, speakerOf: Speaker[]): void {
  const withOutlet = new Map<string, Speaker>();
  for (const s of speakers.values()) if (s.identity.type === 'person' && s.identity.outlet !== null) withOutlet.set(nameKey(s.identity.name), s);
  if (withOutlet.size === 0) return;
  for (const s of [...speakers.values()]) {
    if (s.identity.type !== 'person' || s.identity.outlet !== null || s.identity.role !== null) continue;
    const key = nameKey(s.identity.name);
    // "Marlow" or "Mr. Marlow" after "Ines Marlow (Harbour Weekly)": the surname of exactly one such reporter.
    const words = key.split(' ').filter((w) => !isTitleWord(w));
    const surname = words.length === 1 ? words[0]! : null;
    const bySurname = surname ? [...withOutlet.entries()].filter(([name]) => name.endsWith(` ${surname}`)) : [];
    const same = withOutlet.get(key) ?? (bySurname.length === 1 ? bySurname[0]![1] : undefined);
    if (same) mergeInto(s, same, speakers, speakerOf);
  }
}

/**
 * "Foreign Minister Wang Yi" and "Wang Yi" are one person: a person label that ends with
 * another person label is merged into it, keeping the titles printed before the name.
 */
function mergeTitledNames(speakers: Map<string, Speaker>, speakerOf: Speaker[], turns: readonly LabelledTurn[]): void {
  const persons = [...speakers.values()].filter((s) => s.identity.type === 'person' && s.identity.outlet === null && s.identity.role === null);
  for (const long of persons) {
    // A speaker merged into another already is no longer one to merge.
    if (speakers.get(long.key) !== long) continue;
    const longName = long.identity.type === 'person' ? nameKey(long.identity.name) : '';
    const short = persons.find(
      (s) =>
        s !== long &&
        speakers.get(s.key) === s &&
        s.key.length >= 2 &&
        !isAnotherOffice(long.key, s.key) &&
        // "市卫健委副主任 王立新" and "王立新": the office printed apart, the same name.
        (endsWithWord(long.key, s.key) || endsWithWord(longName, s.key) || (longName === s.key && long.key !== s.key) || sameTitleAndSurname(long, s)),
    );
    if (!short || long.identity.type !== 'person' || short.identity.type !== 'person') continue;
    // "SENATOR LUCIA FERREIRA-BANKS, SPOKESPERSON" then "FERREIRA-BANKS": the surname label takes the full name.
    const words = long.identity.name.split(/\s+/);
    let t = 0;
    while (t < words.length - 1 && isTitleWord(words[t]!)) t++;
    const fullName = words.slice(t).join(' ');
    // ("Ms. Fenwick" holds one word of a name: its honorific is none.)
    if (fullName.split(' ').length > short.identity.name.split(/\s+/).filter((w) => !isTitleWord(w.replace(/\.$/, ''))).length) {
      short.identity.name = fullName;
      for (const title of [words.slice(0, t).join(' '), ...long.identity.titles])
        if (title && !short.identity.titles.includes(title)) short.identity.titles.push(title);
      mergeInto(long, short, speakers, speakerOf);
      continue;
    }
    // The long label's name may already be without its titles ("Foreign Minister Ada Quill" → "Ada Quill").
    const printed = long.identity.name.endsWith(short.identity.name)
      ? long.identity.name.slice(0, long.identity.name.length - short.identity.name.length).trim()
      : '';
    for (const title of printed ? [printed] : long.identity.titles) if (!short.identity.titles.includes(title)) short.identity.titles.push(title);
    mergeInto(long, short, speakers, speakerOf);
  }
  mergeOfficeLabels(speakers, speakerOf);
  mergeAbbreviatedTitles(speakers, speakerOf);
  mergeFirstNames(speakers, speakerOf, turns);
  mergeChineseSurnames(speakers, speakerOf);
  mergeInitials(speakers, speakerOf, turns);
  mergeMisspelt(speakers, speakerOf);
}

/** "PRESS SECRETARY KAWAMURA" and "PRESS SEC. KAWAMURA": one name under its title and the title cut short. */
function mergeAbbreviatedTitles(speakers: Map<string, Speaker>, speakerOf: Speaker[]): void {
  // A loop, not flatMap: V8's flatMap is generic and slow, and this runs once per document.
  const titled: { speaker: Speaker; name: string; title: string }[] = [];
  for (const s of speakers.values())
    if (s.identity.type === 'person' && s.identity.outlet === null && s.identity.role === null && s.identity.titles[0])
      titled.push({ speaker: s, name: nameKey(s.identity.name), title: s.identity.titles[0] });
  for (const short of titled) {
    const long = titled.find((l) => l !== short && speakers.get(l.speaker.key) === l.speaker && l.name === short.name && abbreviates(short.title, l.title));
    if (long) mergeInto(short.speaker, long.speaker, speakers, speakerOf);
  }
}

/** "ANA OKAFOR" once, then "ANA": a first name alone is the one speaker whose full-name label starts with it. */
function mergeFirstNames(speakers: Map<string, Speaker>, speakerOf: Speaker[], turns: readonly LabelledTurn[]): void {
  const persons = [...speakers.values()].filter((s) => s.identity.type === 'person' && s.identity.outlet === null && s.identity.role === null);
  for (const short of persons) {
    if (short.key.includes(' ') || short.key.length < 2 || (short.identity.type === 'person' && short.identity.titles.length > 0)) continue;
    const full = persons.filter((s) => s !== short && speakers.get(s.key) === s && s.key.startsWith(`${short.key} `) && s.key.split(' ').length <= 3);
    // ("Steve" who asks beside "Steve Mnuchin" who answers: a reporter of the same first name, two people.)
    if (full.length === 1 && !(asksMostly(short, speakerOf, turns) && !asksMostly(full[0]!, speakerOf, turns))) mergeInto(short, full[0]!, speakers, speakerOf);
  }
}

/** Most of the speaker's turns ask something (read before the turns are gathered per speaker). */
function asksMostly(speaker: Speaker, speakerOf: readonly Speaker[], turns: readonly LabelledTurn[]): boolean {
  let asking = 0;
  let all = 0;
  speakerOf.forEach((s, i) => {
    if (s !== speaker) return;
    all++;
    if (turns[i]!.text.includes('?')) asking++;
  });
  return all > 0 && asking * 2 > all;
}

/** "白：" after "白睿文：": a Chinese surname alone is the one speaker whose name it opens. */
function mergeChineseSurnames(speakers: Map<string, Speaker>, speakerOf: Speaker[]): void {
  const persons = [...speakers.values()].filter((s) => s.identity.type === 'person' && s.identity.outlet === null && s.identity.role === null);
  for (const short of persons) {
    if (!HAN_SURNAME.test(short.key)) continue;
    const full = persons.filter((s) => s !== short && speakers.get(s.key) === s && CHINESE_NAME.test(s.key) && s.key.startsWith(short.key));
    if (full.length === 1) mergeInto(short, full[0]!, speakers, speakerOf);
  }
}

const HAN_SURNAME = /^\p{Script=Han}{1,2}$/u;

/** "PRESS SEC." abbreviates "PRESS SECRETARY": as many words, each the other's word or its start, one at least cut. */
function abbreviates(short: string, long: string): boolean {
  const a = short.toLowerCase().split(/\s+/);
  const b = long.toLowerCase().split(/\s+/);
  if (a.length !== b.length || short.length >= long.length) return false;
  return a.every((word, i) => {
    const bare = word.endsWith('.') ? word.slice(0, -1) : word;
    return bare.length >= 2 && b[i]!.startsWith(bare);
  });
}

/** text.endsWith(` ${word}`), without making that string for every pair of speakers. */
// "Vice-President" and "President" are two people: a word that makes another office of an office label.
const OTHER_OFFICE = /(?:^|\s)(?:vice|deputy|assistant|associate|under|lieutenant|former|ex|co)[\s-]/;

/** The long label is a different office than the short one, which is an office alone ("President"). */
function isAnotherOffice(long: string, short: string): boolean {
  return OTHER_OFFICE.test(long.slice(0, long.length - short.length)) && short.split(' ').every(isTitleWord);
}

function endsWithWord(text: string, word: string): boolean {
  return text.length > word.length && text.endsWith(word) && text.charCodeAt(text.length - word.length - 1) === 0x20;
}

/** "(HEAD) COACH DANA OKAFOR" and "COACH OKAFOR": one title, and the surname the short label keeps after it. */
function sameTitleAndSurname(long: Speaker, short: Speaker): boolean {
  if (long.identity.type !== 'person' || short.identity.type !== 'person') return false;
  const title = short.identity.titles[0];
  const longTitle = long.identity.titles[0]?.toLowerCase() ?? '';
  if (!title || !short.label.startsWith(title)) return false;
  // "ADM. COLE" beside "REAR ADMIRAL JANE COLE": a rank cut short is the same title.
  const shortTitle = title.toLowerCase();
  const abbreviated = shortTitle.endsWith('.') && shortTitle.length >= 3 && longTitle.split(/\s+/).some((w) => w.startsWith(shortTitle.slice(0, -1)));
  if (longTitle !== shortTitle && !longTitle.endsWith(` ${shortTitle}`) && !abbreviated) return false;
  const surname = nameKey(short.label.slice(title.length));
  return surname.length >= 2 && !surname.includes(' ') && nameKey(long.identity.name).endsWith(` ${surname}`);
}

const MISSPELT_MIN_LENGTH = 7;

/**
 * A one-word label printed once or twice and one letter away from a label the document uses
 * more ("TREAUSRER" for "TREASURER", "MOERATOR" for "MODERATOR") is a typing slip, not a speaker.
 */
function mergeMisspelt(speakers: Map<string, Speaker>, speakerOf: Speaker[]): void {
  const single = [...speakers.values()].filter((s) => s.key.length >= MISSPELT_MIN_LENGTH && !s.key.includes(' '));
  // Labels too short for either slip ("Q", "A"): no turn need be counted.
  if (single.length === 0 && ![...speakers.values()].some((s) => s.key.length >= CUT_SHORT_MIN_LENGTH)) return;
  const counts = new Map<Speaker, number>();
  for (const s of speakerOf) counts.set(s, (counts.get(s) ?? 0) + 1);
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
  // "P. M." (read as "PM") beside "PRIME MINISTER:" or "PRIME MINISTER BRANDT:": the office's initials.
  for (const short of persons) {
    const office = OFFICE_INITIALS[short.key];
    if (!office) continue;
    const holders = persons.filter((s) => s !== short && (s.key === office || s.key.startsWith(`${office} `)) && speakers.has(s.key));
    if (holders.length === 1) mergeInto(short, holders[0]!, speakers, speakerOf);
  }
  for (const office of persons) {
    const bare = THE_OFFICE.exec(office.key)?.[1];
    if (!bare) continue;
    // ("PRIME MINISTER OF NEW ZEALAND" beside "PRIME MINISTER": another country's office, not a holder's name.)
    const holders = persons.filter((s) => s !== office && s.key.startsWith(`${bare} `) && !s.key.startsWith(`${bare} of `) && speakers.has(s.key));
    if (holders.length === 1) mergeInto(office, holders[0]!, speakers, speakerOf);
  }
}

const OFFICE_INITIALS: Record<string, string> = { pm: 'prime minister', dpm: 'deputy prime minister', fm: 'foreign minister', vp: 'vice president' };

// "The President", "Minister": the office alone, of the one speaker whose label gives it with a name.
const THE_OFFICE =
  /^(?:the )?((?:vice |prime |deputy |foreign |first )?(?:president|minister|secretary|chancellor|premier|governor|mayor|chair|chairman|chairwoman|king|queen|prince|princess|ambassador))$/;

/**
 * "Christian Horner:" once, then "CH:": a label of two or three letters that are the initials of
 * exactly one named speaker is that speaker. Abbreviated offices ("PM", "FM") are not initials.
 */
function mergeInitials(speakers: Map<string, Speaker>, speakerOf: Speaker[], turns: readonly LabelledTurn[]): void {
  const persons = [...speakers.values()].filter((s) => s.identity.type === 'person' && s.identity.role === null && s.key.includes(' '));
  for (const short of [...speakers.values()]) {
    if (!/^[a-z]{2,3}$/.test(short.key) || OFFICE_ABBREVIATIONS.has(short.key) || !/^\p{Lu}+$/u.test(short.label.trim())) continue;
    const named = persons.filter((p) => initialsOf(p.identity.type === 'person' ? p.identity.name : '') === short.key);
    // Initials that read as an outlet ("AP" for Ana Pereira) are the speaker only where they answer.
    if (named.length === 1 && (short.identity.type !== 'outlet' || onlyAnswers(short, speakerOf, turns))) mergeInto(short, named[0]!, speakers, speakerOf);
  }
}

/** Every turn of the speaker follows a question ("…?") by someone else. */
function onlyAnswers(speaker: Speaker, speakerOf: readonly Speaker[], turns: readonly LabelledTurn[]): boolean {
  return speakerOf.every((s, i) => s !== speaker || (i > 0 && speakerOf[i - 1] !== speaker && /[?？]\s*$/.test(turns[i - 1]!.text)));
}

const OFFICE_ABBREVIATIONS = new Set(['pm', 'fm', 'dpm', 'mp', 'ceo', 'cfo', 'coo', 'cto', 'ir', 'vp', 'gm', 'md', 'dg', 'sg', 'usg']);

export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0).toLowerCase())
    .join('');
}

const COURTESY = /^(\p{Script=Han}{1,4}?)(?:先生|女士|小姐|太太)$/u;
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

/**
 * "郭文贵先生", "文贵先生", "郭先生" and "郭文贵": one person, named with a courtesy title by full
 * name, given name or surname. Each is merged into a label of the full name (the bare name where it
 * is printed); a surname or given name is merged only where one full name holds it.
 */
function mergeChineseCourtesyNames(speakers: Map<string, Speaker>, speakerOf: Speaker[]): void {
  // Each person label's name without its courtesy title ("郭文贵先生" → "郭文贵"), read once.
  const bases = new Map<Speaker, string>();
  let titled = false;
  for (const s of speakers.values()) {
    if (s.identity.type !== 'person') continue;
    const label = s.label.trim();
    const courtesy = COURTESY.exec(label);
    if (courtesy) titled = true;
    const base = courtesy?.[1] ?? (HAN_NAME.test(label) ? label : null);
    if (base) bases.set(s, base);
  }
  if (bases.size < 2 || !titled) return;
  const fullNames = [...new Set([...bases.values()].filter((base) => base.length >= 3))];
  for (const [s, base] of bases) {
    const holders = fullNames.filter((full) => full !== base && (full.startsWith(base) || (base.length >= 2 && full.endsWith(base))));
    const full = holders.length === 1 ? holders[0]! : fullNames.includes(base) ? base : null;
    if (!full || speakers.get(s.key) !== s) continue;
    let into: Speaker | undefined;
    for (const [other, otherBase] of bases)
      if (otherBase === full && speakers.get(other.key) === other && (!into || other.label.length < into.label.length)) into = other;
    if (!into || into === s) continue;
    mergeInto(s, into, speakers, speakerOf);
    // Named by more than one form: the person's name is the full name, without the courtesy title.
    if (into.label.trim() !== full) into.identity = identify(full);
  }
}

function mergeInto(from: Speaker, into: Speaker, speakers: Map<string, Speaker>, speakerOf: Speaker[]): void {
  speakers.delete(from.key);
  speakerOf.forEach((s, i) => {
    if (s === from) speakerOf[i] = into;
  });
}

/** Words for ranking speakers by how much they say: exact for short turns, by length for long ones. */
function roughWordCount({ text, words }: LabelledTurn): number {
  return text.length < 400 ? (words ?? wordCount(text)) : Math.round(text.length / (text.charCodeAt(0) >= 0x2e80 ? 1 : 6));
}
