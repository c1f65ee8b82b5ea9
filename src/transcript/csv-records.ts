// A conversation exported as CSV or TSV (a captioning tool's or a data set's rows): a header that
// names who speaks and what is said ("speaker,text", "Speaker\tStart\tText"), a row an utterance.
// Given back as "Speaker: words" paragraphs (speaker-rows.ts). csv-parse reads the rows.
import { csvParseLibrary } from './lazy-libraries.ts';
import { conversationOf, SPEAKER_KEYS, TEXT_KEYS } from './speaker-rows.ts';

const DELIMITERS = [',', '\t', ';'] as const;

/** The delimiter of a header line naming a speaker column and a words column, or null. */
function headerDelimiter(text: string): string | null {
  // The first line alone, found without splitting the whole text.
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = text.indexOf('\n', start);
  const firstLine = text.slice(start, end < 0 ? Math.min(text.length, 400) : end).trim();
  if (firstLine.length === 0 || firstLine.length > 300) return null;
  // A header naming a speaker column has the name somewhere (most first lines are a title): settled before splitting.
  const lower = firstLine.toLowerCase();
  if (!SPEAKER_KEYS.some((key) => lower.includes(key))) return null;
  for (const delimiter of DELIMITERS) {
    const names = lower.split(delimiter).map((name) => name.trim().replace(/^"|"$/g, '').trim());
    if (names.length >= 2 && names.some((n) => SPEAKER_KEYS.includes(n)) && names.some((n) => TEXT_KEYS.includes(n))) return delimiter;
  }
  return null;
}

/** The rows as labelled paragraphs, or null when the text is not such a CSV. */
export function csvRecordsText(text: string): string | null {
  const named = headerDelimiter(text);
  // A data set's rows with no header ("12<TAB>TRUMP<TAB>Thank you very much."): the columns are read from the rows.
  const delimiter = named ?? (isTabTable(text) ? '\t' : null);
  if (!delimiter) return null;
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
  return paragraphs ? `${paragraphs.join('\n\n')}\n` : null;
}

const TABLE_LINES = 20;

/** Lines cut by tabs into the same number of cells, two at least, in the first lines: a table kept as TSV. */
function isTabTable(text: string): boolean {
  const firstBreak = text.indexOf('\n');
  if (firstBreak < 0 || !text.slice(0, firstBreak).includes('\t')) return false;
  const lines = text.split('\n', TABLE_LINES + 1).filter((l) => l.trim() !== '');
  const cells = (line: string) => line.split('\t').length;
  const width = cells(lines[0]!);
  return lines.length >= 3 && width >= 2 && lines.slice(0, TABLE_LINES).every((l) => cells(l) === width);
}
