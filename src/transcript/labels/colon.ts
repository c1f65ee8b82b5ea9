// "Name: text" — a person, an outlet or "Jane Doe, Reuters" before a colon. Also accepts the
// Markdown forms "**Name:** text" and "**Name**: text", and the anonymous "Q:" / "A:".
import { isFieldLabel, isNameLike, METADATA_KEYS, OFFICE_WORDS, OUTLET_POST_NAME, OUTLET_WORDS, withoutLabelNote } from './words.ts';
import { CJK } from '../types.ts';
import { knownOutlet } from '../outlets.ts';
import { label, labelFrom, LABEL_WINDOW, labelStart, QA_DASH, qaDashLabel, type LabelConvention, type ParsedLabel } from './types.ts';

// "MAKOTO KANEKO: An Interview Conducted by Selma Sabanovic …": an oral history's title line, naming its subject.
const INTERVIEW_TITLE = /^\s*(?:an?|the)\s+(?:oral history|interview)\s+(?:conducted|with|by)\b/i;
// Words spoken after a label, not a field's value: a sentence's end or a question's, or many words.
const SPOKEN_AFTER = /[.?!…]["'’”)]?\s*$|[.?!]\s+\S|(?:\S+\s+){7}\S/u;
const STAGE_DIRECTION =
  /^(?:speaking|in (?:english|french|spanish|german|chinese|mandarin|russian|arabic)|interpret|translat|inaudible|unintelligible|crosstalk|cross-talk|laughter|applause|music|silence|end of|beginning of|foreign language|off[- ]mic)/i;
// "chihao", "adam3us", "qx()": a chat or stream handle, lower case as printed.
const HANDLE = /^[\p{Ll}\d][\p{Ll}\d_.()-]{1,29}$/u;
const ANONYMOUS = new Set([
  'q',
  'question',
  'a',
  'answer',
  'reporter',
  'journalist',
  'correspondent',
  'audience',
  'audience member',
  // A call's transcript names a voice it could not place so: "Unknown speaker: It does, thank you."
  'unknown speaker',
  'unidentified speaker',
  'unidentified analyst',
  'unidentified participant',
  'unidentified company representative',
]);

export const colonLabels: LabelConvention = {
  name: 'colon-labels',
  parse(line: string): ParsedLabel | null {
    let start = labelStart(line);
    // A label starts with a capital (or Markdown emphasis); most lines of prose do not.
    const first = line.charCodeAt(start);
    if (first >= 0x61 && first <= 0x7a) return null;
    // "Q — How many …?", "A — About one in ten.": the marks set off by a dash.
    if (first === 0x51 || first === 0x41) {
      const dashed = qaDashLabel(line.slice(start));
      if (dashed) return dashed;
    }
    // "Q：…" / "A：…" with a full-width colon among "Q:" lines: a page typed in two keyboards prints both.
    if ((first === 0x51 || first === 0x41) && line.charCodeAt(start + 1) === 0xff1a /* ： */)
      return label(first === 0x51 ? 'Q' : 'A', line.slice(start + 2), first === 0x51 ? { selfEvident: true } : { needsRecurrence: true });
    // "Q. Mr. President, …" among "Q:" lines: the Public Papers print both.
    if (first === 0x51 /* Q */ && line.charCodeAt(start + 1) === 0x2e /* . */ && Q_PERIOD.test(line.slice(start, start + 4)))
      return label('Q', line.slice(start + 2), { selfEvident: true });
    // "A. Twenty at first …": the answer's mark beside "Q.", read where it recurs (a list's "A." does not).
    // ("A. Krishnan: …" is an initial and a surname, a name's label.)
    if (
      first === 0x41 /* A */ &&
      line.charCodeAt(start + 1) === 0x2e /* . */ &&
      Q_PERIOD.test(`Q${line.slice(start + 1, start + 4)}`) &&
      !INITIALLED_NAME.test(line.slice(start + 2, start + 2 + LABEL_WINDOW))
    )
      return label('A', line.slice(start + 2), { needsRecurrence: true });
    // "**Q** Thanks, Dana.", "**Q.** And …", "*Q* …": the question's mark in bold or italics, its colon lost.
    if (first === 0x2a /* * */ || first === 0x5f /* _ */) {
      // "**Q. Who was your Finals MVP?**": the question set wholly in bold, its mark and all.
      const wholly = WHOLLY_EMPHASISED_Q.exec(line.slice(start, start + 8));
      if (wholly) return label('Q', line.slice(start + wholly[0].length).replace(/(?:\*\*|__)\s*$/, ''), { selfEvident: true });
      const marked = EMPHASISED_Q.exec(line.slice(start, start + 8));
      if (marked) return label('Q', line.slice(start + marked[0].length), { selfEvident: true });
    }
    // "[Ana Lima]: …": a transcriber's label in brackets.
    if (first === 0x5b /* [ */) {
      const close = line.indexOf(']', start);
      if (close > start + 1 && close < start + LABEL_WINDOW && line.charCodeAt(close + 1) === 0x3a /* : */) {
        const inner = line.slice(start + 1, close).trim();
        // "[Speaking French]:", "[Inaudible]:": a transcriber's note, nobody's name.
        if (STAGE_DIRECTION.test(inner)) return null;
        // "[chihao]: …": a handle in brackets is a label as printed, lower case and all.
        if (HANDLE.test(inner)) return label(inner, line.slice(close + 2));
        const parsed = colonLabels.parse(`${inner}:${line.slice(close + 2)}`);
        return parsed;
      }
    }
    const emphasis = line.startsWith('**', start) || line.startsWith('__', start);
    if (emphasis) start += 2;
    // "*Reporter*: …", "_Ana Lima:_ …": a label in italics.
    const italic = !emphasis && isItalicMark(line, start);
    if (italic) start += 1;
    const colon = findColon(line, start);
    // "**EDWARD LAWRENCE** Thank you, …", "**JEAN YUNG.** Hi …": a name in bold capitals, its colon lost.
    if (emphasis && (colon < 0 || !line.startsWith('**', colon + 1))) {
      const bold = boldCapitalsName(line, start);
      if (bold) return bold;
    }
    if (colon < 0) return null;
    let after = colon + 1;
    if (italic && (line.charCodeAt(after) === 0x2a || line.charCodeAt(after) === 0x5f)) after += 1;
    const closedAtColon = line.startsWith('**', after) || line.startsWith('__', after) || (colon - start >= 2 && line.startsWith('**', colon - 2));
    if (emphasis && (line.startsWith('**', after) || line.startsWith('__', after))) after += 2;
    const next = line.charCodeAt(after);
    // "10:30", "http://", "ratio 3:1" and "word:word" are not labels.
    // "The President:—and the question—": speech resumed after an interruption runs on from the colon.
    // "Alex Peng:Thank you, Fang", "Ana Lima:I think", "Operator:[Operator Instructions]": a scraper's copy that
    // lost the space; read only where speech plainly opens after it, and only if the label recurs.
    // "JOURNALIST:......... in saying yourself": the typist's dots for words not caught open the speech too.
    const glued =
      after < line.length &&
      next !== 0x20 &&
      next !== 0x09 &&
      next !== 0xa0 &&
      next !== 0x2014 &&
      next !== 0x2013 &&
      next !== 0x2026 &&
      !line.startsWith('..', after);
    // "Q:真相…", "A:(笑) 是的": Chinese is typed with no space after a colon.
    const cjkAfter = CJK.test(line.slice(after, after + 2));
    if (glued && !cjkAfter && !(isUpperAscii(line.charCodeAt(start)) && opensSpeech(line, after))) return null;
    let name = line.slice(start, colon).trim();
    if (emphasis) name = name.replace(/(\*\*|__)$/, '').trim();
    if (italic) name = name.replace(/[*_]$/, '').trim();
    // "**[Ana Lima]**: …": a name in brackets inside the bold, as a note-taking app sets it.
    if (emphasis && name.startsWith('[') && name.endsWith(']')) name = name.slice(1, -1).trim();
    if (name.length === 0 || isPartOfDocument(name)) return null;
    // "Full transcript - Claritev Corp (CTEV) Q2 2025:": the document's title over the turns, nobody's name.
    if (name.length >= 10 && TRANSCRIPT_WORD.test(name)) return null;
    // "Tom Reyes [Coastal Times]", "Ana Lima - Harbour Weekly": the asker's outlet, read as "Name (Outlet)" and "Name, Outlet" are.
    if (name.length > 6) name = withOutletSetOff(withoutSeatAndParty(name));
    if (mayBeAttributedQuestion(name) && ATTRIBUTED_QUESTION.test(name)) return questionLabel(name, line, after, emphasis && !closedAtColon);
    // "**kushti**: …": a handle set in bold is a label as printed, when it recurs.
    if (emphasis && HANDLE.test(name) && !ANONYMOUS.has(name) && !METADATA_KEYS.has(name)) return label(name, line.slice(after), { needsRecurrence: true });
    const bare = withoutLabelNote(name);
    // ("MEDIA\u00a0CONTACT": a web page's no-break space is a space.)
    const key = bare.includes('\u00a0') ? bare.toLowerCase().replace(/\s+/g, ' ') : bare.toLowerCase();
    if (ANONYMOUS.has(key)) return questionLabel(name, line, after, emphasis && !closedAtColon);
    // "**Part One: Ines MARLOW (North Shore), Pavel OSTROWSKI (Quayside)**": a bold heading line; but
    // "**Kara Swisher: I'm here with … today.**", sentences after the name, is a turn set wholly in bold.
    if (emphasis && !closedAtColon && /(?:\*\*|__)\s*$/.test(line) && !SPOKEN_IN_BOLD.test(line.slice(after))) return null;
    // ("**Mr. Speaker:**", in bold where a label stands, is the chair of a House, no one addressed.)
    // "Host: Welcome back. …": a programme's host speaking, where the label recurs; "Host: Harbour Radio" is a field.
    // So is "HOST:" alone on its line over the words, recurring as a speaker's label does.
    if (key === 'host' && (SPOKEN_AFTER.test(line.slice(after)) || line.slice(after).replace(/[*_\s]/g, '') === ''))
      return label(name, line.slice(after), { needsRecurrence: true });
    if (METADATA_KEYS.has(key) || (VOCATIVE.test(key) && !(emphasis && closedAtColon)) || !isLabelText(bare)) return null;
    const body = line.slice(after);
    if (isFieldLabel(bare, body) || LIST_OPENING.test(body) || LINK_OPENING.test(body) || INTERVIEW_TITLE.test(body)) return null;
    if (glued) return ANONYMOUS.has(key) || isNameLike(bare) ? label(name, body, { needsRecurrence: true }) : null;
    // "Lucy Hager, Market News International:": a reporter and her outlet is a label by its form, even mid-page.
    return label(name, body, isReporterAndOutlet(bare) ? SELF_EVIDENT : undefined);
  },
  // Not lower case, and "Q." or a colon within reach of findColon (its start may move past "**").
  mayRead(line: string, start: number): boolean {
    const first = line.charCodeAt(start);
    if (first >= 0x61 && first <= 0x7a) return false;
    if (first === 0x51 /* Q */) return true;
    if (
      first === 0x41 /* A */ &&
      (line.charCodeAt(start + 1) === 0x2e /* . */ || line.charCodeAt(start + 1) === 0xff1a || QA_DASH.test(line.slice(start, start + 8)))
    )
      return true;
    // "**EDWARD LAWRENCE** …": a bold name whose colon was lost; "**Q** …", "_Q_ …": the question's mark.
    if (first === 0x2a && line.charCodeAt(start + 1) === 0x2a && isUpperAscii(line.charCodeAt(start + 2))) return true;
    if (opensWithEmphasisedQ(line, start)) return true;
    const colon = line.indexOf(':', start);
    return colon >= 0 && colon <= start + 2 + LABEL_WINDOW;
  },
};

const SELF_EVIDENT = { selfEvident: true };

/** "**Q** …", "_Q._ …": the question's mark in bold or italics, without its colon. */
export function opensWithEmphasisedQ(line: string, start: number): boolean {
  const first = line.charCodeAt(start);
  return (first === 0x2a || first === 0x5f) && EMPHASISED_Q.test(line.slice(start, start + 8));
}

// "**Q. " and a capital: a question wholly in bold (the emphasis closes at the line's end).
const WHOLLY_EMPHASISED_Q = /^(?:\*\*|__)Q\.[ \t]+(?=[\p{Lu}"“'‘(\d])/u;

// The same emphasis either side of "Q" or "Q.", then speech opening with a capital, a quote or a dash.
const EMPHASISED_Q = /^(\*\*|__|\*|_)Q\.?\1[ \t\u00a0]+(?=[\p{Lu}"“'‘(\d—–])/u;

// Two to four words in capitals, perhaps closed by a period: a name as transcripts print a speaker's.
const CAPITALS_NAME = /^\p{Lu}[\p{Lu}'’-]*\.?(?:\s+\p{Lu}[\p{Lu}'’-]*\.?){1,3}$/u;
// What speech opens with after the label: a capital, a quote, a digit.
const SPEECH_OPENING = /^\s+["“‘'\p{Lu}\d]/u;

/** "**NAME**" or "**NAME.**" before the words, no colon: read only as a capitals name, with words after it. */
function boldCapitalsName(line: string, start: number): ParsedLabel | null {
  const close = line.indexOf('**', start);
  if (close < start + 3 || close > start + LABEL_WINDOW) return null;
  const name = line.slice(start, close).trim().replace(/\.$/, '');
  const rest = line.slice(close + 2);
  if (name.includes(':') || !CAPITALS_NAME.test(name) || !SPEECH_OPENING.test(rest)) return null;
  return label(name, rest);
}

const isUpperAscii = (c: number) => c >= 0x41 && c <= 0x5a;
const isLowerAscii = (c: number) => c >= 0x61 && c <= 0x7a;

/** "*" or "_" opening a word (not a list's "* "). */
function isItalicMark(line: string, at: number): boolean {
  const c = line.charCodeAt(at);
  if (c !== 0x2a && c !== 0x5f) return false;
  const next = line.charCodeAt(at + 1);
  return next !== 0x20 && next !== 0x09 && next !== c && !Number.isNaN(next);
}

// "Mr. David Cameron (Witney) (Con)": a member of a parliament with the seat and the party, as Hansard prints them.
const US_PARTY_STATE = /\s*\((?:R|D|I)-[A-Z]{2}\.?\)/;
const SEAT_AND_PARTY = /^(\p{Lu}[^()]{2,60}?)\s*\([^()]{2,60}\)\s*\(\p{Lu}[\p{L}\s.&-]{0,24}\)$/u;

/** The member's name without the seat and the party after it. */
function withoutSeatAndParty(name: string): string {
  // "REP. MIKE JOHNSON (R-LA), SPEAKER OF THE HOUSE", "REP. CHIP ROY (R-TX)": a US member's party and state.
  if (name.includes('-') && US_PARTY_STATE.test(name)) return name.replace(US_PARTY_STATE, '');
  if (name.charCodeAt(name.length - 1) !== 0x29 /* ) */) return name;
  const member = SEAT_AND_PARTY.exec(name);
  return member && isNameLike(member[1]!) ? member[1]! : name;
}

const BRACKETED_OUTLET = /^(.+?)\s*\[([^\][]{2,60})\]$/;
const DASHED_OUTLET = /^(.+?)\s+[-–—]\s+(.+)$/;

/** The label with an outlet set off in square brackets or by a dash rewritten in brackets or after a comma. */
function withOutletSetOff(name: string): string {
  const last = name.charCodeAt(name.length - 1);
  if (last === 0x5d /* ] */) {
    const bracketed = BRACKETED_OUTLET.exec(name);
    return bracketed && isNameLike(bracketed[1]!) && isNoteOfAsker(bracketed[2]!.trim()) ? `${bracketed[1]} (${bracketed[2]!.trim()})` : name;
  }
  // "Dev C. Ittycheria--President and Chief Executive Officer", "Sanjit Singh--Analyst": a call's name and post, as a
  // transcript site's older pages print them over the words.
  const doubled = name.indexOf('--');
  if (doubled > 0 && !name.includes(' ')) return name;
  if (doubled > 0) {
    const [who, post] = [name.slice(0, doubled).trim(), name.slice(doubled + 2).trim()];
    return isNameLike(who, 4) && POST_OR_FIRM.test(post) ? `${who}, ${post}` : name;
  }
  if (!name.includes(' - ') && !name.includes(' – ') && !name.includes(' — ')) return name;
  const dashed = DASHED_OUTLET.exec(name);
  return dashed && isNameLike(dashed[1]!.trim(), 4) && OUTLET_NOTE.test(dashed[2]!.trim()) ? `${dashed[1]!.trim()}, ${dashed[2]!.trim()}` : name;
}

function isReporterAndOutlet(name: string): boolean {
  // "RG Cruz (ABS-CBN 2)", "Roy Mabasa (Manila Bulletin)": a reporter and a known outlet (its channel number aside) in brackets.
  const bracketed = name.endsWith(')') ? BRACKETED_ASKER.exec(name) : null;
  if (bracketed) return isNameLike(bracketed[1]!, 3) && (knownOutlet(bracketed[2]!) !== null || hasOutletWord(bracketed[2]!));
  const comma = name.indexOf(',');
  if (comma < 0) return false;
  const outlet = name.slice(comma + 1).trim();
  return isNameLike(name.slice(0, comma).trim(), 3) && hasOutletWord(outlet);
}

const BRACKETED_ASKER = /^(.+?)\s*\(([^()]{2,40}?)(?:\s+\d{1,3})?\)$/;

function hasOutletWord(outlet: string): boolean {
  return outlet.split(/\s+/).some((word) => OUTLET_WORDS.has(word.toLowerCase()));
}
// Words after a label set in bold with them: a dozen words or more, a sentence closed before the emphasis is.
const SPOKEN_IN_BOLD = /^\s*(?:\S+\s+){11,}\S*[.?!]["”’)]?(?:\*\*|__)\s*$/;

/**
 * An anonymous or attributed question's label, the words from `after` on. Read only for such
 * labels, and sliced once: "Q: …" opens every other line of some documents.
 */
function questionLabel(name: string, line: string, after: number, whollyBold: boolean): ParsedLabel {
  // "**Q: Who is the hunter?**", a question wholly in bold: the emphasis closes after its words, not in them.
  if (whollyBold) return label(name, line.slice(after).replace(/\s*(?:\*\*|__)\s*$/, ''), SELF_EVIDENT);
  return labelFrom(name, line, after, SELF_EVIDENT);
}

// "Part One: Name (Team), Name (Team)", "Session 2:", "DRIVERS – PART TWO:": a part of the document, never a speaker.
const TRANSCRIPT_WORD = /\btranscript(?:ion)?\b/i;
const PART_OF_DOCUMENT =
  /^(?:[^:]{1,40}\s[-–—]\s*)?(?:part|session|section|segment|panel)\s+(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|[a-f])$/;
/** "Part One", "DRIVERS – PART TWO", "Session 2": the name of a part of the document. */
export function isPartOfDocument(name: string): boolean {
  // "Part 1" is the shortest: a label's name is most often shorter ("Q", "Ms. Lee"), settled without lowercasing.
  return name.length >= 6 && PART_OF_DOCUMENT.test(name.toLowerCase());
}

// "Q (Jane Roe – Grand Prix Daily)", "Question (Rob Lee, Speed TV)": a question with its asker in brackets;
// "Question from Ana Lima, Delta Radio", as a government's site prints it.
const ATTRIBUTED_QUESTION = /^(?:Q|Question)\s*\([^()]{3,80}\)$|^(?:Q|Question)\s+(?:from|by)\s+\S[^:]{1,80}$/;

/** What ATTRIBUTED_QUESTION needs: "Q" first, and six characters at least ("Q(Ann)"), which "Q" and "A" labels lack. */
function mayBeAttributedQuestion(name: string): boolean {
  return name.length >= 6 && name.charCodeAt(0) === 0x51 /* Q */;
}

const Q_PERIOD = /^Q\.[ \t]+[\p{Lu}"“‘(]/u;
const INITIALLED_NAME = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*:/u;

// "Mr. President: Paul Volcker, the Chairman …": a reporter addressing the office, never a speaker.
const VOCATIVE =
  /^(?:mr\.?|madam|madame|mister)\s+(?:vice\s+|prime\s+)?(?:president|chairman|chair|secretary|minister|speaker|premier|chancellor|governor|mayor|ambassador)$/;

// "GitHub: [@ana](https://…)", "Website: https://…": a field whose value is a link; no one's words open so.
const LINK_OPENING = /^\s*(?:\[[^\]]{0,80}\]\(|<?https?:\/\/|www\.)/;

// "The Governing Council: (i) took note of …": a sentence leading into a list, not a speaker.
const LIST_OPENING = /^\s*\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s/;

function findColon(line: string, start: number): number {
  const colon = line.indexOf(':', start);
  if (colon < 0 || colon > start + LABEL_WINDOW) return -1;
  const end = colon + 1;
  for (let i = start; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x3a) return i;
    // A sentence ends before any colon: not a label.
    if (c === 0x3f || c === 0x21 || c === 0x3b) return -1;
  }
  return -1;
}

const REPORTER_SUFFIX = /\s+(?:reporter|correspondent|journalist)$/;

/** "Wang Yi", "China Central Television", "Jane Doe, Reuters", "Jane Doe (Reuters)". */
// An outlet in a label's brackets may open with a digit or mix in a slash: "(7 News)", "(SMH/Age)".
const OUTLET_NOTE = /^[\p{Lu}\d][\p{L}\d&'’./ -]{0,40}$/u;

/** What a label's brackets may hold: a name, an outlet, or both ("Thomas Schumann, Scienceblog.dk"). */
function isNoteOfAsker(note: string): boolean {
  if (isNameLike(note) || OUTLET_NOTE.test(note)) return true;
  const comma = note.indexOf(',');
  if (comma > 0 && isNameLike(note.slice(0, comma).trim(), 4) && OUTLET_NOTE.test(note.slice(comma + 1).trim())) return true;
  // "RESEARCH ANALYST, RUANE, CUNNIFF & GOLDFARB": a post, then a firm whose name has commas of its own.
  const parts = note.split(',');
  return parts.length <= 4 && note.length <= 80 && parts.every((part) => OUTLET_NOTE.test(part.trim()));
}

// "Fed's Williams: Rate Cuts Likely Later This Year": a wire headline quoting someone, not a speaker's label.
const HEADLINE_ATTRIBUTION = /^\p{Lu}[\p{L}.&-]*['’]s\s+\p{Lu}[\p{L}'’-]+$/u;

function isLabelText(printed: string): boolean {
  // ("People's Daily:" is an outlet's label: the word after the possessive says so.)
  if (printed.includes('s ') && HEADLINE_ATTRIBUTION.test(printed) && !OUTLET_WORDS.has(printed.slice(printed.lastIndexOf(' ') + 1).toLowerCase()))
    return false;
  // "Reuters reporter": an outlet's reporter, the one lowercase word a label may end with.
  // "Channel One journalist Kirill Kleymenov": an outlet, a reporter's post and a name.
  if (printed.length > 20 && OUTLET_POST_NAME.test(printed)) return true;
  // "Prime minister", "Press secretary": an office typed in sentence case.
  if (SENTENCE_CASE_OFFICE.test(printed)) return true;
  const name = printed.replace(REPORTER_SUFFIX, '');
  // "Federal Chancellor of the Republic of Austria Sebastian Kurz": an office, its long complement, the name.
  if (printed.length > 30 && isOfficeWithComplement(name)) return true;
  const paren = /^([^()]+)\(([^()]+)\)$/.exec(name);
  // "Minister for Home Affairs and Law K Shanmugam (Minister)": an office, its complement and the name, then
  // the short label the rest of the transcript uses.
  if (paren)
    return (isNameLike(paren[1]!.trim()) && isNoteOfAsker(paren[2]!.trim())) || (isOfficeWithComplement(paren[1]!.trim()) && SHORT_FORM.test(paren[2]!.trim()));
  const comma = name.indexOf(',');
  if (comma < 0) return isNameLike(name);
  if (isNameLike(name.slice(0, comma).trim(), 5) && isNameLike(name.slice(comma + 1).trim(), 5)) return true;
  // "Travis Dalton, President and Chief Executive Officer, Claritiv Corporation": a call's name, post and firm.
  const parts = name.split(',').map((part) => part.trim());
  // "Steven Goulart, Executive VP & Chief Investment Officer": a name and a long post.
  if (parts.length === 2) return isNameLike(parts[0]!, 4) && POST_OR_FIRM.test(parts[1]!) && POST_WORD.test(parts[1]!);
  // ("Travis Dalton, Chairman, CEO and President, Claritiv Corporation": a post in two parts.)
  return (
    (parts.length === 3 || (parts.length === 4 && POST_WORD.test(parts[1]!))) &&
    isNameLike(parts[0]!, 4) &&
    parts.slice(1).every((part) => POST_OR_FIRM.test(part))
  );
}

const SHORT_FORM = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;

const OFFICE_COMPLEMENT_NAME =
  /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:of|the|and)\s+)*){1,5}\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’-]+$/u;

function isOfficeWithComplement(name: string): boolean {
  const m = OFFICE_COMPLEMENT_NAME.exec(name);
  return m !== null && m[1]!.split(/\s+/).some((word) => OFFICE_WORDS.has(word.toLowerCase()));
}

const SENTENCE_CASE_OFFICE =
  /^(?:Prime|Deputy prime|Foreign|Deputy|Vice|Press|Chief|Finance|Trade|Defence|Defense|Health|Home) (?:minister|secretary|president|spokesperson|spokesman|spokeswoman|chair|chairman|chancellor|treasurer|executive)$/;

// Capitalised words, perhaps joined by "and", "of", "for", "&": a post or a firm's name, at most eight words
// (in capitals too: "JULIE COLLINS, SHADOW MINISTER FOR AGEING AND SENIORS", "…, LEADER OF THE LABOR PARTY").
const POST_WORDS = [
  'Officer',
  'President',
  'Director',
  'Head',
  'Chief',
  'Chair',
  'Chairman',
  'Chairwoman',
  'Manager',
  'Treasurer',
  'Controller',
  'Counsel',
  'Secretary',
  'Minister',
  'Relations',
  'Leader',
  'Senator',
  'Premier',
  'Governor',
  'Commissioner',
  'Ambassador',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
];
const POST_WORD = new RegExp(`\\b(?:VP|SVP|EVP|${POST_WORDS.join('|')}|${POST_WORDS.map((w) => w.toUpperCase()).join('|')})\\b`);
const POST_OR_FIRM = /^(?:\p{Lu}[\p{L}.&'’-]*)(?:\s+(?:\p{Lu}[\p{L}.&'’-]*|and|of|for|the|&)){0,7}$/u;

/** "Thank…", "I think", "I'll", "[Operator Instructions]": what a turn's speech opens with, glued to a label's colon. */
function opensSpeech(line: string, at: number): boolean {
  const first = line.charCodeAt(at);
  const second = line.charCodeAt(at + 1);
  if (first === 0x5b /* [ */) return line.indexOf(']', at) > at + 1;
  if (!isUpperAscii(first)) return false;
  if (isLowerAscii(second)) return true;
  // "I guess", "I'll", "I’m": the one word of a single capital a turn opens with.
  return first === 0x49 /* I */ && (second === 0x20 || second === 0x27 || second === 0x2019);
}
