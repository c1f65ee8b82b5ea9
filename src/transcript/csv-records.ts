// A conversation exported as CSV or TSV (a captioning tool's or a data set's rows): a header that
// names who speaks and what is said ("speaker,text", "Speaker\tStart\tText"), a row an utterance.
// Given back as "Speaker: words" paragraphs (speaker-rows.ts). csv-parse reads the rows.
import { csvParseLibrary } from './lazy-libraries.ts';
import { conversationOf, SPEAKER_KEYS, speakerColumns, TEXT_KEYS } from './speaker-rows.ts';

const DELIMITERS = [',', '\t', ';'] as const;

/** The delimiter of a header line naming a speaker column and a words column (or, with `article`, a title column and a words column), or null. */
function headerDelimiter(text: string, article = false): string | null {
  // The first line alone, found without splitting the whole text.
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = text.indexOf('\n', start);
  const firstLine = text.slice(start, end < 0 ? Math.min(text.length, 400) : end).trim();
  if (firstLine.length === 0 || firstLine.length > 300) return null;
  // A header naming a speaker column has the name somewhere (most first lines are a title): settled before splitting.
  const lower = firstLine.toLowerCase();
  const keys = article ? TITLE_KEYS : SPEAKER_KEYS;
  if (!keys.some((key) => lower.includes(key))) return null;
  for (const delimiter of DELIMITERS) {
    const names = lower.split(delimiter).map((name) => name.trim().replace(/^"|"$/g, '').trim());
    if (names.length >= 2 && names.some((n) => keys.includes(n)) && names.some((n) => TEXT_KEYS.includes(n))) return delimiter;
  }
  return null;
}

const TITLE_KEYS = ['title', 'headline', 'subject', '标题'];
const DATE_KEYS = ['date', 'event_date', 'day', '日期'];
const MAX_ARTICLE_ROWS = 3;

/** One column's value where every row that fills it gives the same one ("2020-03-05" on each row), else null. */
function sharedValue(header: readonly string[], rows: readonly (readonly string[])[], keys: readonly string[]): string | null {
  const column = header.findIndex((name) => keys.includes(name.trim().toLowerCase()));
  if (column < 0) return null;
  const values = new Set(rows.map((row) => row[column]?.trim() ?? '').filter((value) => value !== ''));
  if (values.size !== 1) return null;
  const [value] = values;
  // "20260103": a data set's compact date, printed as a date the metadata reads.
  return /^\d{8}$/.test(value!) ? `${value!.slice(0, 4)}-${value!.slice(4, 6)}-${value!.slice(6)}` : value!;
}

/**
 * A scrape kept as CSV, an article a row ("title,date,body"): the first row's words under its
 * title and date (a data set's date column gives the event's day as often as the page's: the
 * record is better dated by it than not at all).
 */
function articleRowText(text: string): string | null {
  const delimiter = headerDelimiter(text, true);
  if (!delimiter) return null;
  let rows: string[][];
  try {
    rows = csvParseLibrary().parse(text, { delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true });
  } catch {
    return null;
  }
  const [header, first] = rows;
  if (!header || !first || rows.length - 1 > MAX_ARTICLE_ROWS) return null;
  const keys = header.map((name) => name.trim().toLowerCase());
  const title = first[keys.findIndex((k) => TITLE_KEYS.includes(k))]?.trim();
  const words = first[keys.findIndex((k) => TEXT_KEYS.includes(k))]?.trim();
  const date = first[keys.findIndex((k) => DATE_KEYS.includes(k))]?.trim();
  return title && words ? `${title}\n\n${date ? `Date: ${date}\n\n` : ''}${words}\n` : null;
}

/** The rows as labelled paragraphs, or null when the text is not such a CSV. */
export function csvRecordsText(text: string): string | null {
  const named = headerDelimiter(text);
  // A data set's rows with no header ("12<TAB>TRUMP<TAB>Thank you very much."): the columns are read from the rows.
  const delimiter = named ?? (isTabTable(text) ? '\t' : null);
  if (!delimiter) return articleRowText(text);
  let rows: string[][];
  try {
    // A TSV quotes nothing: a quotation mark in its cells is the speaker's ('"No, no, no." I said').
    const quote = delimiter === '\t' ? false : '"';
    rows = csvParseLibrary().parse(text, { delimiter, quote, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true });
  } catch {
    return null;
  }
  const header = named ? (rows[0] ?? null) : null;
  const body = named ? rows.slice(1) : rows;
  // A CSV's rows are pieces of turns (sentences, a speech split over rows): one speaker's run is one turn.
  const paragraphs = named && !header ? null : conversationOf(header, body, true);
  if (!paragraphs) return null;
  // The event's title and day where every row carries the same ("title", "date" columns): lines over the turns.
  const title = header ? sharedValue(header, body, TITLE_KEYS) : null;
  const date = header ? sharedValue(header, body, DATE_KEYS) : null;
  const head = [...(title ? [title] : []), ...(date ? [`Date: ${date}`] : []), ...(header ? participantsOf(header, body) : [])];
  return `${[...head, ...paragraphs].join('\n\n')}\n`;
}

// A column of each speaker's post ("Title": "Chief Executive Officer at Qorvo", "Analyst at Raymond James").
const POST_KEYS = ['title', 'position', 'job title', 'affiliation', 'speaker title', 'speaker_title'];
const AT_FIRM = /\s+at\s+(\S.*)$/;

/**
 * A call's rows that give every speaker a post ("… at Firm"): the participants lists a call's
 * transcript prints above its turns (participant-lists.ts). The firm most speakers work for is the
 * company, whose people answer; the others ask for their firms. Nothing where no firm is shared.
 */
function participantsOf(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const column = header.findIndex((name) => POST_KEYS.includes(name.trim().toLowerCase()));
  const speakers = column < 0 ? null : speakerColumns(header, rows);
  if (!speakers) return [];
  const firmOf = new Map<string, string>();
  for (const row of rows) {
    const name = row[speakers.speaker]?.trim() ?? '';
    const firm = AT_FIRM.exec(row[column]?.trim() ?? '')?.[1]?.trim();
    if (name !== '' && firm && !firmOf.has(name)) firmOf.set(name, firm);
  }
  const headcount = new Map<string, number>();
  for (const firm of firmOf.values()) headcount.set(firm, (headcount.get(firm) ?? 0) + 1);
  const [company, count] = [...headcount].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (count < 2 || headcount.size < 2) return [];
  const entries = (ofCompany: boolean) => [...firmOf].filter(([, firm]) => (firm === company) === ofCompany).map(([name, firm]) => `${name} – ${firm}`);
  return ['Company Participants', ...entries(true), 'Conference Call Participants', ...entries(false)];
}

const TABLE_LINES = 20;

/** Lines cut by tabs into the same number of cells, two at least, in the first lines: a table kept as TSV. */
function isTabTable(text: string): boolean {
  const firstBreak = text.indexOf('\n');
  if (firstBreak < 0 || !text.slice(0, firstBreak).includes('\t')) return false;
  const lines = text.split('\n', TABLE_LINES + 1).filter((l) => l.trim() !== '');
  // (Lines of blanks and tabs only are no rows: the first row may be past them, or nowhere.)
  if (lines.length < 3) return false;
  const cells = (line: string) => line.split('\t').length;
  const width = cells(lines[0]!);
  return width >= 2 && lines.slice(0, TABLE_LINES).every((l) => cells(l) === width);
}
