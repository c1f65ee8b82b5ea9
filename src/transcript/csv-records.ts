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
  const delimiter = headerDelimiter(text);
  if (!delimiter) return null;
  let rows: string[][];
  try {
    rows = csvParseLibrary().parse(text, { delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true });
  } catch {
    return null;
  }
  const [header, ...body] = rows;
  // A CSV's rows are pieces of turns (sentences, a speech split over rows): one speaker's run is one turn.
  const paragraphs = header ? conversationOf(header, body, true) : null;
  return paragraphs ? `${paragraphs.join('\n\n')}\n` : null;
}
