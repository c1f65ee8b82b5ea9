// Word lists the label conventions share: what a name-like label may contain and which
// first words mark an ordinary sentence instead.
import { isWhiteSpace } from './types.ts';

/** Small words allowed inside names and outlet names ("Voice of America", "Ursula von der Leyen"). */
export const CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'de',
  'du',
  'des',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'al',
  'el',
  'bin',
  'ibn',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'del',
  'y',
  'e',
  '&',
]);

/** First words of ordinary sentences; a label never starts with one ("In short: ..."). */
export const SENTENCE_STARTERS = new Set([
  'a',
  'an',
  'in',
  'on',
  'at',
  'as',
  'for',
  'it',
  'its',
  'we',
  'i',
  'you',
  'he',
  'she',
  'they',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'our',
  'my',
  'his',
  'her',
  'their',
  'so',
  'but',
  'and',
  'or',
  'if',
  'when',
  'what',
  'how',
  'why',
  'where',
  'who',
  'which',
  'yes',
  'no',
  'not',
  'also',
  'however',
  'now',
  'then',
  'today',
  'first',
  'second',
  'third',
  'finally',
  // Points counted off in an answer ("Four: the euro is supported …"): no name.
  'firstly',
  'secondly',
  'thirdly',
  'fourth',
  'fifth',
  'lastly',
  'two',
  'three',
  'four',
  'five',
  'because',
  'with',
  'from',
  'by',
  'after',
  // Greetings before a name ("Hey Lenny. Excited to be here."): no given name either.
  'hey',
  'hi',
  'hello',
  'thanks',
  'dear',
  // Prepositions that open a sentence before a name ("Under Okafor, the tugs …"): no given name.
  'under',
  'since',
  'unlike',
  'without',
  'through',
  'against',
  'among',
  'between',
  'despite',
  'until',
  'upon',
  'within',
  'beyond',
  'toward',
  'towards',
  'across',
  'behind',
  'before',
  'during',
  'although',
  'while',
  'please',
  'let',
  'one',
  'all',
  'some',
  'many',
  'both',
  'each',
  'every',
  'such',
  'only',
  'just',
  'thus',
  'hence',
  'again',
  'still',
  'well',
  'to',
  'is',
  'are',
  'was',
  'were',
  'be',
  'do',
  'does',
  'did',
  'can',
  'will',
  'would',
  'should',
  'could',
  'may',
  'might',
  'must',
  'thank',
  'thanks',
  'dear',
  'ladies',
  'friends',
  'example',
  'namely',
  'specifically',
  'including',
  'result',
  // Adverbs a sentence may put before a capitalised name ("Never Trump", "Always Smith"): no given names.
  'never',
  'always',
  'ever',
  'even',
  'very',
  'too',
]);

/** Field names of metadata lines ("Date: 7 March 2024"): metadata, never speakers. */
export const METADATA_KEYS = new Set([
  'date',
  'time',
  'venue',
  'location',
  'place',
  'title',
  'topic',
  'subject',
  'occasion',
  'event',
  'host',
  'country',
  'language',
  'languages',
  'speaker',
  'speakers',
  'principal',
  'participants',
  'note',
  'notes',
  'source',
  'sources',
  'update',
  'updated',
  'tags',
  'keywords',
  'related',
  'see also',
  'photo',
  'video',
  'file',
  're',
  'summary',
  'bio',
  'biography',
  'age',
  'nick',
  'nickname',
  'irc nick',
  'occupation',
  'transcript',
  'transcription',
  'topic(s)',
  'subject(s)',
  'attachment',
  'links',
  'url',
  'email',
  'e-mail',
  'tel',
  'fax',
  'phone',
  'editor',
  "editor's note",
  'correction',
  'corrections',
  // A company's covering letter to the exchanges, and the call's participants listed under it.
  'sub',
  'ref',
  'encl',
  'scrip code',
  'scrip symbol',
  'membership no',
  'management',
  'company participants',
  'conference call participants',
  'executives',
  'disclaimer',
  'legal disclaimer',
  'safe harbor',
  'safe harbour',
  'forward-looking statements',
  'clarification',
  'postscript',
  // A hearing transcript's cover: "PRESIDING:", "PRESENT:", "APPEARANCES:".
  'presiding',
  'present',
  'also present',
  'appearances',
  'editor’s note',
  'copyright',
  'http',
  'https',
  'ftp',
  'mailto',
  'timezone',
  'time zone',
  // Catalogue and press-office fields: "Subjects:", "Category:", "Media contact:".
  'subjects',
  'topics',
  'category',
  'categories',
  'panelists',
  'panellists',
  'contact',
  'contacts',
  'media contact',
  'media contacts',
  'media inquiries',
  'media enquiries',
  'published',
  'posted',
  'released',
  'last update',
  'last updated',
  'publisher',
]);

// "Minister’s Office: 02 6277 7500": a telephone number after the colon is a contact line.
const PHONE_NUMBER = /^\s*(?:\+|\(\d)?\d[\d ()./-]{6,}\d(?:\s|$|[,;])/;

/** A field of a letterhead or a catalogue record ("Subject(s):", "TOPIC:", "Media inquiries:"), never a speaker. */
export function isFieldLabel(name: string, body: string): boolean {
  const key = name
    .toLowerCase()
    .replace(/\((?:s|es)\)$|\/s$/, 's')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  // An address needs its "@": most bodies are settled without the pattern.
  return (
    METADATA_KEYS.has(key) || PHONE_NUMBER.test(body) || (body.includes('@') && EMAIL_ONLY.test(body)) || (CAST_FIELD_KEYS.test(key) && NAMES_ONLY.test(body))
  );
}

// "INTERVIEWEE: Makoto Kaneko", "INTERVIEWER: Selma Sabanovic and Matthew Francisco": a record's field
// saying who took part, names and nothing more after it; the same word over speech is a label.
const CAST_FIELD_KEYS = /^(?:interviewees?|interviewers?|guests?|panell?ists?)$/;
const NAME = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|da|van|von|der))*";
const NAMES_ONLY = new RegExp(`^\\s*${NAME}(?:\\s*(?:,|and|&)\\s*${NAME})*\\s*$`, 'u');

// "Department Media:  media@example.gov": a contact line, nobody's words.
const EMAIL_ONLY = /^\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$/;

/** Words that mark a media outlet rather than a person. */
export const OUTLET_WORDS = new Set([
  'television',
  'tv',
  'daily',
  'news',
  'agency',
  'times',
  'post',
  'radio',
  'press',
  'broadcasting',
  'broadcast',
  'network',
  'journal',
  'herald',
  'tribune',
  'gazette',
  'ledger',
  'courier',
  'dispatch',
  'bulletin',
  'telegraph',
  'media',
  'channel',
  'newspaper',
  'magazine',
  'weekly',
  'review',
  'chronicle',
  'observer',
  'guardian',
  'economist',
  'wire',
  'online',
  'service',
  'corporation',
  'xinhua',
  'reuters',
  'afp',
  'ap',
  'bloomberg',
  'tass',
  'kyodo',
  'nhk',
  'yonhap',
  'cctv',
  'cgtn',
  'cnn',
  'bbc',
  'abc',
  'cbs',
  'nbc',
  'fox',
  'msnbc',
  'npr',
  'pbs',
  'rtl',
  'dpa',
  'efe',
  'ansa',
  'ria',
  'novosti',
  'sputnik',
  'aljazeera',
  'jazeera',
  'phoenix',
  'dw',
  'welle',
  'politico',
  'axios',
  'asahi',
  'shimbun',
  'mainichi',
  'yomiuri',
  'nikkei',
  'straits',
  'bernama',
  'antara',
  'anadolu',
  'prensa',
  'latina',
  'sana',
  'wafa',
  'irna',
  'pti',
  'ani',
  'hindu',
  'dawn',
  'apa',
]);

/** Words of offices and honorifics that precede a name ("SECRETARY BLINKEN", "Foreign Minister Wang Yi"). */
export const TITLE_WORDS = new Set([
  'mr.',
  'ms.',
  'mrs.',
  'dr.',
  'mr',
  'ms',
  'mrs',
  'dr',
  'miss',
  'sec.',
  'sec',
  'shri',
  'smt.',
  'smt',
  'sri',
  'prof.',
  'professor',
  'secretary',
  'general',
  'admiral',
  'ambassador',
  'senator',
  'governor',
  'mayor',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'president',
  'vice',
  'prime',
  'minister',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'colonel',
  'captain',
  'lieutenant',
  'commander',
  'representative',
  'congresswoman',
  'congressman',
  'coach',
  // A player's position before the name, as a team's media day prints it: "Defender Stephen Keel:".
  'defender',
  'midfielder',
  'goalkeeper',
  'goaltender',
  'striker',
  'winger',
  'quarterback',
  'linebacker',
  'gm',
  'director',
  'commissioner',
  'administrator',
  'deputy',
  'press',
  'attorney',
  // Offices hyphenated into one word: "Deputy Attorney-General Lionel Yee".
  'attorney-general',
  'solicitor-general',
  'secretary-general',
  'director-general',
  'governor-general',
  'inspector-general',
  'auditor-general',
  'foreign',
  'premier',
  // "PM BROWN": a prime minister's label in Australian and British transcripts.
  'pm',
  'chancellor',
  'assistant',
  'acting',
  'chief',
  'executive',
  'senior',
  'state',
  'defense',
  'defence',
  'national',
  'security',
  'adviser',
  'advisor',
  'councillor',
  'counselor',
  'sir',
  'dame',
  'excellency',
  'h.e.',
  'lord',
  'lady',
  'judge',
  'justice',
  'sheikh',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'cardinal',
  'bishop',
  'rabbi',
  'imam',
  'sergeant',
  'major',
  'brigadier',
  'marshal',
  // Ranks as the Pentagon's transcripts abbreviate them: "ADM. COLE", "GEN. MILLEY", "REAR ADMIRAL JANE COLE".
  'rear',
  'adm.',
  'adm',
  'gen.',
  'lt.',
  'col.',
  'capt.',
  'cmdr.',
  'cdr.',
  'maj.',
  'sgt.',
  'brig.',
]);

/** Words that make a comma attribution a title ("Wang Yi, Foreign Minister"), not an outlet. */
const GIVEN_NAME_STARTERS = new Set(['will', 'may', 'don', 'pat']);

export const OFFICE_WORDS = new Set([
  'minister',
  'secretary',
  'president',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'ambassador',
  'director',
  'chair',
  'chairman',
  'governor',
  'senator',
  'premier',
  'chancellor',
  'commissioner',
  'general',
  'admiral',
  'mayor',
  'adviser',
  'advisor',
  'head',
  'chief',
  'deputy',
  'vice',
  'moderator',
  'host',
  'interpreter',
  'professor',
  'ceo',
  'cfo',
  'coo',
  'cto',
  'cio',
  'evp',
  'svp',
  'manager',
  'founder',
  'officer',
  'envoy',
  'representative',
  'counsellor',
]);

const NAME_WORD = /^[\p{Lu}\p{Lt}][\p{L}\p{M}\p{N}'’.\-/&]*$/u;
const NUMBER_WORD = /^\p{N}[\p{L}\p{N}]*$/u;

/** Whether a phrase reads as a name or outlet: a few capitalised words and connectors. */
export function isNameLike(phrase: string, maxWords = 6): boolean {
  const words = wordsOf(phrase, maxWords);
  if (words === null || words.length === 0) return false;
  const first = words[0]!;
  if (!isNameWord(first)) return false;
  // ("A. Krishnan": an initial, not the article.)
  const starter = first.toLowerCase().replace(/[.’']$/, '');
  // ("Will Woods": a given name a sentence may also open with, before a capitalised surname.)
  const givenName = GIVEN_NAME_STARTERS.has(starter) && words.length >= 2 && words.length <= 3 && isNameWord(words[1]!);
  if (!(first.length === 2 && first.charCodeAt(1) === 0x2e) && SENTENCE_STARTERS.has(starter) && !givenName) return false;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (isNameWord(word) || isNumberWord(word)) continue;
    if (CONNECTORS.has(word.toLowerCase()) && i < words.length - 1) continue;
    return false;
  }
  return true;
}

/**
 * The phrase's words (runs of characters other than \s, as split(/\s+/) gives them), or null
 * when there are more than `max`: split by character code, as a label is read on every line
 * that may hold one.
 */
function wordsOf(phrase: string, max: number): string[] | null {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= phrase.length; i++) {
    const space = i === phrase.length || isWhiteSpace(phrase.charCodeAt(i));
    if (space && start >= 0) {
      if (words.length === max) return null;
      words.push(phrase.slice(start, i));
      start = -1;
    } else if (!space && start < 0) start = i;
  }
  return words;
}

/** NAME_WORD, settled by character code for ASCII words ("Smith", "O'Brien", "AT&T"). */
function isNameWord(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 0x80) return NAME_WORD.test(word);
  if (!isAsciiCapital(first)) return false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return NAME_WORD.test(word);
    if (!(isAsciiLetterOrDigit(c) || c === 0x27 || c === 0x2e || c === 0x2d || c === 0x2f || c === 0x26)) return false;
  }
  return true;
}

/** NUMBER_WORD, settled by character code for ASCII words ("2024", "3rd"). */
function isNumberWord(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 0x80) return NUMBER_WORD.test(word);
  if (!(first >= 0x30 && first <= 0x39)) return false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return NUMBER_WORD.test(word);
    if (!isAsciiLetterOrDigit(c)) return false;
  }
  return true;
}

function isAsciiCapital(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || isAsciiCapital(c) || (c >= 0x30 && c <= 0x39);
}

/** Natural case for a label printed in capitals: "MS. SMITH" → "Ms. Smith", "O'BRIEN" → "O'Brien". */
export function naturalCase(label: string): string {
  // ("LeBRON JAMES", "McDONALD": capitals but for a name's prefix.)
  if (/\p{Ll}/u.test(label.replace(CAPITALS_PREFIX, ''))) return label;
  return label
    .split(' ')
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && CONNECTORS.has(lower)) return lower;
      // "O'NEILL" → "O'Neill", "J.J." → "J.J." (initials keep their capitals), "LeBRON" → "LeBron".
      const prefix = PREFIXED_WORD.exec(word);
      const cased = lower.replace(/(^|[-'’.])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
      return prefix ? `${prefix[1]}${cased.charAt(prefix[1]!.length).toUpperCase()}${cased.slice(prefix[1]!.length + 1)}` : cased;
    })
    .join(' ');
}

const CAPITALS_PREFIX = /(?<=^|\s)(?:Mc|Mac|Le|La|De|Di|Du)(?=\p{Lu}{2})/gu;
const PREFIXED_WORD = /^(Mc|Mac|Le|La|De|Di|Du)\p{Lu}{2}/u;

// Notes printed after a label: "Question (retranslated)", "Wang Yi (via interpreter)", "Q (inaudible)".
const LABEL_NOTE =
  /\s*[([](?:re-?translated|translated|interpreted|(?:via|through) (?:an )?interpret(?:er|ation)|in [A-Z][a-z]+|inaudible|off[- ]mic(?:rophone)?|continuing|continued|cont['’]?d\.?|via video(?:\s?link)?|by (?:tele)?phone|remotely|online|speaking [A-Za-z]+)[)\]]$/i;

// The same in Chinese: "法新社记者（追问）", "彭博社记者(英文)".
const CHINESE_LABEL_NOTE = /\s*[（(](?:追问|再问|翻译|译|英文|中文|现场翻译|同传|续|(?:以下)?简称[:：]?[^（）()\s]{1,10})[）)]$/u;

/** The label without a note on how the words came ("Question (retranslated)" → "Question"). */
export function withoutLabelNote(label: string): string {
  const last = label.charCodeAt(label.length - 1);
  if (last === 0xff09 /* ） */) return label.replace(CHINESE_LABEL_NOTE, '');
  return last === 0x29 || last === 0x5d ? label.replace(LABEL_NOTE, '').replace(CHINESE_LABEL_NOTE, '') : label;
}

// An outlet's name (capitalised words, perhaps its initials in brackets), a reporter's post in lower case, a full name.
export const OUTLET_POST_NAME =
  /^(\p{Lu}[\p{L}\d&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\d&.'’-]*|\(\p{Lu}[\p{L}\d&.-]{1,10}\)|of|the|de)){0,6})\s+((?:(?:news|chief|senior|political|foreign|white house|washington|moscow|beijing)\s+)?(?:journalist|correspondent|presenter|anchor|reporter|editor|editor-in-chief|commentator|interviewer|columnist|host|producer))\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})$/u;

/** "PM", "JOURNALIST", "MR. LEE": a label in capitals, its colon aside (inline-labels.ts and index.ts read such labels where others need a sentence's end). */
export function isCapitalsLabel(label: string): boolean {
  return CAPITALS_LABEL.test(label.endsWith(':') ? label.slice(0, -1) : label);
}

const CAPITALS_LABEL = /^\p{Lu}[\p{Lu}.' ]*\p{Lu}\.?$/u;
