// The cast a transcript declares above its first turn, field by field: "Moderator: Jane Doe",
// "Interviewer: Oren Talbot (OT), The Ledger", "Interviewee: Dr. Beatrix Nwosu (BN), Chief
// Statistician", "Speakers: …", and a Chinese release's "主持人：国务院新闻办新闻局副局长 刘明",
// "发布人：农业农村部副部长 张建国". Who the document says runs the floor, answers or asks is
// taken as said; their initials ("OT:") stand for them as labels.

export type DeclaredRole = 'principal' | 'moderator' | 'journalist';

export interface DeclaredPerson {
  name: string;
  role: DeclaredRole;
  /** "OT" when the field prints "(OT)" after the name. */
  initials?: string;
  /** The interviewer's outlet, printed after the name ("…, The Ledger"). */
  outlet?: string;
}

// Field names, in English and Chinese, and the part each declares.
const ROLE_FIELDS: ReadonlyArray<[RegExp, DeclaredRole]> = [
  [/^(?:moderators?|moderated by|hosted by|chaired by|emcee|主持人|主持)$/iu, 'moderator'],
  [/^(?:interviewers?|interviewed by|questions? by|采访者|采访人|提问者|访问者|采访|采写)$/iu, 'journalist'],
  [
    /^(?:interviewees?|guests?|speakers|panell?ists?|participants|presenters?|briefers?|发布人|发布嘉宾|出席嘉宾|采访嘉宾|访谈嘉宾|嘉宾|受访者|受访人|主讲人|答问人)$/iu,
    'principal',
  ],
];

// A byline's bar stands for the colon: "采访 | 邹欣，CSDN &《新程序员》首席内容顾问".
const FIELD = /^\s*(?:[*_]{1,2})?([\p{L} ]{2,20}?)(?:[*_]{1,2})?\s*[:：|｜]\s*(?:[*_]{1,2})?\s*(\S.{0,300}?)\s*$/u;
const INITIALS = /\s*[(（]\s*([A-Z]{1,4})\s*[)）]/;
const HAN = /\p{Script=Han}/u;
const BOOK_TITLE = /《([^《》]{1,20})》/u;
const LIST_SEPARATOR = /\s*[;；、]\s*|\s+and\s+|，/u;
// "Dr. Beatrix Nwosu": a name of two to four capitalised words after any honorific.
const NAME = /^(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame)\.?\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})$/u;
const CHINESE_NAME = /^[\p{Script=Han}·]{2,4}$/u;

/** The role a field line declares and the people it names, or null when the line is no such field. */
export function readCastField(line: string): DeclaredPerson[] | null {
  if (line.length > 320) return null;
  const field = FIELD.exec(line);
  if (!field) return null;
  const role = ROLE_FIELDS.find(([name]) => name.test(field[1]!.trim()))?.[1];
  if (!role) return null;
  const people: DeclaredPerson[] = [];
  const value = field[2]!.replace(/[*_]{2}/g, '');
  for (const entry of value.split(LIST_SEPARATOR)) {
    const person = entryPerson(entry, role);
    if (person) people.push(person);
  }
  // "邹欣，CSDN &《新程序员》首席内容顾问": an interviewer's post names the medium in book-title marks.
  const medium = BOOK_TITLE.exec(value)?.[1];
  if (role === 'journalist' && medium && people.length === 1 && HAN.test(people[0]!.name) && !people[0]!.outlet) people[0]!.outlet = medium;
  return people.length > 0 ? people : null;
}

/** "Oren Talbot (OT), The Ledger", "农业农村部副部长 张建国": the person an entry names, with initials and outlet. */
function entryPerson(entry: string, role: DeclaredRole): DeclaredPerson | null {
  const trimmed = entry.trim().replace(/[.。]$/, '');
  if (trimmed === '') return null;
  if (HAN.test(trimmed)) {
    // The post first, the name last, a space between: "国务院新闻办新闻局副局长 刘明".
    const last = trimmed.split(/[\s\u3000]+/).pop()!;
    return CHINESE_NAME.test(last) ? { name: last, role } : null;
  }
  const initials = INITIALS.exec(trimmed)?.[1];
  const plain = trimmed.replace(INITIALS, '');
  const comma = plain.indexOf(',');
  const namePart = (comma < 0 ? plain : plain.slice(0, comma)).trim();
  const name = NAME.exec(namePart)?.[1];
  if (!name) return null;
  const after = comma < 0 ? '' : plain.slice(comma + 1).trim();
  const person: DeclaredPerson = { name, role };
  if (initials) person.initials = initials;
  // An interviewer's outlet follows the name; a principal's post does.
  if (role === 'journalist' && after !== '') person.outlet = after;
  return person;
}
