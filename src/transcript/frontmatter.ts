// Markdown/YAML front matter: a "---" block at the top whose fields describe the conference.
import { yamlLibrary } from './lazy-libraries.ts';
import { simpleYamlMapping } from './simple-yaml.ts';
import { mapped } from './arrays.ts';
import { dateInFigures, findDate, findTime } from './dates.ts';
import type { SourceLine } from './types.ts';
import { readTomlFields } from './toml-front-matter.ts';

export interface FrontMatter {
  title?: string;
  date?: string;
  time?: string;
  timeZone?: string;
  venue?: string;
  occasion?: string;
  host?: string;
  hostCountry?: string;
  topic?: string;
  languages?: string[];
  principal?: string;
  /** People the catalogue lists for the document ("creators: [Howard, John]"), as printed. */
  people?: string[];
  /** Who wrote the page up ("authors: ['Emma Adler']"): also among `people`; in an interview, who asks. */
  authors?: string[];
  /** The outlet or programme that published an interview ("publisher: Harbour Radio", "show: …"). */
  publisher?: string;
  /** The post's summary or excerpt ("Transcript of Chair Powell’s Press Conference on December 13, 2023."). */
  lead?: string;
}

type Field = keyof FrontMatter;

/** Accepted spellings of each field, folded to lowercase without separators. */
const FIELD_NAMES: Record<string, Field> = {
  title: 'title',
  date: 'date',
  time: 'time',
  timezone: 'timeZone',
  tz: 'timeZone',
  venue: 'venue',
  location: 'venue',
  place: 'venue',
  occasion: 'occasion',
  event: 'occasion',
  host: 'host',
  organiser: 'host',
  organizer: 'host',
  country: 'hostCountry',
  hostcountry: 'hostCountry',
  topic: 'topic',
  subject: 'topic',
  language: 'languages',
  languages: 'languages',
  lang: 'languages',
  principal: 'principal',
  speaker: 'principal',
  creator: 'people',
  creators: 'people',
  author: 'people',
  authors: 'people',
  people: 'people',
  speakers: 'people',
  publisher: 'publisher',
  outlet: 'publisher',
  media: 'publisher',
  network: 'publisher',
  show: 'publisher',
  podcast: 'publisher',
  programme: 'publisher',
  program: 'publisher',
  excerpt: 'lead',
  articleexcerpt: 'lead',
  summary: 'lead',
  description: 'lead',
  abstract: 'lead',
  subtitle: 'lead',
};

const FENCE = /^---\s*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)\s*$/;
const MAX_FRONT_MATTER_LINES = 200;

/** Splits off front matter (YAML, or TOML between "+++" lines); lines that do not parse as a mapping stay text. */
export function readFrontMatter(lines: readonly SourceLine[]): { frontMatter: FrontMatter | null; rest: readonly SourceLine[] } {
  const toml = readTomlFields(lines);
  if (toml) return { frontMatter: normalize(toml.data), rest: lines.slice(toml.end + 1) };
  // A blank line or two may come before the fence (a mirror's export).
  let start = 0;
  while (start < lines.length && start < 3 && lines[start]!.text.trim() === '') start++;
  if (start === lines.length || !FENCE.test(lines[start]!.text.replace(/^\uFEFF/, ''))) return { frontMatter: null, rest: lines };
  const end = lines.findIndex((line, i) => i > start && i <= start + MAX_FRONT_MATTER_LINES && CLOSING_FENCE.test(line.text));
  if (end < 0) return { frontMatter: null, rest: lines };
  const block = mapped(lines.slice(start + 1, end), (l) => l.text);
  let data: unknown = simpleYamlMapping(block);
  try {
    data ??= yamlLibrary().parse(block.join('\n'), { logLevel: 'error' });
  } catch {
    return { frontMatter: null, rest: lines };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { frontMatter: null, rest: lines };
  return { frontMatter: normalize(data as Record<string, unknown>), rest: lines.slice(end + 1) };
}

// "2021-06-26T05:02:56Z": the time a page was posted, after the day.
const POSTING_TIME = /(?<=^\s*\d{4}-\d{2}-\d{2})T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?\s*$/;

const AUTHOR_KEY = /^authors?$/i;

function normalize(data: Record<string, unknown>): FrontMatter {
  const out: FrontMatter = {};
  for (const [rawKey, value] of Object.entries(data)) {
    const field = FIELD_NAMES[rawKey.toLowerCase().replace(/[^a-z]/g, '')];
    if (!field || value === null || value === undefined) continue;
    if (field === 'people') {
      const list = (Array.isArray(value) ? value : [value]).map((v) => String(v).trim()).filter(Boolean);
      if (list.length > 0) out.people = [...(out.people ?? []), ...list];
      if (list.length > 0 && AUTHOR_KEY.test(rawKey)) out.authors = list;
    } else if (field === 'languages') {
      const list = (Array.isArray(value) ? value : String(value).split(/[,\s]+/)).map((v) => String(v).trim().toLowerCase()).filter(Boolean);
      if (list.length > 0) out.languages = list;
    } else if (field === 'date') {
      const printed = String(value).replace(POSTING_TIME, '');
      const iso = value instanceof Date ? value.toISOString().slice(0, 10) : (findDate(printed)?.iso ?? dateInFigures(printed));
      if (iso) out.date = iso;
    } else if (field === 'time') {
      const time = findTime(String(value));
      if (time) {
        out.time = time.time;
        if (time.timeZone && !out.timeZone) out.timeZone = time.timeZone;
      }
    } else if (field === 'hostCountry') {
      out.hostCountry = String(value).trim().toUpperCase();
    } else if (field !== 'authors') {
      out[field] = String(value).trim();
    }
  }
  if (out.date && out.title) out.date = dayTheTitleNames(out.title, out.date);
  return out;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_IN_TITLE = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;

/**
 * Front matter may date the posting, the morning after: a title that names the weekday ("FIA
 * Friday press conference") dates the event to the last such day on or before it.
 */
function dayTheTitleNames(title: string, posted: string): string {
  const named = WEEKDAY_IN_TITLE.exec(title);
  if (!named) return posted;
  const day = new Date(`${posted}T00:00:00Z`);
  const back = (day.getUTCDay() - WEEKDAYS.indexOf(named[1]!.toLowerCase()) + 7) % 7;
  return new Date(day.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}
