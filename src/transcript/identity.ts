// What a label says about its speaker, read from the label alone: an anonymous questioner,
// an outlet, or a person (perhaps with their outlet or a role such as moderator).
import { distance } from 'fastest-levenshtein';
import { looksLikeOutlet } from './outlets.ts';
import { isGivenName } from './first-names.ts';
import { naturalCase, OFFICE_WORDS, OUTLET_POST_NAME, TITLE_WORDS, withoutLabelNote } from './labels/words.ts';
import { chineseLabelIdentity, chineseOutletAndName } from './zh/identity.ts';
import { withGluedTitleSplit } from './label-spellings.ts';
import { remembered } from './memo.ts';

export type Identity =
  | { type: 'questioner' }
  | { type: 'follow-up' }
  | { type: 'unnamed' }
  | { type: 'answerer' }
  | { type: 'outlet'; outlet: string }
  | { type: 'person'; name: string; titles: string[]; outlet: string | null; role: 'moderator' | 'interpreter' | null };

const QUESTIONERS = new Set([
  'q',
  'question',
  'reporter',
  'reporters',
  'journalist',
  'journalists',
  'audience',
  'audience member',
  'press',
  'media',
  'unidentified reporter',
  'unidentified journalist',
  'male reporter',
  'female reporter',
  // An earnings call's askers, a phone-in's: the operator's hand-off names them.
  'analyst',
  'unidentified analyst',
  'caller',
  '问',
  '提问',
  '记者',
]);
// "Follow-up:" in the Chinese foreign ministry's English transcripts: the last questioner again.
const NUMBERED_FOLLOW_UP = /^(?:q|question)\s?\d{1,3}[\s.-]*(?:follow[\s-]?up)(?: question)?$/;
const FOLLOW_UPS = new Set(['follow-up', 'follow up', 'followup', 'follow-up question', '追问']);
const ANSWERERS = new Set(['a', 'answer', '答']);
const MODERATORS = new Set([
  'moderator',
  'host',
  'mc',
  'master of ceremonies',
  'facilitator',
  'presenter',
  'operator',
  'conference operator',
  'coordinator',
  // The press office's staff who keep the time at a Pentagon briefing: "STAFF: We have time for one more."
  'staff',
  // The chair of a House, who calls members and keeps order: "**Mr. Speaker:** Order."
  'mr. speaker',
  'mr speaker',
  'madam speaker',
  'madame speaker',
  'deputy speaker',
  'mr. deputy speaker',
  'madam deputy speaker',
  'presiding officer',
  '主持人',
]);
const INTERPRETERS = new Set(['interpreter', 'translator', 'interpretation', '翻译', '口译']);
const CHINESE_REPORTER = '记者';

// Labels recur across the transcripts of a series ("Wang Yi", "Reuters") and reading one takes
// a dozen regex passes: each is read once. Callers add titles to a person's list, so every call
// gets its own copy.
const rememberedIdentity = remembered(readLabel, 2000);

export function identify(label: string): Identity {
  const identity = rememberedIdentity(label);
  return identity.type === 'person' ? { ...identity, titles: [...identity.titles] } : { ...identity };
}

/** identify(label).type, without the copy: for callers that only ask what kind of label it is. */
export function identityType(label: string): Identity['type'] {
  return rememberedIdentity(label).type;
}

// "Speaker 2", "Unidentified Speaker": a transcriber's placeholder, not a name to print as one.
const UNNAMED = /^(?:(?:unidentified|unknown|male|female|another|other)\s+)?(?:speaker|participant|voice|person)(?:\s*#?\d{1,3})?$/i;
const NUMBERED_QUESTIONER =
  /^(?:(?:unidentified|unknown|another|other)\s+)?(?:reporter|journalist|correspondent|questioner|question asker|asker|audience member|question|analyst|caller)(?:\s*#?\d{1,3})?$/i;

const NUMBERED_QA = /^(q|a|answer)\s*#?\d{1,3}\.?$/;

// Anonymous officials, perhaps numbered: "senior official one", "administration official #2".
const ROLE_LABEL = /^(?:[a-z.'’-]+\s+){0,4}(?:official|officials|aide|staffer|officer|briefer|speaker)(?:\s+(?:one|two|three|four|five|six|[a-e]|#?\d{1,2}))?$/;

// "Reuters reporter", "CCTV correspondent": the outlet asks, as "新华社记者" does in Chinese.
const REPORTER_OF = /^(.+?)\s+(?:reporter|correspondent|journalist)$/i;

// Chinese typesetting pads a two-character name to three: "王　毅" is 王毅.
const SPACE_BETWEEN_HAN = /(?<=\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/gu;

// "THE HON. GREG HUNT MP, MINISTER FOR HEALTH", "SENATOR THE HON. MARISE PAYNE": the courtesy style
// and the letters after a name are how a parliament prints a member, not part of the name.
const COURTESY = /(?:^|(?<=^\p{L}+\s))(?:the\s+)?(?:hon(?:ourable|orable)?\.?|rt\.?\s+hon\.?|right\s+honourable)\s+(?=\p{Lu})/iu;
const POST_NOMINALS = /(?<=\p{L})\s+(?:MP|M\.P\.|QC|KC|OBE|CBE|MBE|MLA|MPP|MHA|MLC|MSP)(?=\s*(?:,|$))/u;

function withoutCourtesy(label: string): string {
  if (!/hon|MP|QC|KC|AO|AC|AM|OBE|CBE|MBE|MLA|MPP|MHA|MLC|MSP|TD/i.test(label)) return label;
  return label.replace(COURTESY, '').replace(POST_NOMINALS, '');
}

function readLabel(printed: string): Identity {
  const spacedOutlet = chineseOutletAndName(withoutLabelNote(printed));
  if (spacedOutlet) return spacedOutlet;
  const label = withoutCourtesy(withGluedTitleSplit(withoutLabelNote(printed)).replace(SPACE_BETWEEN_HAN, ''));
  const chinese = chineseLabelIdentity(label);
  if (chinese) return chinese;
  const key = label.toLowerCase().replace(/\s+/g, ' ').trim();
  if (NUMBERED_QUESTIONER.test(key)) return { type: 'questioner' };
  // "Q1:" / "A1:", "Q 2." / "A 2.": numbered questions and their answers.
  const numbered = NUMBERED_QA.exec(key);
  if (numbered) return numbered[1] === 'a' || numbered[1] === 'answer' ? { type: 'answerer' } : { type: 'questioner' };
  if (UNNAMED.test(key)) return { type: 'unnamed' };
  if (QUESTIONERS.has(key)) return { type: 'questioner' };
  if (ANSWERERS.has(key)) return { type: 'answerer' };
  if (FOLLOW_UPS.has(key)) return { type: 'follow-up' };
  // "Q1 Follow-up", "Question 3 follow-up": the follow-up of a numbered question.
  if (NUMBERED_FOLLOW_UP.test(key)) return { type: 'follow-up' };
  // "THE MODERATOR", "The Interpreter": the role with its article.
  const role = key.startsWith('the ') ? key.slice(4) : key;
  if (MODERATORS.has(role)) return person(label, null, 'moderator');
  if (INTERPRETERS.has(role)) return person(label, null, 'interpreter');
  if (label.endsWith(CHINESE_REPORTER)) return { type: 'outlet', outlet: label.slice(0, -CHINESE_REPORTER.length).replace(/的$/, '').trim() };
  // "Austrian Broadcasting Corporation (ORF) news presenter Armin Wolf": the outlet, the reporter's post, the name.
  const outletPostName = label.includes(' ') ? OUTLET_POST_NAME.exec(label) : null;
  if (outletPostName) return { type: 'person', name: outletPostName[3]!, titles: [outletPostName[2]!], outlet: outletPostName[1]!, role: null };
  const reporterOf = REPORTER_OF.exec(label);
  if (reporterOf && looksLikeOutlet(reporterOf[1]!)) return { type: 'outlet', outlet: reporterOf[1]!.trim() };
  // "Question from Ana Lima, Delta Radio", "Question from the Harbour Times": who asks.
  const asked = QUESTION_FROM.exec(label);
  if (asked) {
    const who = asked[1]!.trim();
    // "Question from the floor", "from the audience": someone in the room, no outlet named.
    if (FROM_THE_ROOM.test(who)) return { type: 'questioner' };
    const named = reporterAndOutlet(who);
    if (named) return named;
    return REPORTER_NAME.test(who) && !looksLikeOutlet(who) ? person(who, null, null) : { type: 'outlet', outlet: who.replace(/^the\s+/i, '') };
  }
  const attributed = splitAttribution(label);
  if (attributed) {
    const [name, attribution] = attributed;
    // "Journalist, Reuters" / "Question (Reuters)": the outlet asks, nobody is named; "Q (Jane Roe – Daily)" names both.
    // Also "Question Asker 2 (Reuters)": a numbered questioner and the outlet.
    if (QUESTIONERS.has(name.toLowerCase()) || NUMBERED_QUESTIONER.test(name.toLowerCase().trim()))
      return reporterAndOutlet(attribution) ?? surnameAndOutlet(attribution) ?? { type: 'outlet', outlet: attribution };
    // "Sami, Call Coordinator": the call's operator under another name.
    if (CALL_COORDINATOR.test(attribution)) return person(name, null, 'moderator', [attribution]);
    // "Ada Quill, AVP of Investor Relations, Harbour Corporation": a post at the host, no outlet.
    // ("SENATOR MARISE PAYNE, MINISTER FOR FOREIGN AFFAIRS": the title before the name is no part of it.)
    if (hasWordFrom(attribution, OFFICE_WORDS) || POST_BEYOND_OFFICES.test(attribution)) {
      const titled = person(name, null, null);
      return titled.type === 'person' && titled.titles.length > 0 && !HAS_HONORIFIC.test(name)
        ? { ...titled, titles: [postOf(attribution), ...titled.titles] }
        : person(name, null, null, [postOf(attribution)]);
    }
    // "Southeast Asia Bureau Chief Josh Smith (Reuters)": a reporter's job, then the name.
    const job = JOB_BEFORE_NAME.exec(name);
    if (job && looksLikeOutlet(attribution)) return person(job[2]!, attribution, null, [job[1]!]);
    // "Official Spokesperson, Shri Ravi Menon": the office first, then the person who holds it.
    if (hasWordFrom(name, OFFICE_WORDS) && PERSON_AFTER_OFFICE.test(attribution) && !looksLikeOutlet(attribution)) {
      const holder = person(attribution, null, null);
      if (holder.type === 'person') holder.titles.unshift(name);
      return holder;
    }
    // "The Straits Times (ST)": an outlet and the short name it goes by.
    if (looksLikeOutlet(name) && ABBREVIATION.test(attribution.trim()) && !hasWordFrom(name, OFFICE_WORDS)) return { type: 'outlet', outlet: name.trim() };
    // "Süddeutsche Zeitung (Paul-Anton Krüger)": the outlet first, the reporter in brackets after it.
    if (
      looksLikeOutlet(name) &&
      !looksLikeOutlet(attribution) &&
      REPORTER_NAME.test(attribution.trim()) &&
      isGivenName(attribution.trim().split(/[\s-]/, 1)[0]!.toLowerCase())
    )
      return person(attribution.trim(), name.trim(), null);
    // "Sanjit Singh--Analyst", "Jo Brandt, Senior Reporter": a job alone names no outlet.
    if (JOB_ONLY.test(attribution.trim())) return person(name, null, null, [attribution.trim()]);
    return person(name, outletOfAttribution(attribution), null);
  }
  if (looksLikeOutlet(label) && !hasTitleBeforeName(label)) return { type: 'outlet', outlet: label.trim() };
  // "SENIOR ADMINISTRATION OFFICIAL TWO": a role that stands for a name, one speaker as printed,
  // never a title ("Senior") and a name ("Administration Official").
  if (ROLE_LABEL.test(key)) return { type: 'person', name: naturalCase(label.trim()), titles: [], outlet: null, role: null };
  return person(label, null, null);
}

/**
 * The outlet in a note about the asker: "RETIRED FORTUNE MAGAZINE EDITOR" is Fortune Magazine,
 * "RESEARCH ANALYST, RUANE, CUNNIFF & GOLDFARB" the firm after the post.
 */
function outletOfAttribution(attribution: string): string {
  const comma = attribution.indexOf(',');
  if (comma > 0 && JOB_AT_END.test(` ${attribution.slice(0, comma)}`)) return outletOfAttribution(attribution.slice(comma + 1).trim());
  const bare = attribution.replace(JOB_AT_START, '').replace(JOB_AT_END, '').trim();
  return bare.length >= 2 && bare !== attribution.trim() && /\p{Lu}/u.test(bare) ? bare : attribution;
}

/** "President and Chief Executive Officer, Claritiv Corporation": the post without the firm after it. */
function postOf(attribution: string): string {
  const comma = attribution.indexOf(',');
  if (comma < 0) return attribution;
  const post = attribution.slice(0, comma).trim();
  return hasWordFrom(post, OFFICE_WORDS) || POST_BEYOND_OFFICES.test(post) ? post : attribution;
}

const HAS_HONORIFIC = /^(?:mr|ms|mrs|miss|dr|prof|sir|dame)\b\.?/i;
const CALL_COORDINATOR = /^(?:call|conference|event)\s+(?:coordinator|operator|moderator)$/i;
// Posts OFFICE_WORDS does not hold: a call host's ("AVP of Investor Relations"), a legislature's ("SPEAKER OF THE HOUSE", "Minority Whip"), a candidate's,
// a party's ("LEADER OF THE AUSTRALIAN LABOR PARTY", never the newspaper "The Leader").
const POST_BEYOND_OFFICES =
  /\b(?:investor relations|media relations|corporate communications|a?vp|ir|speaker of the house|majority leader|minority leader|leader of (?:the )?\p{L}+|whip|senator|congress(?:man|woman)|candidate|nominee|governor)\b/iu;
const JOB_AT_START = /^(?:(?:retired|former|senior|contributing|managing|deputy)\s+)+/i;
const JOBS = 'editor|reporter|correspondent|columnist|writer|analyst|producer|anchor|journalist|contributor';
const JOB_AT_END = new RegExp(`\\s+(?:${JOBS})$`, 'i');
// "Analyst", "Senior Reporter": a job and nothing else.
const JOB_ONLY = new RegExp(`^(?:(?:senior|equity|research|sell-side|buy-side|lead|chief|principal|managing|staff|political|business)\\s+)*(?:${JOBS})$`, 'i');

/** "Jane Roe – Grand Prix Daily", "Rob Lee, Speed TV": a reporter's name, then the outlet. */
function reporterAndOutlet(attribution: string): Identity | null {
  const parts = splitAttribution(attribution);
  if (!parts || !REPORTER_NAME.test(parts[0]) || looksLikeOutlet(parts[0])) return null;
  return person(parts[0], parts[1], null);
}

/** "REPORTER (SATO, NHK)": after a questioner's role, one name and then the outlet. */
function surnameAndOutlet(attribution: string): Identity | null {
  const parts = splitAttribution(attribution);
  if (!parts || !/^\p{Lu}[\p{L}'’-]+$/u.test(parts[0]) || looksLikeOutlet(parts[0]) || !/^\p{Lu}/u.test(parts[1])) return null;
  return person(parts[0], parts[1], null);
}

const JOB_BEFORE_NAME =
  /^(\p{Lu}.*\b(?:Chief|Correspondent|Editor|Bureau|Reporter|Producer|Anchor|Columnist|Writer|Presenter|Journalist|Analyst|Economist|Strategist))\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})$/u;
const QUESTION_FROM = /^(?:question|q)\s+(?:from|by)\s+(\S.*)$/i;
const FROM_THE_ROOM =
  /^(?:the\s+)?(?:floor|audience|room|press(?: corps| gallery)?|media|journalists?|reporters?|an? (?:journalist|reporter|member of the (?:audience|press|public)))$/i;

// A person's name after an office, perhaps with an honorific: "Shri Ravi Menon", "Dr. Ana Lima".
const PERSON_AFTER_OFFICE = /^(?:(?:Mr|Ms|Mrs|Dr|Shri|Smt|Sri|Shrimati|H\.?E)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

const ABBREVIATION = /^\p{Lu}{2,6}$/u;
const REPORTER_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

function person(label: string, outlet: string | null, role: 'moderator' | 'interpreter' | null, titles = titlesOf(label.trim())): Identity {
  return { type: 'person', name: withSurnameCased(naturalCase(nameAfterTitles(label.trim(), titles))), titles, outlet, role };
}

// "Max VERSTAPPEN", "Jean-Eric VERGNE": a name with the surname printed in capitals, as motorsport's press conferences print it.
const SURNAME_IN_CAPITALS = /^(?:\p{Lu}\p{Ll}[\p{L}'’.-]*\s+){1,2}\p{Lu}{2}[\p{Lu}'’-]+$/u;

function withSurnameCased(name: string): string {
  if (!SURNAME_IN_CAPITALS.test(name)) return name;
  const at = name.lastIndexOf(' ') + 1;
  return name.slice(0, at) + naturalCase(name.slice(at));
}

/**
 * "Governor Ana Ruiz" is Ana Ruiz, a governor, and "SECRETARY MAYORKAS" is Mayorkas, a
 * secretary: the office goes to the titles, as "THE VICE PRESIDENT" named from the title is
 * "Harris". An honorific ("MS. SMITH") is kept: it is how the document addresses the person, and
 * no office to record.
 */
function nameAfterTitles(label: string, titles: readonly string[]): string {
  const title = titles[0];
  if (!title || !label.startsWith(title)) return label;
  const rest = label.slice(title.length).trim();
  const words = rest.split(/\s+/);
  // "President of Russia Vladimir Putin", "Minister for Foreign Affairs Penny Wong": the office's
  // complement, then the name (its last two words).
  const complement = OFFICE_COMPLEMENT.exec(rest);
  if (complement) return complement[1]!;
  if (!/^\p{Lu}/u.test(rest) || CONNECTOR_START.test(rest)) return label;
  if (words.length >= 2) return rest;
  return isOffice(title) && isSurname(rest) ? rest : label;
}

// Honorifics, and titles that are part of how a person is named ("King Charles", "Sheikh Mohammed",
// where the word after is a given name, not a surname).
const HONORIFIC_TITLES = new Set([
  'mr',
  'ms',
  'mrs',
  'dr',
  'miss',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'sheikh',
]);

/** "Secretary", "Prime Minister": a title with an office in it, not an honorific alone. */
function isOffice(title: string): boolean {
  return title.split(/\s+/).some((w) => !HONORIFIC_TITLES.has(w.toLowerCase().replace(/\.$/, '')));
}

/** "Mayorkas", not "President" ("VICE PRESIDENT") or "General" ("SECRETARY GENERAL"). */
function isSurname(word: string): boolean {
  const lower = word.toLowerCase();
  return /^\p{Lu}[\p{L}'’-]+$/u.test(word) && !TITLE_WORDS.has(lower) && !OFFICE_WORDS.has(lower);
}

const CONNECTOR_START = /^(?:of|the|and|for)\b/i;
// (In capitals too: "SECRETARY OF THE TREASURY LAWRENCE SUMMERS".)
// ("… of the Republic of Austria Sebastian Kurz": the complement's own "of" and "the" too.)
const OFFICE_COMPLEMENT =
  /^(?:[Oo][Ff]|[Ff][Oo][Rr])\s+(?:[Tt][Hh][Ee]\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:[Oo][Ff]|[Tt][Hh][Ee]|[Aa][Nn][Dd])\s+)*){1,5}(\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’-]+)$/u;

/** "Jane Doe, Reuters", "Jane Doe (Reuters)", "Jane Doe — Reuters" → name and attribution. */
function splitAttribution(label: string): [string, string] | null {
  const paren = /^([^()]+)\(([^()]+)\)\s*$/.exec(label) ?? /^([^[\]]+)\[([^[\]]+)\]\s*$/.exec(label);
  if (paren) return [paren[1]!.trim(), paren[2]!.trim()];
  const comma = label.indexOf(',');
  if (comma > 0) return [label.slice(0, comma).trim(), label.slice(comma + 1).trim()];
  // "Rose Novenario/Hataw": a reporter and the outlet, as a press office's transcript prints them.
  const slash = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})\s*\/\s*([\p{L}\d][^/]{1,40})$/u.exec(label);
  if (slash) return [slash[1]!.trim(), slash[2]!.trim()];
  const dash = /\s[—–]\s/.exec(label);
  if (dash) return [label.slice(0, dash.index).trim(), label.slice(dash.index + dash[0].length).trim()];
  return null;
}

/** Offices and honorifics printed before the name: "MS. SMITH" → ["MS."], "Foreign Minister Wang Yi" → ["Foreign Minister"]. */
// Words that make a title only before another: "HEAD COACH", "PRESIDENTIAL SPOKESPERSON", "FEDERAL CHANCELLOR".
const TITLE_MODIFIERS = new Set(['head', 'presidential', 'federal', 'acting', 'principal', 'chief', 'senior', 'executive', 'assistant', 'associate']);

export function titlesOf(label: string): string[] {
  const words = label.split(/\s+/);
  const titleWords: string[] = [];
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i]!;
    if (i === 0 && word.toLowerCase() === 'the') continue;
    // "HEAD COACH DANA OKAFOR": "head" is a title only before another.
    const headOfTitle = TITLE_MODIFIERS.has(word.toLowerCase()) && TITLE_WORDS.has(words[i + 1]?.toLowerCase() ?? '') && i + 1 < words.length - 1;
    if (!TITLE_WORDS.has(word.toLowerCase()) && !headOfTitle && !(i === 0 && isMisspeltOffice(word))) break;
    titleWords.push(word);
  }
  if (titleWords.length === 0 && words.length === 2 && words[0]!.toLowerCase() === 'the' && TITLE_WORDS.has(words[1]!.toLowerCase())) {
    return [words[1]!];
  }
  return titleWords.length > 0 ? [titleWords.join(' ')] : [];
}

// Offices long enough that one wrong letter ("SECTRETARY PAULSON") still says which.
const LONG_OFFICES = [
  'secretary',
  'president',
  'minister',
  'ambassador',
  'governor',
  'chairman',
  'chairwoman',
  'spokesperson',
  'commissioner',
  'director',
  'senator',
  'premier',
  'chancellor',
];

/** A typist's slip in an office opening a label: one letter more, less or changed. */
export function isMisspeltOffice(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 7 || !/^[a-z]+$/.test(lower)) return false;
  // ("MINSTER SMITH", and "MINSITER SMITH": two letters swapped.)
  return LONG_OFFICES.some(
    (office) =>
      Math.abs(office.length - lower.length) <= 1 &&
      (distance(office, lower) === 1 || (office.length === lower.length && distance(office, lower) === 2 && sameLetters(office, lower))),
  );
}

function sameLetters(a: string, b: string): boolean {
  return [...a].sort().join('') === [...b].sort().join('');
}

function hasWordFrom(phrase: string, words: ReadonlySet<string>): boolean {
  // "Co-Founder", "COO & Chief Product Officer": the words a hyphen or an ampersand joins count too.
  return phrase.split(/[\s&/-]+/).some((w) => words.has(w.toLowerCase().replace(/[.,]/g, '')));
}

/** "Press Secretary Leavitt" has an outlet word ("press") but is a person. */
function hasTitleBeforeName(label: string): boolean {
  return titlesOf(label).length > 0 && !/\b(?:news|television|daily|agency|times|radio|tv)\b/i.test(label);
}
