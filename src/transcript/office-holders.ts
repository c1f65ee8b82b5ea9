// A principal printed by office ("PRIME MINISTER:", "PM:", "TREASURER:") or by surname only
// ("BEAZLEY:") is the person the document's letterhead or front matter names: "THE HON JOHN
// HOWARD MP" at the top, or `creators: ["Howard, John"]` in a catalogue's front matter.
import { TITLE_WORDS, naturalCase } from './labels/words.ts';
import { nameKey } from './name-key.ts';
import { allMatches } from './phrases.ts';

// Letters after a name that are not part of it ("MP", "AM QC MP", "MHR").
const POST_NOMINAL = /^(?:MP|MHR|MLA|MLC|MPP|MSP|MEP|TD|AM|AO|AC|QC|KC|SC|OBE|CBE|KBE|MBE|PC|JP)$/i;
// "The Hon", "Hon.", "the Honourable": the courtesy that opens an official's letterhead name.
const HONOURABLE = /\b(?:the\s+)?hon(?:ourable|orable)?\.?\s+/giu;
// What every match of HONOURABLE holds (no letter but H, O, N folds to h, o, n).
const HON = /hon/i;
// Words of an organisation, never of a person ("Liberal Party of Australia").
const ORGANISATION =
  /\b(?:party|government|office|department|ministry|council|committee|association|union|league|inc|ltd|corporation|company|bank|news|press)\b/i;
const OFFICE_ABBREVIATIONS = new Set(['pm', 'dpm', 'fm', 'ag']);
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)$/u;
const MAX_LETTERHEAD_CHARS = 4_000;
// Words of courtesy before a name: "the Right Honourable Jacinda Ardern".
const COURTESY = new Set(['the', 'right', 'rt', 'hon', 'honourable', 'honorable', 'his', 'her', 'excellency', ...TITLE_WORDS]);

/**
 * Full names of the people a document is about, most certain first: names after "The Hon" in the
 * opening text, then people listed in the front matter ("Surname, Given" turned round).
 */
export function documentPeople(frontMatterPeople: readonly string[], openingTexts: readonly string[]): string[] {
  const found: string[] = [];
  const add = (name: string | null) => {
    if (name && !found.some((n) => nameKey(n) === nameKey(name))) found.push(name);
  };
  const opening = openingTexts.join('\n').slice(0, MAX_LETTERHEAD_CHARS);
  // Most openings print no "Hon": a look for the letters alone spares most of them the pattern's scan.
  if (HON.test(opening))
    for (const match of allMatches(opening, HONOURABLE)) add(nameAfter(opening.slice(match.index + match[0].length, match.index + match[0].length + 80)));
  for (const entry of frontMatterPeople) add(personEntry(entry));
  return found;
}

/** "JOHN HOWARD MP JOINT PRESS…" → "John Howard": capitalised words up to post-nominals or a lowercase word. */
function nameAfter(text: string): string | null {
  const words: string[] = [];
  for (const raw of text.split(/\s+/)) {
    const word = raw.replace(/,$/, '');
    if (word === '' || !NAME_WORD.test(word) || POST_NOMINAL.test(word) || TITLE_WORDS.has(word.toLowerCase())) break;
    words.push(word.replace(/\.$/, ''));
    if (raw.endsWith(',') || words.length === 4) break;
  }
  return words.length >= 2 ? naturalCase(words.join(' ')) : null;
}

const SLUG_NAME = /^\p{Lu}\p{Ll}+[._]\p{Lu}\p{Ll}+$/u;
const NAME_PARTICLE = /^(?:de|da|di|du|del|der|van|von|la|le|bin|al)$/;

/** A front-matter person: "Howard, John" or "John Howard"; an organisation is not one. */
function personEntry(entry: string): string | null {
  // ("author: Vivian.Balakrishnan": a site's author slug, the name's parts joined by a dot.)
  const text = SLUG_NAME.test(entry.trim()) ? entry.trim().replace(/[._]/g, ' ') : entry.trim();
  if (ORGANISATION.test(text) || /\b(?:of|and|for|the)\b/i.test(text)) return null;
  const parts = text.split(',').map((p) => p.trim());
  const ordered = parts.length === 2 ? `${parts[1]} ${parts[0]}` : parts.length === 1 ? parts[0]! : null;
  if (!ordered) return null;
  const words = ordered.split(/\s+/);
  // ("Luis de Guindos": a surname's particle in lower case inside the name.)
  if (words.length < 2 || words.length > 4 || !words.every((w, i) => NAME_WORD.test(w) || (i > 0 && i < words.length - 1 && NAME_PARTICLE.test(w))))
    return null;
  return ordered;
}

/** Whether the label names an office and nobody: "PRIME MINISTER", "PM", "The Treasurer". */
export function isOfficeOnly(label: string): boolean {
  const words = label
    .toLowerCase()
    .replace(/[.:]+$/, '')
    .split(/[\s-]+/)
    .filter((w) => w !== '' && w !== 'the');
  if (words.length === 0 || words.length > 4) return false;
  if (words.length === 1 && (OFFICE_ABBREVIATIONS.has(words[0]!) || OFFICE_TITLES.test(words[0]!))) return true;
  return words.every((w) => TITLE_WORDS.has(w) || OFFICE_TITLES.test(w) || w === 'of' || w === 'for');
}

// Offices that are not in the label words of a name ("Treasurer", "Attorney-General").
const OFFICE_TITLES = /^(?:treasurer|attorney|general|minister|premier|chancellor|president|governor|mayor|leader|speaker|opposition)$/;

/**
 * The full name the principal's label stands for, or null: a surname label whose surname one of
 * the document's people carries, or an office label when the document names its principal.
 */
export function officeHolderName(printedName: string, people: readonly string[], isMainPrincipal: boolean): string | null {
  if (people.length === 0) return null;
  const bare = nameKey(printedName.replace(/[.:]+$/, ''))
    .split(' ')
    .filter((w) => !TITLE_WORDS.has(w) && w !== 'the');
  const surname = bare[bare.length - 1];
  // "BEAZLEY", or "SENATOR PENNY WONG" with the office before the name.
  const match = surname && people.find((p) => nameKey(p).split(' ').pop() === surname && (bare.length === 1 || nameKey(p) === bare.join(' ')));
  if (match) return match;
  return isMainPrincipal && isOfficeOnly(printedName) ? people[0]! : null;
}

/**
 * "Press conference with Jacinda Ardern, Prime Minister of New Zealand": the person the title prints
 * the office after, for a label that is that office ("PRIME MINISTER OF NEW ZEALAND"), or null.
 */
export function appositiveHolder(office: string, title: string | undefined): string | null {
  const of = office.toLowerCase().indexOf(' of ');
  // Only an office "of" somewhere: "CHAIRMAN OBUYA" names its holder already.
  if (!title || of < 0 || !isOfficeOnly(office.slice(0, of))) return null;
  const printed = `, ${office.toLowerCase().replace(/[.:]+$/, '')}`;
  const at = title.toLowerCase().indexOf(printed);
  // The office whole: "…, Prime Minister" is not "…, Prime Minister of New Zealand".
  if (at < 0 || /^[\s]*[\p{L}\d]/u.test(title.slice(at + printed.length))) return null;
  const words = title.slice(0, at).split(/\s+/);
  const name: string[] = [];
  for (let k = words.length - 1; k >= 0 && name.length < 4 && NAME_WORD.test(words[k]!) && !COURTESY.has(words[k]!.toLowerCase().replace(/\.$/, '')); k--)
    name.unshift(words[k]!);
  return name.length >= 2 ? name.join(' ') : null;
}
