// Who is handed the floor: a moderator's or an operator's "Next, Jane Doe of Harbour Radio",
// "Our next question comes from Ravi Menon with Eastgate Capital", a principal's "Darlene
// Okafor, Coastline Daily." — or a reporter introducing themself: "Tomas Berg from the Northern
// Ledger." The named person asks next, for the named outlet.
import { isWord } from './dictionary.ts';
import { isGivenName } from './first-names.ts';
import { hasAtMostWords } from './word-count.ts';
import { CONNECTORS, OFFICE_WORDS, SENTENCE_STARTERS, TITLE_WORDS } from './labels/words.ts';
import {
  CHINESE_MEDIUM_END,
  knownOutletAfter,
  knownOutletAt,
  knownOutletClosing,
  looksLikeOutlet,
  mayOpenKnownOutletAt,
  withoutTimedNotes,
} from './outlets.ts';
import { allMatches, capitalizedRun, matchesAtCapitals, withoutArticle } from './phrases.ts';
import { reporterNamingThemself } from './zh/identity.ts';

export interface NamedAsker {
  name: string;
  outlet: string;
}

// Two to four capitalised words (a name), then ", " or with / from / of / at (the) and the outlet.
// "from the financial newspaper Expansion": the kind of outlet, in lower case, before its name.
// Sticky: tried only where a capital stands (matchesAtCapitals).
const NAME_THEN_OUTLET =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3})(?:[ \t]*\([a-z ]+\))?(?:,[ \t]+(?:the[ \t]+)?|,?[ \t]+(?:with|from|of|at)[ \t]+(?:the[ \t]+|The[ \t]+)?(?:(?:[a-z]+[ \t]+){0,2}(?:newspaper|magazine|paper|daily|weekly|news agency|wire service|broadcaster|channel|radio|station|website)[ \t]+)?)(?=\p{Lu}|\p{N})/uy;
const TWO_CAPITALISED = /[A-Z\u00c0-\u024f][^\s]*[ \t]+[A-Z\u00c0-\u024f]/;
const NOT_NAME_WORDS = new Set([
  // "Thank you, Madam Secretary, Kayla Tausche from CNBC": an address before the name.
  'madam',
  'madame',
  'next',
  'question',
  'line',
  'our',
  'your',
  'first',
  'last',
  'final',
  'go',
  'ahead',
  'okay',
  'ok',
  'good',
  'morning',
  'afternoon',
  'evening',
  'hello',
  'hi',
  'great',
  'sure',
  'yes',
  'hey',
  'merry',
  'happy',
  'christmas',
  'thanks',
  'thank',
  'greetings',
]);
const OUTLET_TAIL = /\s+(?:newspaper|please|here)$/i;

// The Public Papers' editors name whom a president calls on in brackets:
// "Ms. Thomas [Helen Thomas, United Press International]." or "Frank [Frank Cormier, Associated Press]."
// The note may close a sentence that goes on a few words ("Lynn [Lynn Sweet, Chicago Sun-Times], since you've been hollering … make it a good one.").
const BRACKETED_ASKER = /\[(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}),\s+([^\]\n]{2,80})\](?:\.|,[^[\]\n]{1,90}[.!?])?\s*$/u;

/** An editor's note at the end of the text of whom the principal calls on, or null. */
export function bracketedAsker(text: string): NamedAsker | null {
  if (!text.includes('[')) return null; // what BRACKETED_ASKER needs, found without the regex
  // The name before the brackets first: "Omar Reyes [Coastline Radio, Harbour Media Group]" names the station and its group, not a person.
  const outlet = NAME_THEN_BRACKETED_OUTLET.exec(text);
  if (outlet) return { name: outlet[1]!, outlet: outlet[2]!.trim() };
  const m = BRACKETED_ASKER.exec(text);
  return m ? { name: m[1]!, outlet: m[2]!.trim() } : null;
}

// Their newer pages print the name and only the outlet in brackets: "… nicely stated. Steve Holland [Reuters]."
// A few words may follow before the question ("… Steve Holland [Reuters]. Where's Steve? Steve—yes."); the
// name may end the sentence that hands the floor ("… and I will start with Mike Viqueira [NBC News].").
// The brackets may name the station, then its group ("Scott Thuman [WJLA, Sinclair Broadcasting Group]"): the station asks.
const NAME_THEN_BRACKETED_OUTLET =
  /(?:^|[.!?]\s+|\b(?:start|begin) with\s+|\b(?:go|turn) to\s+|\bcall on\s+|\bhear from\s+)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+\[([^\],\n]{2,60})(?:,[^\]\n]{1,60})?\][.,]?(?:\s+[^[\]\n]{1,60})?\s*$/u;

/** The last "Name of Outlet" in the text (the nearest to the next turn), or null. */
export function namedAsker(text: string, window = ASKER_WINDOW): NamedAsker | null {
  // "… a list — Social Security, Medicare, welfare benefits —": speech cut off mid-list hands nobody the floor.
  if (endsInDash(text)) return null;
  const tail = tailOf(text, window);
  // Most turns name nobody: the pattern needs a run of two capitalised words, looked for cheaply first.
  return askerInTail(text, tail, TWO_CAPITALISED.test(tail), window);
}

function endsInDash(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && isBlankChar(text.charCodeAt(end))) end--;
  const c = text.charCodeAt(end);
  return c === 0x2014 || c === 0x2013 || (c === 0x2d && text.charCodeAt(end - 1) === 0x2d);
}

/** namedAsker of the text's tail, told whether TWO_CAPITALISED is in it. */
function askerInTail(text: string, tail: string, twoCapitalised: boolean, window: number): NamedAsker | null {
  // "Steve Holland [Reuters].": the editor's brackets, read as printed (tailOf takes brackets off unsure words).
  const bracketed = bracketedAsker(text.length > window ? text.slice(-window) : text);
  if (bracketed) return bracketed;
  const outletFirst = endsWithCapitalisedWord(tail) && (tail.includes(' to ') || tail.includes(' on ')) ? OUTLET_THEN_FIRST_NAME.exec(tail) : null;
  if (outletFirst && (knownOutletAt(outletFirst[1]!, 0) || looksLikeOutlet(outletFirst[1]!)))
    return { name: outletFirst[2]!, outlet: knownOutletAt(outletFirst[1]!, 0)?.name ?? outletFirst[1]! };
  // "Next up from Stifel is Parker Lane.": the firm first, then who asks for it.
  const firmFirst = tail.includes(' is ') ? FROM_OUTLET_IS_NAME.exec(tail) : null;
  if (firmFirst) return { name: withoutTrailing(firmFirst[2]!, '.'), outlet: firmFirst[1]! };
  if (!twoCapitalised) return firstNameAsker(tail) ?? endingTheTurn(tail, nameThenKnownOutlet(tail));
  let found: NamedAsker | null = null;
  for (const m of matchesAtCapitals(tail, NAME_THEN_OUTLET)) {
    // "I have to prepare Aston Villa, Everton and …": a name after a verb is what it is done to, not whom the floor goes to.
    if (afterOtherWord(tail, m.index)) continue;
    const name = trimName(m[1]!);
    if (!name) continue;
    const outlet = withoutArticle(capitalizedRun(tail, m.index + m[0].length, 6)).replace(OUTLET_TAIL, '');
    // "Mike Price, Mike is a private investor": the name again opens a sentence, not an outlet.
    if (!outlet || NOT_NAME_WORDS.has(outlet.toLowerCase()) || isOffice(outlet) || name.split(' ')[0] === outlet) continue;
    found = { name, outlet };
  }
  return endingTheTurn(tail, found ?? firstNameAsker(tail) ?? nameThenKnownOutlet(tail));
}

const FROM_OUTLET_IS_NAME =
  /\bfrom[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}\d&.'’-]*(?:[ \t]+\p{Lu}[\p{L}\d&.'’-]*){0,4}?)[ \t]+is[ \t]+(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,2})[ \t]*[.!]?$/u;

// "With that, I'll go to the Associated Press. Tara.": the outlet called on, then its reporter's first name.
const OUTLET_THEN_FIRST_NAME =
  /\b(?:go(?:ing)? to|turn to|call on|over to)[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}\d&.'’-]*(?:[ \t]+\p{Lu}[\p{L}\d&.'’-]*){0,4}?)[.,][ \t]+(\p{Lu}\p{Ll}{1,14})[ \t]*[.!?]?$/u;

/** Whether the text's last word opens with a capital ("… Tara."): what OUTLET_THEN_FIRST_NAME needs, found without it. */
function endsWithCapitalisedWord(text: string): boolean {
  let end = text.length;
  while (end > 0 && isTrailing(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isBlankChar(text.charCodeAt(start - 1))) start--;
  const c = text.charCodeAt(start);
  return c >= 0x41 && c <= 0x5a;
}

function isBlankChar(c: number): boolean {
  return isSpaceOrTab(c) || c === 0x0a || c === 0x0d || c === 0xa0;
}

/** A blank or a sentence's end after the last word. */
function isTrailing(c: number): boolean {
  return isBlankChar(c) || c === 0x2e || c === 0x21 || c === 0x3f;
}

// The lowercase words a hand-off names the asker after: "comes from", "go to", "is", "next up", "over to".
const BEFORE_ASKER = new Set([
  'from',
  'to',
  'is',
  'was',
  'with',
  'on',
  'by',
  'and',
  'then',
  'up',
  'next',
  'please',
  'ahead',
  'of',
  'at',
  'hear',
  'recognize',
  'recognise',
  'welcome',
  'ask',
  'thank',
  'thanks',
  'over',
  'call',
  'yes',
  'okay',
  'ok',
  'sir',
  'ma’am',
  "ma'am",
  'here',
  'me',
  'we',
  'have',
  'has',
  'got',
  'take',
  'let’s',
  "let's",
]);

/** Whether the word just before `at` is a lowercase word that no hand-off names an asker after. */
function afterOtherWord(text: string, at: number): boolean {
  const before = /(\p{Ll}[\p{L}'’]*)[ \t]+$/u.exec(text.slice(Math.max(0, at - 30), at));
  // "How about John Roberts, Fox.": the floor offered ("we talked about John Roberts" offers nothing).
  if (before?.[1] === 'about') return !/\b(?:[Hh]ow|[Ww]hat)[ \t]+about[ \t]+$/.test(text.slice(Math.max(0, at - 12), at));
  return before !== null && !BEFORE_ASKER.has(before[1]!);
}

// "First question, Theresa wright, the Canadian press.": a caption's name and outlet in lower case,
// told by the outlet being one presser knows. Sticky: tried at each capital (matchesAtCapitals).
const NAME_COMMA = /(\p{Lu}\p{Ll}+(?:[ \t]+\p{L}[\p{L}'’-]*){1,2}),[ \t]+(?:[Tt]he[ \t]+)?/uy;
const CLAUSE_END = /^[ \t]*(?:[.!?,;:\n]|$)/;

/** The last "Name, known outlet" in the text, name and outlet in any case, or null. */
function nameThenKnownOutlet(text: string, atStartOnly = false): NamedAsker | null {
  if (!mayFollowCommaWithKnownOutlet(text)) return null;
  let found: NamedAsker | null = null;
  for (const m of matchesAtCapitals(text, NAME_COMMA)) {
    if (atStartOnly && m.index > 0) break;
    const outlet = knownOutletAt(text, m.index + m[0].length);
    if (!outlet || !CLAUSE_END.test(text.slice(outlet.end, outlet.end + 3))) continue;
    const name = trimName(m[1]!);
    if (name) found = { name: capitalised(name), outlet: outlet.name };
  }
  return found;
}

/**
 * Whether some comma of the text could be NAME_COMMA's with a known outlet after it: a match ends
 * at ",", then spaces or tabs and a "the"/"The" with its spaces (the pattern takes them when they
 * are there), and the outlet must open right there. Where no comma passes, nameThenKnownOutlet
 * finds nothing, and its pattern is not tried at every capital.
 */
function mayFollowCommaWithKnownOutlet(text: string): boolean {
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    let at = comma + 1;
    if (!isSpaceOrTab(text.charCodeAt(at))) continue;
    while (isSpaceOrTab(text.charCodeAt(at))) at++;
    if (mayOpenKnownOutletAt(text, afterThe(text, at))) return true;
  }
  return false;
}

/** Past a "the" or "The" and the spaces or tabs after it at `at` (as "(?:[Tt]he[ \t]+)?" takes them), or `at`. */
function afterThe(text: string, at: number): number {
  if (!(text.startsWith('the', at) || text.startsWith('The', at)) || !isSpaceOrTab(text.charCodeAt(at + 3))) return at;
  let end = at + 3;
  while (isSpaceOrTab(text.charCodeAt(end))) end++;
  return end;
}

function isSpaceOrTab(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** "Theresa wright" → "Theresa Wright": a name's words with their capitals back. */
function capitalised(name: string): string {
  return name.replace(/(^|[ \t-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

const ASKER_WINDOW = 160;

function tailOf(text: string, window: number): string {
  // "… will go to Jeff Mason.  You should be able to unmute yourself.": the operator's instruction after the name
  // (looked for in the window and the instruction's length before it, not the whole turn: this runs per hand-off).
  const end = text.length > window + INSTRUCTION_REACH ? text.slice(-(window + INSTRUCTION_REACH)) : text;
  const called = end.length > 20 && LINE_INSTRUCTION.test(end) ? end.replace(LINE_INSTRUCTION, '$1') : end;
  const tail = called.length > window ? called.slice(-window) : called;
  // "Next question, Jamie (off microphone).": a transcriber's note after the name is no part of the hand-off.
  const noted = tail.includes('(') ? tail.replace(TRANSCRIBER_NOTE, '') : tail;
  // "Brett Davidson from [Investletter] (Ph)": a name the transcriber was unsure of, in brackets.
  return noted.includes('[') ? noted.replace(UNSURE_WORDS, '$1') : noted;
}

const INSTRUCTION_REACH = 80;
const LINE_INSTRUCTION =
  /([.!?])["”’)]?\s+(?:you should (?:now )?be able to (?:unmute(?: yourself)?|ask your question)(?: now)?|(?:please )?unmute(?: yourself)?|your line is (?:now )?open|you(?:['’]re| are) (?:now )?unmuted|you may (?:now )?ask your question|please go ahead|go ahead,? please)[.!]?\s*$/i;

// Also an earnings call's "(Ph)", "(phonetic)", "(sp?)": a spelling the transcriber was unsure of.
const TRANSCRIBER_NOTE =
  /\s*\((?:off[- ]mic(?:rophone)?|inaudible|unintelligible|crosstalk|indiscernible|no microphone|mic(?:rophone)? off|ph|phonetic|sp\??)\)/gi;
// Square brackets around words with no comma: "[Helen Thomas, United Press International]" is an editor's note, kept.
const UNSURE_WORDS = /\[([^\],\n]{2,60})\]/g;

/**
 * namedAsker, remembered for the turns of one document: the questioners, the cast and the kinds
 * each read the turn before a question. Made per document, so that no transcript outlives it.
 */
export function askerReader(): (text: string) => NamedAsker | null {
  const read = new Map<string, NamedAsker | null>();
  return (text) => {
    // Only a text with two capitalised words reaches the full pattern: the rest cost less to read again than to remember.
    const tail = tailOf(text, ASKER_WINDOW);
    if (!TWO_CAPITALISED.test(tail)) return askerInTail(text, tail, false, ASKER_WINDOW);
    let asker = read.get(text);
    if (asker === undefined) read.set(text, (asker = namedAsker(text)));
    return asker;
  };
}

// A hand-off closes its turn: a name and outlet with a sentence or more after them ("Colton
// Herta, Scott Dixon – I think there are a lot of drivers…") are mentioned, not called on.
const MAX_WORDS_AFTER_HANDOFF = 12;

function endingTheTurn(tail: string, asker: NamedAsker | null): NamedAsker | null {
  if (!asker) return null;
  const at = tail.lastIndexOf(asker.outlet);
  if (at < 0) return asker;
  const after = tail.slice(at + asker.outlet.length).trim();
  return after === '' || after.split(/\s+/).length <= MAX_WORDS_AFTER_HANDOFF ? asker : null;
}

// "The next question comes from Adam at Harbour Bank.": a first name alone, then the firm.
// Also "goes to Trevor of Reuters", "If I may invite Shintomi-san of Kyodo News", "Mr. Sugimoto, with Sankei",
// "How about Ben with ABC", "the next question is from the line of Saurabh from JP Morgan".
const FIRST_NAME_THEN_OUTLET =
  /(?:\b(?:from|to|invite|recognize|call on|[Hh]ow about|line of)[ \t]+(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?|\b(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)(\p{Lu}[\p{Ll}'’-]+),?[ \t]+(?:at|from|with|of)[ \t]+(?:the[ \t]+)?(?=\p{Lu})/gu;
// Every match of FIRST_NAME_THEN_OUTLET holds one of these: a cheap test first spares most tails its scan.
const FIRST_NAME_LINK = /[ \t](?:at|from|with|of)[ \t]/;
// "I'll begin by recognizing the Associated Press."
const RECOGNIZING = /\brecogni[sz](?:e|ing)[ \t]+(?:the[ \t]+)?(?=\p{Lu})/gu;

/** An outlet a principal calls on by name alone ("I'll begin by recognizing the Associated Press"), or null. */
export function outletRecognized(text: string): string | null {
  if (!text.includes('recogni')) return null; // what RECOGNIZING needs, found without the regex
  let found: string | null = null;
  for (const m of allMatches(text, RECOGNIZING)) {
    const outlet = withoutArticle(capitalizedRun(text, m.index + m[0].length, 6));
    if (outlet && !isOffice(outlet)) found = outlet;
  }
  return found;
}

// "first question, Toronto sun.", 'Last question, "the globe and mail". line open.': an operator names the outlet whose line opens.
const ORDINAL_QUESTION_OUTLET =
  /\b(?:first|next|last|final|following) question,?[ \t]+(?:(?:is[ \t]+)?from[ \t]+)?["“]?(?:the[ \t]+)?([^.,;:?!"”\n]{2,40}?)["”]?[ \t]*(?:[.\n]|$)/giu;

/** The outlet an operator calls for the next question by its name alone, or null (a name is no outlet). */
export function outletCalledOn(text: string): string | null {
  if (!/question/i.test(text)) return null;
  let found: string | null = null;
  for (const m of allMatches(text, ORDINAL_QUESTION_OUTLET)) {
    const candidate = m[1]!.trim();
    const known = knownOutletAt(candidate, 0);
    if (known && known.end >= candidate.length) found = known.name;
  }
  return found;
}

// "Hello, Prime Minister. CTV national news. You took a knee …": a reporter says the outlet alone, a sentence of its own.
const SENTENCES_OPENING = /[^.!?\n]+[.!?]?/g;

/** The known outlet a reporter names alone in one of the first sentences of the question, or null. */
export function outletStated(text: string): string | null {
  let read = 0;
  for (const m of text.slice(0, 200).matchAll(SENTENCES_OPENING)) {
    const sentence = m[0]
      .trim()
      .replace(/[.!?]$/, '')
      .trim();
    if (sentence === '') continue;
    const known = sentence.length <= 40 ? knownOutletAt(sentence, 0) : null;
    if (known && known.end >= sentence.length) return known.name;
    if (++read === 3) break;
  }
  return null;
}

// A given name the human-names lists lack, also a word (isNameToo asks them for the rest).
const NAMES_TOO = new Set(['bud']);

function firstNameAsker(tail: string): NamedAsker | null {
  if (!FIRST_NAME_LINK.test(tail)) return null;
  let found: NamedAsker | null = null;
  for (const m of allMatches(tail, FIRST_NAME_THEN_OUTLET)) {
    const name = m[1]!;
    // A first name may also be a word that starts sentences ("Will from Truist"): between "from"
    // and "at"/"from" a firm, it can only be the name.
    const lower = name.toLowerCase();
    if (NOT_NAME_WORDS.has(lower) || TITLE_WORDS.has(lower) || (SENTENCE_STARTERS.has(lower) && !isNameToo(lower))) continue;
    const outlet = withoutArticle(capitalizedRun(tail, m.index + m[0].length, 6)).replace(OUTLET_TAIL, '');
    if (outlet && !NOT_NAME_WORDS.has(outlet.toLowerCase()) && !isOffice(outlet)) found = { name, outlet };
  }
  return found ?? sentenceOfFirstNameAndOutlet(tail);
}

// "Thank you. Jonnelle at Reuters.": a press officer's hand-off, a first name and the outlet as a sentence of their own.
const FIRST_NAME_AT_OUTLET_SENTENCE = /(?:^|[.!?][ \t]+)(\p{Lu}\p{Ll}+)[ \t]+(?:at|from|with)[ \t]+(?:the[ \t]+)?(?=\p{Lu})/gu;

function sentenceOfFirstNameAndOutlet(tail: string): NamedAsker | null {
  let found: NamedAsker | null = null;
  for (const m of allMatches(tail, FIRST_NAME_AT_OUTLET_SENTENCE)) {
    const name = m[1]!;
    const lower = name.toLowerCase();
    if (NOT_NAME_WORDS.has(lower) || TITLE_WORDS.has(lower) || (SENTENCE_STARTERS.has(lower) && !isNameToo(lower))) continue;
    const outlet = withoutArticle(capitalizedRun(tail, m.index + m[0].length, 6)).replace(OUTLET_TAIL, '');
    // Only a medium: "Thank you. Ruth from Finance." names a department, not an outlet.
    if (outlet && looksLikeOutlet(outlet)) found = { name, outlet: knownOutletAt(outlet, 0)?.name ?? outlet };
  }
  return found;
}

// "Next up, we'll go to the line of Dustin Volz.", "I'll call on Mara Quist." — a name ends the hand-off.
const CALLED_ON =
  /(?:\bline of|\bquestions? from|\bgo(?:es)?(?:[ \t]+(?:first|next|now))? to|\bturn to|\bcall on|\bhear from|\bcomes? from|\b[Nn]ext up,?|\b[Nn]ext,|\b[Nn]ext to|\b[Gg]o ahead,?|\bover to)[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})[ \t]*[.!]?[ \t]*$/u;

const FULL_NAME_SENTENCE_AT_END = /(?:^|[.!?][ \t]+)(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})[ \t]*[.!]?[ \t]*$/u;

const LINE_OF = /\bline of[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})(?=[ \t]*[,.])/u;

const NAME_THEN_WORDS =
  /^(?:(?:Last|Final|Next) question[.,]?[ \t]+)?(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?:[.,]|[ \t]+--|[ \t]*[—–])[ \t]+(?=(?:[Yy]es|[Yy]eah|[Oo]k(?:ay)?|[Gg]o ahead|[Pp]lease|[Ss]ure|[Ss]ince|[Tt]hen|[Yy]ou['’]re (?:next|up)|[Hh]ow (?:are|you))\b)/u;

const POSSESSIVE_LINE = /['’]s line[.!]?$/;
const ECHOED = /^(?:To|With|About|For|From|And|Or|By|Of|On|In|At|Like|Than|Not|Even|Only|Just)[ \t]/;

// "Nadia, go ahead.", "Nick Schifrin.": a moderator's whole turn is the name, perhaps with "go ahead".
// "Mike, why don't you go ahead.": the floor offered.
const NAME_THEN_GO_AHEAD =
  /^(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})(?:,?[ \t]+(?:go ahead|please|you['’]re next|you['’]re up|why don['’]t you (?:go ahead|start|kick (?:us|it) off)))?[ \t]*[.!?]?$/u;

/**
 * The reporter a hand-off calls on by name alone (no outlet), or null. A moderator's whole turn may
 * be a name that is also a word ("Marina.", "Christian."); anyone else's is then an answer ("Tomorrow.").
 */
export function nameCalledOn(text: string, byModerator = false): string | null {
  // "Let's go to Luis Rojas's line.": the line is the reporter's.
  const tail = tailOf(text, 160).trimEnd().replace(POSSESSIVE_LINE, '.');
  const m = CALLED_ON.exec(tail);
  if (m) return trimName(m[1]!);
  // "The next question is from the line of Parth Agarwal, an individual investor, please go ahead.": the line's caller.
  const line = LINE_OF.exec(tail);
  if (line) return trimName(line[1]!);
  // A bilingual turn ends in the translation: its first paragraph is the hand-off as spoken.
  const newline = text.indexOf('\n');
  const opening = (newline < 0 ? text : text.slice(0, newline)).trim();
  // Or the turn's last paragraph: "… And America is back." over "Christian Datoc.".
  const closing = newline < 0 ? '' : text.slice(text.lastIndexOf('\n') + 1).trim();
  for (const paragraph of closing === '' ? [opening] : [opening, closing]) {
    const whole = paragraph.length <= 60 ? NAME_THEN_GO_AHEAD.exec(paragraph) : null;
    // ("To Anita Hill?": a name echoed back with a preposition before it asks, and calls on nobody.)
    if (!whole || ECHOED.test(whole[1]!)) continue;
    const name = whole[1]!;
    if (name.includes(' ')) return trimName(name);
    if (isCalledName(name, byModerator)) return name;
  }
  // "Toby. Yes, we'll get everybody.", "Jake, yes.", "Michael Allen -- yes, Michael Allen.": the name first, then
  // the words that give the floor ("Lena, congratulations …" addresses the guest, and calls on nobody).
  const first = opening.length <= 80 ? NAME_THEN_WORDS.exec(opening) : null;
  if (first && hasAtMostWords(opening, 12)) {
    const name = first[1]!;
    if (name.includes(' ') ? trimName(name) === name : isCalledName(name)) return name;
  }
  const firstThen = FIRST_THEN.exec(tail);
  if (firstThen && isCalledName(firstThen[1]!, true)) return firstThen[1]!;
  // "Geoff. Then Katie. And then we have to wrap it up …": the floor given in turn, before more words.
  const inTurn = NAME_THEN_NEXT.exec(opening);
  if (inTurn && isCalledName(inTurn[1]!)) return inTurn[1]!;
  // "Okay. Aamer, go ahead.": the name, then the floor given, ends the turn.
  const goAhead = NAME_GO_AHEAD_AT_END.exec(tail);
  if (goAhead && isCalledName(goAhead[1]!)) return fullerName(tail, goAhead[1]!) ?? goAhead[1]!;
  // "Thank you. Hannah Lang.": a press officer's hand-off, a full name as a sentence of its own.
  // A press secretary's answer ends the same way ("… the Senate operates. John Gizzi."): a given name opens it.
  const fullAlone = FULL_NAME_SENTENCE_AT_END.exec(tail);
  if (fullAlone && (byModerator || isGivenName(fullAlone[1]!.split(/[ \t]/, 1)[0]!.toLowerCase())) && trimName(fullAlone[1]!) === fullAlone[1])
    return fullAlone[1]!;
  // "Go ahead, Priya.", "Next question, Jamie.", "… American side. Dave.", "Dezhi?": a first name alone ends the hand-off.
  const last = FIRST_NAME_CALLED.exec(tail);
  if (!last) return null;
  const name = last[1]!;
  // "Alan, then Tony.", "Abdelhamid, then Joe, then Dezhi.", "Last question, Sam.": names in turn, or a name after the words that
  // give the floor, are names, whatever else the words may be.
  if (!isCalledName(name, /\bthen[ \t]+\p{Lu}/u.test(last[0]) || FLOOR_WORDS.test(last[0]))) return null;
  // "Our next question will go to David Alandete. Operator, please open line 95. David.": the full name said before.
  return fullerName(tail, name) ?? name;
}

/** "David Alandete" where the text names David in full before calling him by his first name, or null. */
function fullerName(text: string, given: string): string | null {
  const m = new RegExp(`\\b${given}[ \\t]+(\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+)?)(?=[ \\t]*[.,;!?]|[ \\t]+(?:of|from|with)\\b)`, 'u').exec(text);
  if (!m) return null;
  const full = trimName(`${given} ${m[1]!}`);
  return full && full.includes(' ') ? full : null;
}

/** A given name that is also a word ("Will", "Grace", "Roger", "Ben"): a name where one is called. */
function isNameToo(lower: string): boolean {
  return NAMES_TOO.has(lower) || isGivenName(lower);
}

// "Nice to see you, Joe.", "Thanks, Joe.", "Thank you, Farnaz, for the question.": the answer opens on the asker's first name.
const GREETS_BY_NAME =
  /^\s*(?:(?:thank you|thanks|nice to see you|good to see you|welcome back|hi|hello)(?: (?:very much|so much|again|too|all))?),?\s+(\p{Lu}\p{Ll}{1,14})(?=[.,!?;:—–]|\s+for\b)/iu;

/** The first name an answer greets its asker by as it opens, or null. */
export function greetedAsker(answer: string): string | null {
  const m = GREETS_BY_NAME.exec(answer.slice(0, 80));
  return m && /^\p{Lu}/u.test(m[1]!) && isCalledName(m[1]!) ? m[1]! : null;
}

/** A first name called alone: not a word of a sentence (unless `wordsToo`), a title, an interjection or an outlet's name. */
function isCalledName(name: string, wordsToo = false): boolean {
  const lower = name.toLowerCase();
  if (NOT_NAME_WORDS.has(lower) || TITLE_WORDS.has(lower) || SENTENCE_STARTERS.has(lower) || INTERJECTIONS.has(lower)) return false;
  if (!wordsToo && isWord(lower) && !isNameToo(lower)) return false;
  return !knownOutletAt(name, 0);
}

// Words a moderator says alone that name nobody (beyond NOT_NAME_WORDS and SENTENCE_STARTERS).
const INTERJECTIONS = new Set([
  'yeah',
  'right',
  'alright',
  'fine',
  'correct',
  'exactly',
  'absolutely',
  'indeed',
  'sorry',
  'excellent',
  'perfect',
  'wonderful',
  'questions',
  'anyone',
  'anybody',
  'everyone',
  'back',
]);

// "Dezhi?", "Alan, then Tony.", "Questions? Lena, please.": the name called first is the next asker's.
const FIRST_NAME_CALLED =
  /(?:^|[.!?]\s+|\b(?:[Gg]o ahead|[Nn]ext question|[Ll]ast question|[Nn]ext|[Yy]es|[Yy]eah|[Pp]lease|[Oo]ver to you),?[ \t]+)(\p{Lu}\p{Ll}{1,14})(?:,?[ \t]+(?:and[ \t]+)?then[ \t]+\p{Lu}\p{Ll}{1,14}){0,3}(?:,?[ \t]+please)?[ \t]*[.!?]?$/u;
// "Abdelhamid first, and then we'll go to Evelyn.": the first called on asks now, the other after.
const FIRST_THEN =
  /(?:^|[.!?][ \t]+)(\p{Lu}\p{Ll}{1,14})[ \t]+first,?[ \t]+(?:and[ \t]+)?then[ \t]+(?:(?:we['’]ll|we will)[ \t]+go[ \t]+to[ \t]+|to[ \t]+)?\p{Lu}\p{Ll}{1,14}[ \t]*[.!?]?$/u;

const NAME_THEN_NEXT = /^(\p{Lu}\p{Ll}{1,14})\.[ \t]+(?:And[ \t]+)?[Tt]hen[ \t]+\p{Lu}\p{Ll}{1,14}[.!](?:[ \t]|$)/u;
const NAME_GO_AHEAD_AT_END = /(?:^|[.!?][ \t]+)(\p{Lu}\p{Ll}{1,14}),?[ \t]+(?:please[ \t]+)?go ahead[ \t]*[.!]?$/u;

const FLOOR_WORDS = /\b(?:[Gg]o ahead|[Nn]ext question|[Ll]ast question|[Oo]ver to you|[Yy]eah),/;

// "My name is …", "I'm …", "this is …": words that introduce a name.
const INTRODUCING = /(?:\b(?:is|am|here)|['’]m)[ \t]+$/i;

// "adversaries, North Korea, Russia, …": a name after a common word and a comma, with more of the list after it.
const LISTED_AFTER = /(?:^|[ \t])(\p{Ll}+),[ \t]+$/u;
const LIST_GOES_ON = /^,[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?,[ \t]+\p{Lu}/u;
// ("okay, thanks, John Smith with …": the words a reporter opens with, before their name.)
const GREETING_WORDS = new Set([
  'thanks',
  'thank',
  'you',
  'yes',
  'yeah',
  'hi',
  'hello',
  'hey',
  'okay',
  'ok',
  'sir',
  'please',
  'so',
  'well',
  'again',
  'morning',
  'afternoon',
  'evening',
  'everyone',
  'everybody',
  'all',
  'guys',
  'folks',
]);

/** A reporter's own "Amanda Reyes from the Harbour Times" near the start of a question. */
export function selfIntroduction(text: string): NamedAsker | null {
  // (A text layer's line breaks inside the introduction, "Brian Cheung with\n\nYahoo Finance.", are spaces.)
  const start = text.slice(0, 120);
  const head = start.includes('\n') ? start.replace(/[ \t]*\n\s*/g, ' ') : start;
  // "天下雜誌記者黃亦筠請問：…": a Chinese reporter names outlet and self as they ask.
  const zh = head.includes('记者') || head.includes('记者') ? reporterNamingThemself(head) : null;
  if (zh) return { name: zh.name, outlet: zh.outlet };
  if (!TWO_CAPITALISED.test(head)) return nameThenKnownOutlet(head.trimStart(), true);
  for (const m of matchesAtCapitals(head, NAME_THEN_OUTLET)) {
    // A reporter names themself where a sentence starts, not mid-sentence ("the expulsion by the
    // Soviet Union of Alexander …").
    const before = head.slice(Math.max(0, m.index - 20), m.index);
    if (/\p{Ll}[ \t]+$/u.test(before) && !INTRODUCING.test(before)) continue;
    // (Nor in a list after a common word: "events from adversaries, North Korea, Russia, China and Iran".)
    const listed = LISTED_AFTER.exec(before);
    if (listed && !GREETING_WORDS.has(listed[1]!) && LIST_GOES_ON.test(head.slice(m.index + m[1]!.length))) continue;
    const name = trimName(m[1]!);
    if (!name) continue;
    const at = m.index + m[0].length;
    // "Ed Conway from Sky news.", "Ashley Armstrong from The Sun.": an outlet presser knows, as it is known.
    // (The name as printed where it runs longer: "NPR News", "Fox Business Network".)
    const printed = withoutArticle(capitalizedRun(head, at, 6)).replace(OUTLET_TAIL, '');
    const known = knownOutletAfter(head, at, m[0]);
    const outlet = known && known.end >= at + printed.length ? known.name : printed;
    // (An outlet presser knows is no office, whatever its first word: "Press Trust of India".)
    if (outlet && !NOT_NAME_WORDS.has(outlet.toLowerCase()) && (outlet === known?.name || !isOffice(outlet))) return { name, outlet };
  }
  // "Steve Sedgwick CNBC. A couple of quick questions.": a name, then a known outlet, with nothing between.
  return nameThenKnownOutlet(head.trimStart(), true) ?? nameBesideKnownOutlet(head) ?? statedIntroduction(head) ?? firstNameIntroduction(head);
}

// "Al Jazeera I'm Step Vaessen from Al Jazeera English.": the words that introduce the name, wherever they stand.
const STATED_INTRODUCTION =
  /\b(?:I['’]m|I am|[Tt]his is|[Mm]y name is)[ \t]+(\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}),?[ \t]+(?:from|with|of)[ \t]+(?:the[ \t]+|The[ \t]+)?(?=\p{Lu})/u;

function statedIntroduction(head: string): NamedAsker | null {
  const m = head.includes(' ') ? STATED_INTRODUCTION.exec(head) : null;
  if (!m) return null;
  const at = m.index + m[0].length;
  const known = knownOutletAfter(head, at, m[0]);
  const outlet = known?.name ?? withoutArticle(capitalizedRun(head, at, 6)).replace(OUTLET_TAIL, '');
  const name = trimName(m[1]!);
  return name && outlet && !isOffice(outlet) && (known || looksLikeOutlet(outlet)) ? { name, outlet } : null;
}
const NAME_BESIDE_OUTLET = /^\s*(\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{L}'’-]+)[ \t]+(?=\p{Lu})/u;

function nameBesideKnownOutlet(head: string): NamedAsker | null {
  const m = NAME_BESIDE_OUTLET.exec(head);
  const outlet = m ? knownOutletClosing(head, m[0].length) : null;
  const name = outlet ? trimName(m![1]!) : null;
  return name && outlet ? { name, outlet } : null;
}

// "Sir, Rohan from Delta News.", "Hi, this is Meera from the Daily Courier.": a first name alone and the outlet.
const FIRST_NAME_FROM =
  /(?:^\s*|[.!?,][ \t]+|\b(?:this is|I am|I['’]m|my name is)[ \t]+)(\p{Lu}\p{Ll}{1,14})[ \t]+(?:from|with|of)[ \t]+(?:the[ \t]+|The[ \t]+)?(?=\p{Lu})/u;

function firstNameIntroduction(head: string): NamedAsker | null {
  const m = FIRST_NAME_FROM.exec(head);
  if (!m || !isCalledName(m[1]!, /\b(?:is|am|m)[ \t]+$/.test(m[0].slice(0, m[0].indexOf(m[1]!))))) return null;
  const outlet = withoutArticle(capitalizedRun(head, m.index + m[0].length, 6)).replace(OUTLET_TAIL, '');
  if (!outlet || isOffice(outlet) || !(knownOutletAt(outlet, 0) || looksLikeOutlet(outlet))) return null;
  return { name: m[1]!, outlet };
}

// "Q: (Julien Billiotte – AutoHebdo) Two-fold question …": the editors name the reporter and outlet.
const BRACKETED_AT_START = /^\s*\((\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3})[ \t]*(?:[–—-]|,)[ \t]*([^()\n]{2,60}?)[ \t]*\)/u;

/** The reporter and outlet bracketed at the start of a question, or null. */
export function bracketedAtStart(text: string): NamedAsker | null {
  if (!text.startsWith('(') && !/^\s+\(/.test(text)) return null;
  const m = BRACKETED_AT_START.exec(text);
  return m ? { name: m[1]!, outlet: m[2]!.trim() } : null;
}

// "I'm from RIA Novosti.", "We are with Harbour Radio": a reporter who gives the outlet and no name.
// Also "Hi, this is Ana Lima with AFP.", "this is [inaudible] with AFP": a name the outlet follows.
const OUTLET_ONLY_INTRODUCTION =
  /(?:^\[[^\]\n]{1,40}\][ \t]+(?:from|with)|\b(?:(?:I['’]m|I am|[Ww]e['’]re|[Ww]e are)[ \t]+(?:from|with)|I (?:represent|work for)|I['’]m (?:here )?(?:representing|for)|[Tt]his is[ \t]+(?:\[[^\]\n]{1,40}\]|\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}|inaudible)[ \t]+(?:from|with)))[ \t]+(?:the[ \t]+)?(?=\p{Lu})/u;
// ("[Inaudible] from Fairfax in New Zealand, …": a name the transcriber could not catch, then the outlet.)
// "RIA Novosti. A question for …": the outlet alone, as the question's first sentence.
// ("Interfax agency.", "Rossiya TV channel.": the kind of outlet after its name, in lower case.)
const OUTLET_FIRST =
  /^(\p{Lu}[\p{L}\d&'’-]*(?:[ \t]+\p{Lu}[\p{L}\d&'’-]*){0,4})([ \t]+(?:news[ \t]+)?(?:agency|newspaper|channel|radio|television|magazine|daily|news|website|wire))?\.(?:\s|$)/u;

/** The outlet a reporter names near the start of a question without naming themself, or null. */
export function outletIntroduced(text: string): string | null {
  const head = withoutTimedNotes(text.slice(0, 160));
  const first = OUTLET_FIRST.exec(head);
  if (first && !isOffice(first[1]!) && !SENTENCE_STARTERS.has(first[1]!.split(/[ \t]/)[0]!.toLowerCase()) && !NOT_NAME_WORDS.has(first[1]!.toLowerCase())) {
    const words = first[1]!.split(/[ \t]+/);
    // One word must say it is an outlet, or two at least name one ("Deutsche Presse-Agentur").
    // (Or its kind follows it: "Tidewater agency.")
    if (first[2] || looksLikeOutlet(first[1]!) || (words.length >= 2 && !words.some((w) => TITLE_WORDS.has(w.toLowerCase())))) return first[1]!;
  }
  const m = OUTLET_ONLY_INTRODUCTION.exec(head);
  if (!m) return knownOutletAsClause(head) ?? chineseOutletIntroduced(head);
  const outlet = withoutArticle(capitalizedRun(head, m.index + m[0].length, 6)).replace(OUTLET_TAIL, '');
  return outlet && !NOT_NAME_WORDS.has(outlet.toLowerCase()) && !isOffice(outlet) ? outlet : null;
}

// "各位好，我是TVBS的记者", "我是港湾日报记者": a reporter's outlet as they introduce themself.
const CHINESE_REPORTER_OF = /^[^。？！?]{0,12}?我是([^，。！？?\s的]{2,16}?)的?(?:记者|主播|编辑|特派员)/u;
// "自由时报，您刚刚提到…": the outlet alone before the question, as reporters name it.
const CHINESE_OUTLET_FIRST = /^\s*([^，。！？?\s]{2,10}?)\s*[，,]/u;

/** The outlet a Chinese question opens with, by the reporter's introduction or its name alone, or null. */
function chineseOutletIntroduced(head: string): string | null {
  const reporter = CHINESE_REPORTER_OF.exec(head)?.[1];
  if (reporter && (looksLikeOutlet(reporter) || CHINESE_MEDIUM_END.test(reporter))) return reporter;
  const first = CHINESE_OUTLET_FIRST.exec(head)?.[1];
  return first && knownOutletAt(first, 0)?.end === first.length ? first : null;
}

// Where a clause of the question's first sentence may start: its start, or after ", ".
const CLAUSE_START = /(?:^|,[ \t]+)(?:[Tt]he[ \t]+)?/g;

/** "Hi, Prime Minister, global news.": a known outlet, in any case, as a clause of its own in the first sentence. */
function knownOutletAsClause(head: string): string | null {
  const sentence = /^[^.!?\n]*[.!?\n]?/.exec(head.trimStart())![0];
  // CLAUSE_START matches at the start and at each comma with spaces after it: where no known
  // outlet can open at any of those places, the matches are not gathered.
  if (!mayOpenKnownOutletAt(sentence, afterThe(sentence, 0)) && !mayFollowCommaWithKnownOutlet(sentence)) return null;
  for (const m of allMatches(sentence, CLAUSE_START)) {
    const outlet = knownOutletAt(sentence, m.index + m[0].length);
    if (outlet && /^[ \t]*(?:[.!?,\n]|$)/.test(sentence.slice(outlet.end))) return outlet.name;
  }
  return null;
}

/** "Vice President of Investor Relations", "Chief Financial Officer": a post after the name, not an outlet. */
function isOffice(run: string): boolean {
  const first = run.split(' ')[0]!.toLowerCase();
  return TITLE_WORDS.has(first) || OFFICE_WORDS.has(first) || /\b(?:officer|relations)\b/i.test(run);
}

/** The name words of a run: leading sentence words, greetings and offices dropped; two words at least. */
function trimName(run: string): string | null {
  let words = run.split(/[ \t]+/);
  // "Karen. Karen Travers", "Powell. Evan Reiser": a sentence ends inside the run, the name is after it
  // (only an initial, "J.", may end in a dot within a name).
  const sentenceEnd = words.slice(0, -1).findLastIndex((w) => w.endsWith('.') && LETTERS_THEN_DOT.test(w));
  if (sentenceEnd >= 0) words = words.slice(sentenceEnd + 1);
  while (words.length > 0) {
    const lower = withoutTrailing(words[0]!.toLowerCase(), ".,’'");
    // "Will Mauldin": a given name a sentence may open with, before a capitalised surname, is the name.
    if (words.length === 2 && isNameToo(lower) && /^\p{Lu}/u.test(words[0]!) && /^\p{Lu}\p{Ll}/u.test(words[1]!)) break;
    if (
      SENTENCE_STARTERS.has(lower) ||
      NOT_NAME_WORDS.has(lower) ||
      TITLE_WORDS.has(lower) ||
      lower === 'it’s' ||
      lower === "it's" ||
      lower === 'i’m' ||
      lower === "i'm"
    )
      words.shift();
    else break;
  }
  // "Luca Di Leo": a particle in capitals between two names is part of the name; a connector otherwise is not.
  const particle = (w: string, k: number) => k > 0 && k < words.length - 1 && /^\p{Lu}\p{Ll}{1,2}$/u.test(w);
  if (words.length < 2 || words.some((w, k) => (CONNECTORS.has(w.toLowerCase()) && !particle(w, k)) || NOT_NAME_WORDS.has(w.toLowerCase()))) return null;
  const name = words.join(' ');
  return name.endsWith('.') || name.endsWith(',') ? name.slice(0, -1) : name;
}

const LETTERS_THEN_DOT = /\p{L}{2}\.$/u;

/** The word without any of `marks` at its end: a character test, where a /…+$/ pattern would try every position. */
function withoutTrailing(word: string, marks: string): string {
  let end = word.length;
  while (end > 0 && marks.includes(word.charAt(end - 1))) end--;
  return end === word.length ? word : word.slice(0, end);
}

/** The surname of a name, for matching "Eric Sheridan" (handed the floor) with "Eric James Sheridan:" (the label). */
export function sameSurname(a: string, b: string): boolean {
  const words = (name: string) => name.toLowerCase().split(/\s+/);
  const [wa, wb] = [words(a), words(b)];
  const last = wa[wa.length - 1] ?? '';
  if (last !== '' && last === wb[wb.length - 1]) return true;
  // "Adam at Harbour Bank": a hand-off that gives only the first name of "Adam Michael Jonas",
  // or its short form ("Will from Truist" for "William Stein").
  return wa.length === 1 && wb.length > 1 && (last === wb[0] || (last.length >= 3 && wb[0]!.startsWith(last)));
}
