// A speaker labelled by surname or office ("MS. LANGE:", "THE VICE PRESIDENT:", "CoachReyes:")
// is named in full where the document prints the full name: in the title, the opening or a
// participants list ("Remarks by Vice President Ada Harlow", "PETRA LANGE, Deputy Director").
import { TITLE_CASE_PREPOSITIONS } from './titles.ts';
import { isWord } from './dictionary.ts';
import { isMisspeltOffice } from './identity.ts';
import { remembered } from './memo.ts';
import { knownOutlet } from './outlets.ts';
import { SENTENCE_STARTERS, TITLE_WORDS, naturalCase } from './labels/words.ts';
import { matchesAtCapitals } from './phrases.ts';

// A lowercase word, or a connector in capitals ("SECRETARY OF HEALTH AND HUMAN SERVICES KATHLEEN
// SEBELIUS"), before the run: the words that open it may complete an office.
const LOWERCASE_WORD_BEFORE = /(?:\p{Ll}[\p{L}'’]*|\b(?:OF|AND|FOR|THE)|&)[ \t]+$/u;
const CONNECTOR = /^(?:of|for|de|da|van|von|der|bin|al)$/;
const HONORIFICS = new Set(['mr', 'mr.', 'ms', 'ms.', 'mrs', 'mrs.', 'dr', 'dr.', 'miss', 'madam', 'sir', 'the']);
// Runs of capitalised words, hyphenated or with an apostrophe ("Pierre-Olivier", "O'Neill").
// Sticky: tried only where a capital stands (matchesAtCapitals).
const CAPITALISED_RUN = /(?:\p{Lu}[\p{L}'’.-]*)(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|of|de|da|van|von|der|bin|al))*/uy;

/** Put between the title and opening and the turns in nameSources: an office is named by the first only. */
export const SPOKEN_FROM_HERE = '\u0001';

/** The text a full name is looked for in: bounded, so a long transcript costs no more than a short one. */
export function nameSources(texts: readonly string[], limit = 20_000): string {
  let out = '';
  for (const text of texts) {
    if (out.length >= limit) break;
    // Web text joins "President\u00a0Biden" with a no-break space: a name's words all the same.
    const part = text.slice(0, limit - out.length);
    out += `${part.includes('\u00a0') ? part.replace(/\u00a0/g, ' ') : part}\n`;
  }
  return out;
}

/**
 * The full name a short label stands for, or null. The label's last word (the surname, or the
 * office in "The Vice President") is looked for in capitalised runs of the sources; the run,
 * without offices and honorifics, must have more words than the label's name.
 */
export function fullNameFor(label: string, currentName: string, sources: string): string | null {
  const words = label
    .replace(/[.:]+$/, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0 || words.length > 3) return null;
  const bare = words.filter((w, i) => !HONORIFICS.has(w.toLowerCase()) && !TITLE_WORDS.has(w.toLowerCase()) && !(i === 0 && isMisspeltOffice(w)));
  // "The Vice President": the office itself, followed by the name in the sources.
  const office = bare.length === 0 ? words.filter((w) => w.toLowerCase() !== 'the').join(' ') : null;
  // "MR. DE HARO", "MS. VAN DIJK": a surname with its particle is one surname.
  const particleSurname = bare.length === 2 && CONNECTOR.test(bare[0]!.toLowerCase());
  // "Ilario Venn" is a full name already.
  if (bare.length > 1 && !particleSurname) return null;
  const surname = office ?? (particleSurname ? bare.join(' ') : bare[bare.length - 1]!);
  if (surname.length < 2 || /[^\p{L}'’ -]/u.test(surname)) return null;
  const wanted = surname.toLowerCase();
  const currentWords = currentName.split(/\s+/).filter((w) => !HONORIFICS.has(w.toLowerCase()) && !TITLE_WORDS.has(w.toLowerCase())).length;
  // Only the runs around where the word is printed (as a name or in capitals) are read: a
  // regex pass over the whole opening for every speaker would cost more than the rest of the import.
  // "THE PRESIDENT" is the president the title or opening names, not one a speaker mentions ("President Eisenhower").
  const spokenFrom = office ? sources.indexOf(SPOKEN_FROM_HERE) : -1;
  const searched = spokenFrom >= 0 ? sources.slice(0, spokenFrom) : sources;
  // "De Guindos:" for the "Luis de Guindos" of the opening: the particle printed in lower case there.
  const printed = particleSurname ? [surname, `${bare[0]!.toLowerCase()} ${bare[1]!}`] : [surname];
  for (const at of printed.flatMap((form) => occurrences(searched, form))) {
    const from = Math.max(0, at - 80);
    const window = sources.slice(from, at + surname.length + 80);
    // Runs that start after the word cannot hold it: the scan stops there.
    for (const match of matchesAtCapitals(window, CAPITALISED_RUN, at - from)) {
      if (from + match.index > at || from + match.index + match[0].length < at + surname.length) continue;
      const run = match[0];
      const lower = run.toLowerCase();
      const inRun = office ? lower.indexOf(`${wanted} `) : wordIndex(lower, wanted);
      if (inRun < 0) continue;
      const before = window.slice(Math.max(0, match.index - 20), match.index);
      const name = office
        ? nameAfterOffice(run.slice(inRun + wanted.length + 1))
        : nameAround(run, inRun, wanted.length, lowercaseWordBefore(before), bare.length < words.length);
      // "Harbour Minister's statement": a possessive is not a name.
      if (!name || /['’]s$/i.test(name)) continue;
      const count = spaces(name) + 1;
      if (count >= 2 && count <= 4 && count > currentWords) return cased(name);
      if (office && count >= 1) return cased(name);
    }
  }
  return null;
}

// naturalCase reads a name with \p{…} patterns (over a microsecond), and the same surnames and
// full names come back for every document of a series: each is cased once (memo.ts).
const cased = remembered(naturalCase, 2000);

/**
 * LOWERCASE_WORD_BEFORE.test(text), the pattern run on the last word only: a match is a word and
 * the blanks that end the text, and a \p{…} pattern tried at every position of the text is slow.
 */
function lowercaseWordBefore(text: string): boolean {
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  if (end === text.length) return false;
  let start = end;
  while (start > 0 && !isBlank(text.charCodeAt(start - 1))) start--;
  return LOWERCASE_WORD_BEFORE.test(text.slice(start));
}

/** Two capitals at least and no lowercase letter: "COVID", "NATO". */
function isCapitals(word: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** name.split(' ').length - 1, without the array. */
function spaces(name: string): number {
  let count = 0;
  for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) count++;
  return count;
}

const MAX_OCCURRENCES = 40;

/** Where the word is printed as a name ("Lange", "Vice President") or in capitals, in order; at most a few dozen. */
function occurrences(text: string, word: string): number[] {
  const forms = new Set([cased(word.toUpperCase()), word.toUpperCase(), word]);
  const found: number[] = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0 && found.length < MAX_OCCURRENCES; at = text.indexOf(form, at + 1)) found.push(at);
  }
  return found.sort((a, b) => a - b);
}

/** Where the word stands alone in the run (not inside a longer word), or -1. */
function wordIndex(run: string, word: string): number {
  let from = 0;
  for (;;) {
    const at = run.indexOf(word, from);
    if (at < 0) return -1;
    const before = at === 0 ? ' ' : run.charAt(at - 1);
    const after = run.charAt(at + word.length);
    if ((before === ' ' || before === '\t') && (after === '' || after === ' ' || after === '\t' || after === ',' || after === '.')) return at;
    from = at + 1;
  }
}

/** "Harlow of Freedonia" after "Vice President": the name words, up to a connector. */
function nameAfterOffice(rest: string): string | null {
  const words: string[] = [];
  const printed = rest.split(/\s+/);
  let from = 0;
  // "MINISTER FOR FOREIGN AFFAIRS DR VIVIAN …": the office's complement, then the honorific that opens the name.
  if (CONNECTOR.test(printed[0]?.toLowerCase() ?? '')) {
    const honorific = printed.findIndex((word, i) => i > 0 && i <= MAX_COMPLEMENT_WORDS && HONORIFICS.has(word.toLowerCase()) && word.toLowerCase() !== 'the');
    if (honorific < 0) return null;
    from = honorific + 1;
  }
  for (const word of printed.slice(from)) {
    // "MINISTER K. SHANMUGAM" over "CNBC ASIA SQUAWK BOX": a title block's next line is not the name.
    // ("President Trump Aboard Air Force One": a title's capitalised preposition ends the name.)
    if (
      !/^\p{Lu}/u.test(word) ||
      TITLE_WORDS.has(word.toLowerCase()) ||
      TITLE_CASE_PREPOSITIONS.has(naturalCase(word)) ||
      knownOutlet(word.replace(/[.,]$/, ''))
    )
      break;
    // "… DR VIVIAN BALAKRISHAN’S FIRESIDE CHAT": the name ends with its possessive.
    const possessive = POSSESSIVE.test(word);
    words.push(possessive ? word.replace(POSSESSIVE, '') : word.replace(/[.,]$/, ''));
    if (words.length === 3 || possessive) break;
  }
  return words.length > 0 ? words.join(' ') : null;
}

const MAX_COMPLEMENT_WORDS = 5;
const POSSESSIVE = /['’]s$/i;

const CONTRACTION = /^(?:I['’](?:m|ve|ll|d)|\p{L}+['’](?:re|ve|ll|d|t))$/u;

/** The name words around the surname at `at`: titles, honorifics and sentence words before it are left out. */
const POSTS_IN_INITIALS = new Set(['ceo', 'cfo', 'coo', 'cto', 'cdo', 'cmo', 'cio', 'cpo', 'cso', 'svp', 'evp', 'vp']);

function nameAround(run: string, at: number, length: number, afterLowercase: boolean, surnameLabel = false): string | null {
  const before = run
    .slice(0, at)
    .split(/\s+/)
    .filter((w) => w !== '');
  const after = run
    .slice(at + length)
    .split(/\s+/)
    .filter((w) => w !== '');
  const kept: string[] = [];
  // Where the words before the name may be an office's complement ("Secretary of Harbors Ruth
  // Okonkwo", "Minister for Coastal Affairs Ilario Venn"), only the given name is taken.
  let complement = afterLowercase;
  for (let i = before.length - 1; i >= 0 && kept.length < 3; i--) {
    const w = before[i]!;
    const lower = w.toLowerCase().replace(/[.,]$/, '');
    // A word that ends a sentence or clause ("Adams." in "... ADAMS. Good") ends the name before it.
    if (/[,;]$/.test(w) || (/\.$/.test(w) && !/^\p{Lu}\.$/u.test(w))) break;
    // "Q+A’s Guyon Espiner": a possessive before the name is the show's or the firm's, and "Leader" an office;
    // "I'm Bekah", "It's Dan": a contraction is a sentence's words, not a given name.
    if (/['’]s$/.test(w) || CONTRACTION.test(w) || lower === 'leader' || lower === 'co-leader') break;
    // ("SECRETARY OF THE TREASURY LAWRENCE SUMMERS": in capitals the office's "THE" is in the run too.)
    if (CONNECTOR.test(lower) || (lower === 'the' && kept.length > 1)) {
      complement = true;
      // "Secretary of Harbors Quist": the one word after "of" is the office's, not a given name.
      if (kept.length === 1) kept.length = 0;
      break;
    }
    // ("CEO Anthony Tsang": a firm's post in initials before the name is no part of it.)
    if (TITLE_WORDS.has(lower) || HONORIFICS.has(lower) || SENTENCE_STARTERS.has(lower) || POSTS_IN_INITIALS.has(lower)) {
      complement = false;
      break;
    }
    // "… of LGBTQI+ Persons Jessica Stern": a word of the language before a given name is the title's, not the name's.
    if (kept.length >= 1 && /^\p{Lu}\p{Ll}+s$/u.test(w) && isWord(lower)) break;
    kept.unshift(w);
    if (kept.length === 3 && i > 0) complement = true;
  }
  if (complement && kept.length > 1) {
    // "… of the Treasury Janet L. Yellen": the given name stands before a middle initial.
    let given = kept.length - 1;
    while (given > 0 && /^\p{Lu}\.$/u.test(kept[given]!)) given--;
    kept.splice(0, given);
  }
  // Family name first ("Lee Hsien Loong"): given names follow, when nothing comes before.
  const following: string[] = [];
  const surname = run.slice(at, at + length);
  const next = run.charAt(at + length);
  if (kept.length === 0 && (next === ' ' || next === '\t')) {
    for (const w of after) {
      if (following.length === 2 || TITLE_WORDS.has(w.toLowerCase()) || SENTENCE_STARTERS.has(w.toLowerCase().replace(/[.,]$/, '')) || CONNECTOR.test(w)) break;
      // "Steve Kerr Postgame Interview", a headline's "Mayor Bloomberg Avoids Question": a name is followed by a
      // word of the language, not continued by it ("Lee Hsien Loong" is). A first name's surname may be one ("Jo Lind"),
      // but not a surname's given name ("MS. SAWYER" under "Sawyer Interview #4").
      if ((following.length === 1 || after.length >= 2 || surnameLabel) && isWord(w.replace(/[.,]$/, '').toLowerCase())) break;
      // "Governor Whitfield COVID-19 update": an acronym after a name in ordinary case, or a word cut at a hyphen, is not a name;
      // nor a word made of the name ("getting Lenny Lennyaised").
      if (w.endsWith('-') || (!isCapitals(surname) && isCapitals(w)) || w.toLowerCase().startsWith(surname.toLowerCase())) break;
      following.push(w.replace(/[.,]$/, ''));
      if (/[.,;]$/.test(w)) break;
    }
  }
  const name = [...kept, surname.replace(/[.,]$/, ''), ...following];
  return name.length >= 1 ? name.join(' ') : null;
}
