// What a dateline sentence says besides the date: "... held on the margins of the Second
// Session of the 14th National People's Congress at the Media Center, ..." gives the occasion
// and the venue. Capitalised runs only, so ordinary prose ("at the end of last year") is ignored.
import { capitalizedRun, withoutArticle } from './phrases.ts';

export interface DatelineDetails {
  venue: string | null;
  occasion: string | null;
}

const VENUE_WORDS =
  /\b(?:Center|Centre|Hall|Room|House|Building|Palace|Auditorium|Office|Headquarters|Hotel|Pavilion|Chamber|Studio|Square|Residence|Ministry|Embassy|Club|Theatre|Theater|Stadium|Complex|Lounge|Garden|Gardens)\b/;
const OCCASION_TRIGGER =
  /\b(?:on the (?:margins|sidelines) of|on the occasion of|during|ahead of|at the (?:close|end|conclusion|opening) of|following|after)\s+(?:the\s+)?/gi;
const VENUE_TRIGGER = /\b(?:at|in|inside)\s+(?:the\s+)?/gi;
const CHINESE_VENUE = /在([^，。,；;\s]{2,40}?)(?:举行|召开|会见|出席)/u;
// "十四届全国人大二次会议在梅地亚中心举行记者会": the meeting named before the place.
const CHINESE_OCCASION = /([^，。,；;：:\s]{2,40}?(?:会议|大会|峰会|论坛|年会|博览会))(?:期间)?(?:在|于|举行|，|,)/u;
const LEADING_CHINESE_DATE = /^\d{4}年\d{1,2}月\d{1,2}日/u;
const SEARCH_LIMIT = 2000;

export function readDatelineDetails(text: string): DatelineDetails {
  const sample = text.slice(0, SEARCH_LIMIT);
  const chinese = CHINESE_VENUE.exec(sample);
  if (chinese) return { venue: chinese[1]!, occasion: CHINESE_OCCASION.exec(sample)?.[1]?.replace(LEADING_CHINESE_DATE, '') || null };
  return { venue: findVenue(sample), occasion: findOccasion(sample) };
}

function findOccasion(text: string): string | null {
  for (const m of text.matchAll(OCCASION_TRIGGER)) {
    const run = capitalizedRun(text, m.index + m[0].length);
    // An occasion is a named event: more than one word, and not a venue.
    if (run.includes(' ') && !VENUE_WORDS.test(run)) return withoutArticle(run);
  }
  return null;
}

function findVenue(text: string): string | null {
  for (const m of text.matchAll(VENUE_TRIGGER)) {
    const run = capitalizedRun(text, m.index + m[0].length);
    if (run && VENUE_WORDS.test(run)) return withoutArticle(run);
  }
  return null;
}

/** A short line that names a place to meet: "James S. Brady Press Briefing Room". */
export function isVenueLine(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 80 && VENUE_WORDS.test(trimmed) && !/[.?!。]$/.test(trimmed) && /^\p{Lu}/u.test(trimmed);
}
