// Dates and times as transcripts print them: "March 7, 2024", "7 March 2024", "2024-03-07",
// "2024年3月7日", "1:32 P.M. EST". Every pattern is linear; only a bounded prefix is searched.
import { isIsoDate } from '../domain/record.ts';

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';

interface DatePattern {
  regex: RegExp;
  parts(m: RegExpExecArray): [year: string, month: number, day: string];
}

const PATTERNS: DatePattern[] = [
  { regex: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORDINAL},{0,2}\\s+(\\d{4})\\b`, 'i'), parts: (m) => [m[3]!, monthNumber(m[1]!), m[2]!] },
  { regex: new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH},{0,2}\\s+(\\d{4})\\b`, 'i'), parts: (m) => [m[3]!, monthNumber(m[2]!), m[1]!] },
  // "Q2 2025 Earnings CallAug 21, 2024,5:00 p.m. ET": a page's heading run into its date, a capital after a small letter.
  {
    regex: /(?<=\p{Ll})(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+(\d{1,2}),\s*(\d{4})\b/u,
    parts: (m) => [m[3]!, monthNumber(m[1]!), m[2]!],
  },
  // "20-May-2020": a transcript service's running head.
  { regex: new RegExp(`\\b(\\d{1,2})-${MONTH}-(\\d{4})\\b`, 'i'), parts: (m) => [m[3]!, monthNumber(m[2]!), m[1]!] },
  // Not a web address's path ("nytimes.com/2017/11/02/nyregion"): the page's date, not the event's.
  { regex: /(?<![/\w])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![/\w])/, parts: (m) => [m[1]!, Number(m[2]), m[3]!] },
  { regex: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, parts: (m) => [m[1]!, Number(m[2]), m[3]!] },
];

const SEARCH_LIMIT = 2000;
const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/;

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

const ANY_DIGIT = /[\d\uff10-\uff19]/;

/** The first valid date in the text (within its first couple of thousand characters). */
export function findDate(text: string): FoundDate | null {
  const head = text.slice(0, SEARCH_LIMIT);
  // Every pattern has digits: a title line or a sentence without any is settled by one scan.
  if (!ANY_DIGIT.test(head)) return head.includes('年') ? chineseNumeralDate(head) : null;
  // Full-width digits (common in Chinese text) read as ASCII; same length, so indices hold.
  // Full-width digits are rare: the text is copied only when it has one.
  const sample = FULL_WIDTH_DIGIT.test(head) ? head.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : head;
  let best: FoundDate | null = null;
  for (const { regex, parts } of PATTERNS) {
    const m = regex.exec(sample);
    if (!m || (best && m.index >= best.index)) continue;
    const [year, month, day] = parts(m);
    const iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
    if (isIsoDate(iso)) best = { iso, index: m.index, length: m[0].length };
  }
  return best;
}

// "一九三九年九月十六日": a date in Chinese numerals, as books and older documents print it.
const CHINESE_NUMERAL_DATE = /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,4})\s*日/u;
const CHINESE_DIGITS = '〇一二三四五六七八九';

function chineseNumeralDate(text: string): FoundDate | null {
  const m = CHINESE_NUMERAL_DATE.exec(text);
  if (!m) return null;
  const year = [...m[1]!].map((c) => (c === '○' || c === '零' ? 0 : CHINESE_DIGITS.indexOf(c))).join('');
  const iso = `${year}-${String(chineseNumber(m[2]!)).padStart(2, '0')}-${String(chineseNumber(m[3]!)).padStart(2, '0')}`;
  return isIsoDate(iso) ? { iso, index: m.index, length: m[0].length } : null;
}

/** "十", "十二", "二十五", "三十一": a number up to 99 in Chinese numerals. */
function chineseNumber(text: string): number {
  const ten = text.indexOf('十');
  if (ten < 0) return CHINESE_DIGITS.indexOf(text);
  const tens = ten === 0 ? 1 : CHINESE_DIGITS.indexOf(text[0]!);
  const units = ten === text.length - 1 ? 0 : CHINESE_DIGITS.indexOf(text[ten + 1]!);
  return tens * 10 + units;
}

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
// What may precede the date in a dateline: "On", "On Thursday,", "Washington, D.C. —", "BEIJING, ".
const DATELINE_PREFIX = new RegExp(
  `^(?:On\\s+)?(?:${WEEKDAY},?\\s+)?(?:the\\s+)?$|^[\\p{Lu}][\\p{L}.’' ]{1,30}(?:,\\s*[\\p{Lu}][\\p{L}.]{1,15})?\\s*(?:[—–-]{1,2}|,)\\s*(?:${WEEKDAY},?\\s+)?$`,
  'iu',
);

/** Whether the text opens with a date: "On March 7, 2024, ...", "Washington, D.C. — March 5, 2025", "2024年3月7日，". */
export function startsWithDate(text: string): boolean {
  const trimmed = text.trim();
  const found = findDate(trimmed.slice(0, 80));
  if (!found || found.index > 50) return false;
  return DATELINE_PREFIX.test(trimmed.slice(0, found.index));
}

/** A date and nothing after it, perhaps after a weekday or a dateline's place: "Thursday 11 May 2023". */
export function isDateAlone(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > MAX_DATE_LINE) return false;
  const found = findDate(trimmed);
  return found !== null && found.index + found.length === trimmed.length && DATELINE_PREFIX.test(trimmed.slice(0, found.index));
}

const MAX_DATE_LINE = 60;

// "20/11/2017" (an Australian archive's release date), "11/20/2017", "3/10/2011", "9/17/09": day and month in
// figures, read where the order shows (one of them above twelve), or month first where the document is
// American; "05/11/2017" elsewhere could be either and is left unread.
const DATE_IN_FIGURES = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)?\d\d)\s*$/;
const CENTURY_TURN = 50;

/** The day a date printed in figures names, or undefined where it names none or could name two. */
export function dateInFigures(text: string, monthFirst = false): string | undefined {
  const m = DATE_IN_FIGURES.exec(text);
  if (!m) return undefined;
  const [first, second] = [Number(m[1]), Number(m[2])];
  if (first > 12 && second > 12) return undefined;
  if (first <= 12 && second <= 12 && !monthFirst) return undefined;
  const [day, month] = first > 12 || (second <= 12 && !monthFirst) ? [first, second] : [second, first];
  const year = m[3]!.length === 4 ? m[3]! : String((Number(m[3]) > CENTURY_TURN ? 1900 : 2000) + Number(m[3]));
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // 31/11/2017 is no day.
  return day <= 31 && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : undefined;
}

const TRAILING_WEEKDAY = new RegExp(`${WEEKDAY},?\\s*$`, 'i');
const PLACE_BEFORE_DASH = /^([\p{Lu}][\p{L}.’' ]{1,30}(?:,\s*[\p{Lu}][\p{L}.]{1,15})?)\s*[—–-]{1,2}$/u;

/** The place before a dash dateline: "Washington, D.C. — March 5, 2025" → "Washington, D.C.". */
export function datelinePlace(text: string): string | null {
  const trimmed = text.trim();
  const found = findDate(trimmed.slice(0, 80));
  if (!found || found.index === 0) return null;
  const prefix = trimmed.slice(0, found.index).replace(TRAILING_WEEKDAY, '').trim();
  const m = PLACE_BEFORE_DASH.exec(prefix);
  return m ? m[1]!.trim() : null;
}

export interface FoundTime {
  time: string;
  timeZone: string | null;
}

const ZONES: Record<string, string> = {
  EST: 'America/New_York',
  EDT: 'America/New_York',
  ET: 'America/New_York',
  CDT: 'America/Chicago',
  CT: 'America/Chicago',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  PT: 'America/Los_Angeles',
  GMT: 'Europe/London',
  BST: 'Europe/London',
  UTC: 'UTC',
  CET: 'Europe/Paris',
  CEST: 'Europe/Paris',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  BJT: 'Asia/Shanghai',
  HKT: 'Asia/Hong_Kong',
  IST: 'Asia/Kolkata',
  MSK: 'Europe/Moscow',
  SGT: 'Asia/Singapore',
};

const CLOCK_12 = /\b(\d{1,2}):(\d{2})\s*([AaPp])\.?\s*[Mm]\.?(?:\s+([A-Z]{2,4})\b)?/;
const CLOCK_24 = /\b([01]?\d|2[0-3]):([0-5]\d)\b(?:\s+([A-Z]{2,4})\b)?/;

/** A clock time in a short metadata line: "1:32 P.M. EST" → 13:32, America/New_York. */
export function findTime(text: string): FoundTime | null {
  const sample = text.slice(0, 300);
  const twelve = CLOCK_12.exec(sample);
  if (twelve) {
    let hour = Number(twelve[1]) % 12;
    if (twelve[3]!.toLowerCase() === 'p') hour += 12;
    return { time: `${String(hour).padStart(2, '0')}:${twelve[2]}`, timeZone: zoneOf(twelve[4]) };
  }
  const day = CLOCK_24.exec(sample);
  if (day) return { time: `${day[1]!.padStart(2, '0')}:${day[2]}`, timeZone: zoneOf(day[3]) };
  return null;
}

function zoneOf(abbreviation: string | undefined): string | null {
  return abbreviation ? (ZONES[abbreviation] ?? null) : null;
}
