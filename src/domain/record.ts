// The record of a press conference: pure data and the rules that keep it whole.
// Nothing here does I/O or imports from elsewhere in src.

export const RECORD_SCHEMA = 'presser.record/1' as const;

export const TURN_KINDS = ['narration', 'statement', 'question', 'answer', 'moderation', 'interjection'] as const;
export type TurnKind = (typeof TURN_KINDS)[number];

export const ORIGINS = ['domestic', 'foreign', 'unknown'] as const;
export type Origin = (typeof ORIGINS)[number];

export const CONFERENCE_STATUSES = ['draft', 'scheduled', 'live', 'ended', 'published', 'cancelled'] as const;
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];

/** A role a person plays in one conference; journalists ask, principals answer. */
export const PERSON_ROLES = ['principal', 'moderator', 'journalist', 'interpreter', 'other'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export interface Person {
  name: string;
  /** Titles and offices as printed ("Foreign Minister", "MS."). */
  titles: string[];
  role: PersonRole;
}

export interface Outlet {
  name: string;
  aliases: string[];
  /** ISO 3166-1 alpha-2 code when known. */
  country: string | null;
  /** Relative to the conference's host. */
  origin: Origin;
}

export interface Turn {
  /** 1-based position in the record, without gaps. */
  seq: number;
  kind: TurnKind;
  speaker: Person | null;
  outlet: Outlet | null;
  /** The question an answer replies to, by seq. */
  replyTo: number | null;
  /** The speaker label as printed ("Wang Yi", "MS. SMITH", "Q", "新华社记者"), null when there was none. */
  label: string | null;
  /** Text per language tag; paragraphs separated by a blank line. */
  text: Record<string, string>;
  /** Offsets from the start of the conference, in seconds, when known (live or timed sources). */
  startsAt?: number | null;
  endsAt?: number | null;
}

export interface Conference {
  /** Stable identifier, assigned by the store; null in a record not yet stored. */
  id: string | null;
  slug: string;
  title: string;
  /** YYYY-MM-DD, null when unknown. */
  date: string | null;
  /** HH:MM local time, null when unknown. */
  time: string | null;
  /** IANA zone name ("Asia/Shanghai"), null when unknown. */
  timeZone: string | null;
  venue: string | null;
  occasion: string | null;
  /** The hosting organisation ("Ministry of Foreign Affairs"). */
  host: string | null;
  /** ISO 3166-1 alpha-2 code of the host's country; decides each outlet's origin. */
  hostCountry: string | null;
  topic: string | null;
  languages: string[];
  status: ConferenceStatus;
}

export interface ConferenceRecord {
  schema: typeof RECORD_SCHEMA;
  conference: Conference;
  people: Person[];
  outlets: Outlet[];
  turns: Turn[];
}

export function paragraphs(text: string): string[] {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export function joinParagraphs(paras: readonly string[]): string {
  // Most turns are one paragraph: joined without the two arrays below (the importer joins every turn).
  if (paras.length === 1) return paras[0]!.trim();
  return paras
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .join('\n\n');
}

/** The language a turn is best shown in: the conference's first language it has, else any. */
export function primaryText(turn: Turn, languages: readonly string[]): string {
  for (const lang of languages) {
    const text = turn.text[lang];
    if (text) return text;
  }
  return Object.values(turn.text)[0] ?? '';
}

/** Whom a turn is attributed to, for people: "Wang Yi", "CCTV", "Jane Doe, Reuters". */
export function attribution(turn: Pick<Turn, 'speaker' | 'outlet' | 'label'>): string {
  const name = turn.speaker?.name;
  const outlet = turn.outlet?.name;
  if (name && outlet) return `${name}, ${outlet}`;
  return name ?? outlet ?? turn.label ?? '';
}

/** Comparison key for names: case, punctuation and typographic variants folded. */
/** Words that say what kind of outlet it is, not which one: "Xinhua News Agency" is Xinhua, "BBC World" is BBC. */
const OUTLET_SUFFIXES =
  /(?:\s+(?:news agency|agency|world service|world|tv|television|tv station|broadcasting|channel|network|news|newspaper|media group|group|corporation|inc|ltd|co)|通讯社|电视台|广播电台|新闻社)$/u;

/**
 * The key two names of one outlet share: nameKey (case, punctuation and typographic variants folded),
 * then a leading "the" and trailing kind words removed. Never empty: a name that is all kind words
 * ("News Agency") keeps its nameKey.
 */
export function outletKey(name: string): string {
  // Initials written with points ("B.B.C." → "b b c") are one word: bbc.
  let key = nameKey(name)
    .replace(/^the\s+/, '')
    .replace(/(?<![\p{L}\p{N}])(?:\p{L} )+\p{L}(?![\p{L}\p{N}])/gu, (initials) => initials.replace(/ /g, ''));
  for (let next = key.replace(OUTLET_SUFFIXES, ''); next !== key && next.trim(); next = key.replace(OUTLET_SUFFIXES, '')) key = next.trim();
  return key || nameKey(name);
}

export function nameKey(name: string): string {
  return (
    name
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc`´]/g, "'")
      .replace(/[^\p{L}\p{N}']+/gu, ' ')
      // "王　毅", padded to the width of a three-character name, is 王毅.
      .replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '')
      .trim()
  );
}

/** Gathers the distinct people and outlets that the turns name, in order of first appearance. */
export function collectParticipants(turns: readonly Turn[], key: (name: string) => string = nameKey): { people: Person[]; outlets: Outlet[] } {
  const people = new Map<string, Person>();
  const outlets = new Map<string, Outlet>();
  for (const turn of turns) {
    if (turn.speaker && !people.has(key(turn.speaker.name))) people.set(key(turn.speaker.name), turn.speaker);
    if (turn.outlet && !outlets.has(key(turn.outlet.name))) outlets.set(key(turn.outlet.name), turn.outlet);
  }
  return { people: [...people.values()], outlets: [...outlets.values()] };
}

export interface RecordProblem {
  path: string;
  message: string;
}

/** Checks the invariants a record must keep; an empty list means it is whole. */
export function recordProblems(record: ConferenceRecord): RecordProblem[] {
  const problems: RecordProblem[] = [];
  if (record.schema !== RECORD_SCHEMA) problems.push({ path: 'schema', message: `must be ${RECORD_SCHEMA}` });
  const c = record.conference;
  if (!c.title.trim()) problems.push({ path: 'conference.title', message: 'must not be empty' });
  if (c.date !== null && !isIsoDate(c.date)) problems.push({ path: 'conference.date', message: 'must be YYYY-MM-DD' });
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(c.slug)) problems.push({ path: 'conference.slug', message: 'must be lowercase words joined by hyphens' });
  record.turns.forEach((turn, i) => {
    const at = `turns[${i}]`;
    if (turn.seq !== i + 1) problems.push({ path: `${at}.seq`, message: `must be ${i + 1}` });
    if (!TURN_KINDS.includes(turn.kind)) problems.push({ path: `${at}.kind`, message: 'unknown kind' });
    if (turn.replyTo !== null && (turn.replyTo < 1 || turn.replyTo >= turn.seq)) {
      problems.push({ path: `${at}.replyTo`, message: 'must name an earlier turn' });
    }
  });
  return problems;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real day written YYYY-MM-DD (the importer asks for every date it reads: no Date built). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}
