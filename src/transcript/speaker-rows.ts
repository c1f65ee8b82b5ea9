// A conversation kept as rows: a table of who spoke and what they said (a web page's <table>, a
// Markdown pipe table, a CSV export of a captioning tool). Given back as the importer reads any
// transcript, "Speaker: words", a paragraph each, so the conventions find the labels as printed.
// Which column is the speaker's is read from the header where it names one, else from the cells:
// short name-like cells that recur beside a column of long ones.

/** Column names (lowercased) of who speaks and of what is said. */
export const SPEAKER_KEYS = [
  'speaker',
  'speakername',
  'speaker_name',
  'speaker name',
  'sendername',
  'sender',
  'author',
  'name',
  'from',
  'role',
  'participant',
  'who',
  '发言人',
  '发言者',
  '说话人',
  '讲者',
  '姓名',
];
export const TEXT_KEYS = [
  'text',
  'content',
  'message',
  'body',
  'utterance',
  'transcript',
  'words',
  'speech',
  'remarks',
  // A data set's rows of one sentence each: "index,speaker,sentence".
  'sentence',
  'sentences',
  'dialogue',
  '内容',
  '发言',
  '文本',
];

const MIN_ROWS = 3;
const MAX_SPEAKER_CHARS = 60;
const MAX_SPEAKER_WORDS = 7;

export interface SpeakerColumns {
  speaker: number;
  text: number;
}

const keyOf = (cell: string) => cell.trim().toLowerCase().replace(/\s+/g, ' ');

/** The speaker's and the words' columns, or null when the rows are not a conversation. */
export function speakerColumns(header: readonly string[] | null, rows: readonly (readonly string[])[]): SpeakerColumns | null {
  if (rows.length < MIN_ROWS) return null;
  if (header) {
    const keys = header.map(keyOf);
    const speaker = keys.findIndex((k) => SPEAKER_KEYS.includes(k));
    const text = keys.findIndex((k) => TEXT_KEYS.includes(k));
    if (speaker >= 0 && text >= 0 && speaker !== text) return { speaker, text };
  }
  const width = Math.max(...rows.map((r) => r.length));
  if (width < 2) return null;
  const lengths = Array.from({ length: width }, (_, c) => rows.reduce((n, r) => n + (r[c]?.trim().length ?? 0), 0));
  // The words: the column with the most text.
  const text = lengths.indexOf(Math.max(...lengths));
  let speaker = -1;
  for (let c = 0; c < width && speaker < 0; c++)
    if (
      c !== text &&
      isSpeakerColumn(
        rows.map((r) => r[c]?.trim() ?? ''),
        lengths[c]!,
        lengths[text]!,
      )
    )
      speaker = c;
  return speaker < 0 ? null : { speaker, text };
}

/**
 * Cells that name speakers: most short and shaped like a name or a role (no sentence in them),
 * some printed more than once (the same people speak again), much less text than the words' column.
 */
function isSpeakerColumn(cells: readonly string[], length: number, textLength: number): boolean {
  if (length * 1.5 > textLength) return false;
  const named = cells.filter((cell) => cell !== '');
  if (named.length < MIN_ROWS || named.length * 2 < cells.length) return false;
  const labelLike = named.filter(isLabelLike).length;
  if (labelLike < named.length * 0.9) return false;
  return new Set(named.map(keyOf)).size < named.length;
}

function isLabelLike(cell: string): boolean {
  if (cell.length > MAX_SPEAKER_CHARS || /[.?!。？！]$/.test(cell) || /^\d[\d:.,\s]*$/.test(cell)) return false;
  return cell.split(/\s+/).length <= MAX_SPEAKER_WORDS;
}

/**
 * "Speaker: words" paragraphs; a row with no speaker continues the paragraph before it, and so
 * does a row of the same speaker where rows are pieces of turns (a data set's rows of one sentence
 * each; not a chat's messages, each a turn).
 */
const HAN_LINE_BREAK = /([\p{Script=Han}，。、；：！？）」』])[ \t]*\n\s*(?=[\p{Script=Han}（「『])/gu;

export function labelledParagraphs(rows: readonly (readonly string[])[], columns: SpeakerColumns, rowsArePieces = false): string[] {
  const paragraphs: string[] = [];
  let last = '';
  for (const row of rows) {
    // A line break inside Chinese is no space; elsewhere it is one.
    const words = (row[columns.text] ?? '')
      .replace(HAN_LINE_BREAK, '$1')
      .replace(/\s*\n\s*/g, ' ')
      .trim();
    const speaker = (row[columns.speaker] ?? '')
      .replace(/[:：]\s*$/, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (words === '') continue;
    if ((speaker === '' || (rowsArePieces && speaker === last)) && paragraphs.length > 0) paragraphs[paragraphs.length - 1] += ` ${words}`;
    else paragraphs.push(speaker === '' ? words : `${speaker}${/\p{Script=Han}$/u.test(speaker) ? '：' : ':'} ${words}`);
    if (speaker !== '') last = speaker;
  }
  return paragraphs;
}

/** The rows as labelled paragraphs, or null when they are not a conversation. */
export function conversationOf(header: readonly string[] | null, rows: readonly (readonly string[])[], rowsArePieces = false): string[] | null {
  const columns = speakerColumns(header, rows);
  if (!columns) return null;
  const paragraphs = labelledParagraphs(rows, columns, rowsArePieces);
  return paragraphs.length >= MIN_ROWS ? paragraphs : null;
}
