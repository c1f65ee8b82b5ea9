// Media outlets: the well-known ones by name and alias, how to tell an outlet from a person,
// and the outlet a reporter names when introducing themselves.
import type { Origin, Outlet } from '../domain/record.ts';
import { isWord } from './dictionary.ts';
import { KNOWN_OUTLETS, type KnownOutlet } from './known-outlets.ts';
import { nameKey } from './name-key.ts';
import { OFFICE_WORDS, OUTLET_WORDS, TITLE_WORDS } from './labels/words.ts';
import { capitalizedRun, isWhiteSpace, withoutArticle } from './phrases.ts';

const BY_KEY = new Map<string, KnownOutlet>();
for (const outlet of KNOWN_OUTLETS) {
  for (const name of [outlet.name, ...outlet.aliases]) BY_KEY.set(nameKey(name), outlet);
}

export function knownOutlet(name: string): KnownOutlet | null {
  return BY_KEY.get(nameKey(name)) ?? BY_KEY.get(nameKey(withoutArticle(name))) ?? null;
}

/** The known outlet at `at` where a clause ends after it ("… Sedgwick CNBC. A couple of …"), or null. */
export function knownOutletClosing(text: string, at: number): string | null {
  const known = knownOutletAt(text, at);
  return known && /^[ \t]*[.,]/.test(text.slice(known.end)) ? known.name : null;
}

/**
 * The known outlet at `at`, or at the article that the words before it end on ("from The Sun", "of the Times"), or
 * null: an introduction's pattern may have read the article as its own.
 */
export function knownOutletAfter(text: string, at: number, before: string): { name: string; end: number } | null {
  const article = /the\s+$/i.exec(before);
  return knownOutletAt(text, at) ?? (article ? knownOutletAt(text, at - article[0].length) : null);
}

/**
 * A known outlet named at `from` in any case ("the Canadian press", "radio-Canada", "global news":
 * captions and hurried notes lose the capitals), the longest of up to five words, or null.
 */
export function knownOutletAt(text: string, from: number): { name: string; end: number } | null {
  const words: { word: string; end: number }[] = [];
  WORD_AHEAD.lastIndex = from;
  const first = WORD_AHEAD.exec(text);
  // Most words open no known outlet's name ("Why", "Thank"): settled by the first word's key.
  if (!first || cannotOpenKnownOutlet(first[2]!)) return null;
  for (let m: RegExpExecArray | null = first; m && words.length < 5; m = WORD_AHEAD.exec(text)) {
    words.push({ word: m[2]!, end: m.index + m[0].length });
  }
  for (let n = words.length; n > 0; n--) {
    const printed = words
      .slice(0, n)
      .map((w) => w.word)
      .join(' ');
    const outlet = knownOutlet(printed);
    // As printed when printed as the outlet prints it, else the outlet's own name.
    if (outlet) return { name: [outlet.name, ...outlet.aliases].includes(printed) ? printed : outlet.name, end: words[n - 1]!.end };
  }
  return null;
}

/** False when knownOutletAt(text, from) is surely null (its first-word test), without gathering words. */
export function mayOpenKnownOutletAt(text: string, from: number): boolean {
  // WORD_AHEAD read by hand while the word is ASCII (its letters and digits are A–Z, a–z, 0–9).
  let i = from;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
  const start = i;
  const first = text.charCodeAt(i);
  if (first < 0x80 && !isAsciiLetterOrDigit(first)) return false;
  if (first < 0x80) {
    for (i++; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) return mayOpenByPattern(text, from);
      if (!(isAsciiLetterOrDigit(c) || c === 0x26 || c === 0x27 || c === 0x2d)) break;
    }
    return !cannotOpenKnownOutlet(text.slice(start, i));
  }
  return mayOpenByPattern(text, from);
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

function mayOpenByPattern(text: string, from: number): boolean {
  WORD_AHEAD.lastIndex = from;
  const first = WORD_AHEAD.exec(text);
  return first !== null && !cannotOpenKnownOutlet(first[2]!);
}

// The first word of every known outlet's key (nameKey of its name and each alias).
const FIRST_KEY_WORDS = new Set<string>();
for (const key of BY_KEY.keys()) FIRST_KEY_WORDS.add(key.split(' ')[0]!);
const HAN = /\p{Script=Han}/u;

/**
 * Whether no name that starts with this word can be a known outlet's. nameKey folds a run of
 * words word by word (normalising, lowercasing, punctuation to spaces: nothing crosses the space
 * between two words) but for the space it drops between two Han characters; so the key of a
 * run opens with the first word's key's first word, unless that key is empty or has a Han
 * character. An article ("The Canadian Press") is left to the full lookup, which drops it.
 */
function cannotOpenKnownOutlet(word: string): boolean {
  if (word === 'the' || word === 'The' || word === 'THE') return false;
  const ascii = asciiFirstKeyWord(word);
  if (ascii !== null) return !FIRST_KEY_WORDS.has(ascii);
  const key = nameKey(word);
  if (key === '' || HAN.test(key)) return false;
  const space = key.indexOf(' ');
  return !FIRST_KEY_WORDS.has(space < 0 ? key : key.slice(0, space));
}

/**
 * The first word of nameKey(word) for a word in ASCII (WORD_AHEAD's: letters, digits, "&", "'",
 * "-"), read without folding: NFKC leaves ASCII as it is, so the key is the word in lower case
 * with "&" and "-" as spaces, and its first word ends at the first of them. Null for a word with
 * any other character, which goes to nameKey. Numbers ("12", "2024") are most of what follows a
 * comma in some documents, each a different key that nameKey would fold and remember.
 */
function asciiFirstKeyWord(word: string): string | null {
  let end = word.length;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return null;
    if ((c === 0x26 || c === 0x2d) && end === word.length) end = i;
  }
  return word.slice(0, end).toLowerCase();
}

// One word after optional spaces (the first word at `from` itself): letters, digits, & ' ’ -.
const WORD_AHEAD = /([ \t]*)([\p{L}\p{N}][\p{L}\p{N}&'’-]*)/uy;

// Hand-offs name the same few runs of capitals over and over ("Please", "Next", an outlet):
// each is read once. Bounded, like identify's memory of labels.
const MAX_REMEMBERED = 2000;
const outletLike = new Map<string, boolean>();

/** Whether a label names an outlet by its words ("China Central Television", "Reuters"). */
export function looksLikeOutlet(phrase: string): boolean {
  let looks = outletLike.get(phrase);
  if (looks === undefined) {
    if (outletLike.size >= MAX_REMEMBERED) outletLike.clear();
    looks =
      knownOutlet(phrase) !== null ||
      phrase.split(/[\s/-]+/).some((word) => OUTLET_WORDS.has(word.toLowerCase().replace(/[’'.,]/g, ''))) ||
      knownOutletThenDesk(phrase);
    // A phrase may be cut from its transcript, a view V8 keeps of the whole text: remembered as a copy.
    outletLike.set(` ${phrase}`.slice(1), looks);
  }
  return looks;
}

// "CNA Digital", "RTHK English": a known outlet and its desk or service.
const DESK = /^[ \t]+(?:digital|english|chinese|international|world|asia|europe|africa|americas)$/i;

function knownOutletThenDesk(phrase: string): boolean {
  const known = knownOutletAt(phrase, 0);
  return known !== null && DESK.test(phrase.slice(known.end));
}

/** The record's outlet; origin is domestic or foreign relative to the host country when both are known. */
export function makeOutlet(name: string, hostCountry: string | null): Outlet {
  // "SMH/AGE", "NEW YORK TIMES/CNBC": a reporter for two outlets at once; each is also its name.
  const joint = JOINT_OUTLETS.exec(name);
  const parts = joint ? [joint[1]!.trim(), joint[2]!.trim()] : [];
  const known = knownOutlet(parts[0] ?? name);
  const country = known?.country ?? null;
  let origin: Origin = 'unknown';
  if (country && hostCountry) origin = country === hostCountry.toUpperCase() ? 'domestic' : 'foreign';
  const names = [...parts, ...(known ? [known.name, ...known.aliases] : [])];
  const aliases = [...new Set(names)].filter((a) => nameKey(a) !== nameKey(name));
  return { name, aliases, country, origin };
}

const JOINT_OUTLETS = /^(\p{L}[^/]*\p{L}\s*)\/(\s*\p{L}[^/]*\p{L})$/u;

// Words that open a sentence after the name, not an outlet: "Colby Smith, I'm with …".
const GREETINGS = new Set(['thank', 'thanks', 'hi', 'hello', 'good', 'yes', 'sure', 'great', 'and', 'i', 'im', 'we', 'were', 'my', 'this', 'its', 'just']);
// "Rachel Siegel here from The Washington Post", "Chris Rugaber, and Associated Press": the words between name and outlet.
const INTRODUCER = /^\s*(?:,\s*)?(?:here\s+)?(?:(?:and\s+)?(?:with|from|of|at|for)\s+|and\s+)?(?:the\s+)?/i;
const SELF_INTRO = /\b(?:I'm|I’m|I am)\s+(?:with|from)\s+(?:the\s+)?/i;

/**
 * The outlet a reporter names early in their first turn: "Nick Timiraos with the Wall Street
 * Journal", "Colby Smith, Financial Times", "Howard Schneider from Reuters", "I'm with NHK".
 */
export function outletFromIntroduction(text: string, speakerName: string | null): string | null {
  const found = introducedOutlet(text, speakerName);
  // "I am Minju Song from Sea’s Group Chief Corporate Officer’s Office": an office of the company, no medium.
  return found && !COMPANY_OFFICE.test(found) ? found : null;
}

const COMPANY_OFFICE = /\b(?:office|department|investor relations|corporate affairs|secretariat)$/i;

function introducedOutlet(text: string, speakerName: string | null): string | null {
  const window = withoutTimedNotes(text.slice(0, 300));
  const words = speakerName?.split(' ') ?? [];
  // "Colby Smith, Financial Times"; else the first name alone ("Nick from the Financial Times").
  for (const name of [words[words.length - 1], words.length > 1 ? words[0] : undefined]) {
    if (!name || name.length < 2) continue;
    const at = window.toLowerCase().indexOf(name.toLowerCase());
    if (at < 0) continue;
    const after = at + name.length;
    // (Every part of INTRODUCER is optional: it matches, perhaps only spaces.)
    const introducer = INTRODUCER.exec(window.slice(after))![0];
    const start = after + introducer.length;
    if (introducer.trim() === '') {
      // "Steve Sedgwick CNBC.": a known outlet straight after the name.
      const known = knownOutletClosing(window, start);
      if (known) return known;
      continue;
    }
    const outlet = outletAt(window, start) ?? brandAt(window, start);
    // "from Sky news", "from The Sun": the outlet presser knows where it reads further than the capitals.
    const known = knownOutletAfter(window, start, introducer);
    if (known && (!outlet || known.name.length > outlet.length)) return known.name;
    if (outlet) return outlet;
  }
  const intro = SELF_INTRO.exec(window);
  return intro ? outletAt(window, intro.index + intro[0].length) : null;
}

// What ends a medium's name in Chinese: "…节目", "…电视台", "…之音", "…日报", "…新闻".
export const CHINESE_MEDIUM_END = /(?:节目|电视台|电台|电视|之音|日报|周刊|杂志|新闻|报|社|台|网|客户端|频道)$/u;

/** "我是阿娟，欢迎收看54新观点": the programme a broadcast's host welcomes the audience to, or null. */
export function programmeWelcomedTo(text: string): string | null {
  const opening = text.slice(0, 300);
  const m = WELCOME_TO_PROGRAMME.exec(opening) ?? GUEST_OF_PROGRAMME.exec(opening);
  return m ? (m[1] ?? m[2]!) : null;
}

// "Today's special guest of the President Horta Show", "Welcome to the Harbour Hour podcast": a show, as its host names it.
const GUEST_OF_PROGRAMME =
  /\b(?:[Ww]elcome (?:back )?to|[Gg]uests? (?:of|on)|[Tt]his is) (?:the )?((?:\p{Lu}[\p{L}'’&-]*[ \t]+){1,4}(?:Show|Podcast|Hour|Programme|Program))\b/u;

// (In book-title marks, "欢迎收听《每日新闻》", the programme is what the marks hold.)
const WELCOME_TO_PROGRAMME = /欢迎(?:收看|收听)(?:本期)?(?:《([^《》]{1,16})》|([^，。！？、；\s“”「」《》（()]{2,12}?)(?:节目)?[，。！？、；\s])/u;

// A transcription service's note with the time it stands at: "[inaudible 00:26:43]", "[Jeannie Baton 00:09:43]"
// (a name the transcriber was unsure of).
const TIMED_NOTE = /\[([^\]\d]{0,60}?)\s*\d{1,2}:\d{2}(?::\d{2})?\]/g;

/** The text with timed notes read as their words: "Hi. [Jeannie Baton 00:09:43] with …" → "Hi. Jeannie Baton with …". */
export function withoutTimedNotes(text: string): string {
  return text.includes(':') && text.includes('[') ? text.replace(TIMED_NOTE, '$1') : text;
}

/** "Juliette Saly, ausbiz.": an outlet that prints its name in lower case, one word that is no English word. */
function brandAt(text: string, from: number): string | null {
  const m = LOWERCASE_BRAND.exec(text.slice(from, from + 40));
  return m && !isWord(m[1]!) ? m[1]! : null;
}

const LOWERCASE_BRAND = /^([a-z][a-z0-9]{2,20})[.,]/;

const POST_ABBREVIATIONS = new Set(['vp', 'svp', 'evp', 'avp', 'ceo', 'cfo', 'coo', 'cto', 'head', 'chief', 'senior', 'executive', 'managing', 'general']);

function outletAt(text: string, from: number): string | null {
  const run = capitalizedRun(text, from, 6);
  const first = run.split(' ')[0]?.toLowerCase().replace(/[.’']/g, '');
  // "I'm Spencer Wang, VP of IR": a post, not an outlet.
  if (!run || !first || GREETINGS.has(first) || TITLE_WORDS.has(first) || OFFICE_WORDS.has(first) || POST_ABBREVIATIONS.has(first)) return null;
  // "Yes, this is Dave, I'll take that question.": a pronoun goes on with the sentence, no outlet.
  if (PRONOUN.test(run.split(' ')[0]!)) return null;
  return run;
}

const PRONOUN = /^(?:I|We|You|He|She|They|It)(?:['’](?:ll|m|d|ve|re|s))?$/;

const CAPITAL = /\p{Lu}/uy;

/** An outlet a moderator names in a short hand-off: "Please, RIA Novosti." "Next, the Financial Times." */
export function outletNamedIn(text: string): string | null {
  // Each capital in the first 200 characters that opens the text or follows a space or ",;:(".
  const end = Math.min(text.length, 200);
  for (let i = 0; i < end; i++) {
    if (!(i === 0 || opensWord(text.charCodeAt(i - 1))) || !isCapitalAt(text, i)) continue;
    const run = withoutArticle(capitalizedRun(text, i, 6));
    if (run && looksLikeOutlet(run)) return run;
  }
  return null;
}

/** A capital letter (\p{Lu}) at i, ASCII told by char code: V8 reads a \p{…} class slowly. */
function isCapitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  CAPITAL.lastIndex = i;
  return CAPITAL.test(text);
}

/** White space as the regex \s reads it, or one of ",;:(". */
function opensWord(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || isWhiteSpace(c);
}
