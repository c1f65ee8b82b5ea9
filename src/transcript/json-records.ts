// A conversation kept as JSON records, as chat exports and data sets store them: one object per
// utterance, with who spoke and what they said ([{ "senderName": "…", "text": "…" }, …], or
// { "messages": [ … ] }). Given back as the importer reads any transcript: "Speaker: words",
// a paragraph each, so the conventions find the labels as printed.
import { knownOutlet } from './outlets.ts';
import { labelledParagraphs, SPEAKER_KEYS, TEXT_KEYS } from './speaker-rows.ts';
import { FIRM_KEY, nestedRecords } from './nested-records.ts';

const MIN_RECORDS = 4;

/** Whether the text opens as a JSON array or object (a transcript never does). */
export function looksLikeJson(text: string): boolean {
  const first = /\S/.exec(text.slice(0, 200));
  return first !== null && (first[0] === '[' || first[0] === '{');
}

/** The records as "Speaker: words" paragraphs, or null when the JSON holds no conversation. */
export function jsonRecordsText(json: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  return recordsText(parsed);
}

/** A parsed document's records (JSON's or YAML's) as "Speaker: words" paragraphs, or null when it holds no conversation. */
export function recordsText(parsed: unknown): string | null {
  const listed = recordsIn(parsed);
  const nested = listed ? null : nestedRecords(parsed, SPEAKER_KEYS, TEXT_KEYS);
  const records = listed ?? nested?.records ?? null;
  if (!records) return pairedQuestionsText(parsed);
  // A speaker as a string, or as an object naming them ({ "full": "林大輝議員", "name": "林大輝" }); a few
  // records with none (a legislature's "action" between speeches) are the record's narration.
  const speakerKey =
    keyIn(records, SPEAKER_KEYS, (value) => typeof value === 'string' && value !== '') ??
    keyInMost(records, SPEAKER_KEYS, (value) => speakerName(value) !== null);
  const textKey = keyIn(records, TEXT_KEYS, (value) => typeof value === 'string');
  // Or the words as the record's sentences: { "speaker": "LEMON", "sentences": [{ "text": "…" }, …] }.
  const piecesKey = textKey ? undefined : keyIn(records, PIECES_KEYS, isPieces);
  if (!speakerKey || (!textKey && !piecesKey)) return null;
  const rows = records.map((record) => {
    const words = textKey ? ((record[textKey] as string | undefined) ?? '') : piecesText(record[piecesKey!] as Record<string, unknown>[]);
    const speaker = speakerName(record[speakerKey]);
    // A record with no speaker: narration, set apart in brackets as a transcript prints a stage direction.
    return speaker === null ? ['', words.trim() === '' ? '' : `\u0000(${words.trim()})`] : [speakerLabel(speaker), words];
  });
  // Sentences grouped in sections: one speaker's sections in a row are one turn; a chat's messages are a turn each.
  const paragraphs = labelledParagraphs(rows, { speaker: 0, text: 1 }, piecesKey !== undefined);
  // (Narration rows were marked so they stand as paragraphs of their own, not a speech's continuation.)
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const at = paragraphs[i]!.indexOf('\u0000');
    if (at >= 0) paragraphs.splice(i, 1, ...paragraphs[i]!.split(/\s*\u0000/).filter((p) => p.trim() !== ''));
  }
  if (paragraphs.length < MIN_RECORDS) return null;
  const document = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  const title = document ? titleOf(document) : null;
  const cast = nested && nested.firms.length > 0 ? ['Conference Call Participants', ...nested.firms] : document ? participantsOf(document) : [];
  // Each participant a line of its own under the title, where the list gives posts: a cast the importer reads as a page's.
  // "2013-07-11T09:30:00+00:00": the day as the timestamp prints it.
  const dated = document ? Object.entries(document).find(([key, value]) => DATE_KEY.test(key) && typeof value === 'string' && value.length <= 40) : undefined;
  const date = dated ? (dated[1] as string).trim().replace(ISO_TIME, '') : null;
  const listsGiven = cast[0] === 'Company Participants' || cast[0] === 'Conference Call Participants';
  const head = [title, date ? `Date: ${date}` : null, ...(cast.length > 0 ? [...(listsGiven ? [] : ['Taking part:']), ...cast] : [])].filter(
    (line) => line !== null,
  );
  return `${head.map((line) => `${line}\n\n`).join('')}${paragraphs.join('\n\n')}\n`;
}

// "date", "call_date", "eventDate": the day the record is of.
const DATE_KEY = /^(?:date|(?:call|event|meeting|conference)_?date)$/i;
const ISO_TIME = /(?<=^\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const PIECES_KEYS = ['sentences', 'utterances', 'segments', 'lines'];

function isPieces(value: unknown): boolean {
  return Array.isArray(value) && value.every((piece) => typeof piece === 'object' && piece !== null && typeof (piece as { text?: unknown }).text === 'string');
}

function piecesText(pieces: readonly Record<string, unknown>[]): string {
  return pieces.map((piece) => (piece.text as string).trim()).join(' ');
}

/** The document's own title field, as a line over the conversation ("title", "subTitle", "headline"). */
function titleOf(document: Record<string, unknown>): string | null {
  for (const key of ['title', 'headline', 'subTitle', 'subtitle']) {
    const value = document[key];
    if (typeof value === 'string' && value.trim() !== '' && value.length <= 300 && !value.includes('\n')) return value.trim();
  }
  return null;
}

const PARTICIPANT_KEYS = /^(?:participants|call_participants|speakers|attendees|cast)$/i;

/** The document's list of who took part ("Tom Meissner--President and Chief Executive Officer"), each as "Name, post". */
function participantsOf(document: Record<string, unknown>): string[] {
  const listed = participantObjects(document);
  if (listed) return listed;
  for (const [key, value] of Object.entries(document)) {
    if (!PARTICIPANT_KEYS.test(key) || !Array.isArray(value) || !value.every((v) => typeof v === 'string')) continue;
    // Only a list that gives posts ("Name--Post"); a list of labels ("HARDAWAY") says nothing more.
    if (!(value as string[]).some((entry) => /-{2,}/.test(entry))) return [];
    return (value as string[])
      .map((entry) =>
        entry
          .replace(/\s*-{2,}\s*/g, ', ')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter((entry) => entry !== '');
  }
  return [];
}

/**
 * Participants kept as objects ({ "speaker_name_variants": ["Pam Kaur"], "speaker_title_variants": ["Group CFO"] },
 * { "name": "Benjamin Toms", "company": "RBC" }): a call's two participants lists, as a transcript prints them —
 * the company's people with their posts, the others with their firms (participant-lists.ts reads them).
 */
function participantObjects(document: Record<string, unknown>): string[] | null {
  const entry = Object.entries(document).find(
    ([key, value]) => PARTICIPANT_KEYS.test(key) && Array.isArray(value) && value.length > 0 && value.every(isPlainObject),
  );
  if (!entry) return null;
  const company: string[] = [];
  const others: string[] = [];
  for (const person of entry[1] as Record<string, unknown>[]) {
    const name = firstText(person, NAME_FIELD);
    if (!name) continue;
    const firm = firstText(person, FIRM_KEY);
    const post = firstText(person, POST_FIELD);
    // (One with neither, the operator perhaps, is in no list: a list's lines each give one or the other.)
    if (firm) others.push(`${name} – ${firm}`);
    else if (post) company.push(`${name} – ${post}`);
  }
  if (company.length + others.length === 0) return null;
  return [...(company.length > 0 ? ['Company Participants', ...company] : []), ...(others.length > 0 ? ['Conference Call Participants', ...others] : [])];
}

const NAME_FIELD = /name/i;
const POST_FIELD = /title|post|position|role|job/i;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first text of the first field whose name matches: the field itself, or its list's first item. */
function firstText(object: Record<string, unknown>, field: RegExp): string | null {
  for (const [key, value] of Object.entries(object)) {
    if (!field.test(key)) continue;
    const text = Array.isArray(value) ? value.find((v) => typeof v === 'string' && v.trim() !== '') : value;
    if (typeof text === 'string' && text.trim() !== '') return text.trim();
  }
  return null;
}

/** The first of the names (compared without case) that every record has, with a value that passes. */
function keyIn(records: readonly Record<string, unknown>[], names: readonly string[], passes: (value: unknown) => boolean): string | undefined {
  const byName = new Map(Object.keys(records[0]!).map((key) => [key.toLowerCase(), key]));
  for (const name of names) {
    const key = byName.get(name);
    if (key !== undefined && records.every((r) => passes(r[key]))) return key;
  }
  return undefined;
}

// The name as the record prints it ("林大輝議員", title and all) first: the label a transcript would print.
const PERSON_NAME_KEYS = ['full', 'fullName', 'full_name', 'label', 'name', 'displayName', 'display_name', 'title'];

/** A record's speaker: the string, or the name an object gives ({ "name": null, "full": "主席" } is 主席); null for none. */
function speakerName(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const person = value as Record<string, unknown>;
  for (const key of PERSON_NAME_KEYS) {
    const name = person[key];
    if (typeof name === 'string' && name.trim() !== '') return name;
  }
  return null;
}

/** The first of the names that most records (two in three) have with a value that passes, the rest none at all. */
function keyInMost(records: readonly Record<string, unknown>[], names: readonly string[], passes: (value: unknown) => boolean): string | undefined {
  const byName = new Map(records.flatMap((r) => Object.keys(r)).map((key) => [key.toLowerCase(), key]));
  for (const name of names) {
    const key = byName.get(name);
    if (key === undefined) continue;
    let passing = 0;
    for (const r of records) if (passes(r[key])) passing++;
    if (passing * 3 >= records.length * 2) return key;
  }
  return undefined;
}

/** The sender as a label: a site's address ("bbc.com") is the outlet it names, as it would print it. */
function speakerLabel(sender: string): string {
  const name = sender.replace(/:/g, '').trim();
  const site = SITE.exec(name);
  if (!site) return name;
  return knownOutlet(site[1]!)?.name ?? site[1]!.charAt(0).toUpperCase() + site[1]!.slice(1);
}

const SITE = /^(?:www\.)?([a-z][a-z0-9-]{1,30})\.(?:com|org|net|co\.uk|co|gov|tv|news|info)$/i;

/**
 * The array of utterance objects: the document itself, its one array of objects, or its parts in
 * order where each is such an array with the same fields ({ "prepared_remarks": [ … ], "q_and_a": [ … ] }).
 */
function recordsIn(parsed: unknown): Record<string, unknown>[] | null {
  const isObjects = (value: unknown): value is Record<string, unknown>[] =>
    Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item));
  if (isObjects(parsed)) return parsed.length >= MIN_RECORDS ? parsed : null;
  if (typeof parsed !== 'object' || parsed === null) return null;
  const arrays = Object.values(parsed).filter(isObjects);
  if (arrays.length === 0) return null;
  const fields = (records: Record<string, unknown>[]) => Object.keys(records[0]!).sort().join('\n');
  // Parts alike are one conversation; otherwise the one array long enough to be it.
  const alike = arrays.every((a) => fields(a) === fields(arrays[0]!));
  if (alike) {
    const all = arrays.flat();
    return all.length >= MIN_RECORDS ? all : null;
  }
  const long = arrays.filter((a) => a.length >= MIN_RECORDS);
  if (long.length === 1) return long[0]!;
  // { "participants": [ … ], "utterances": [ … ] }: the one array whose records say who spoke and what.
  const spoken = long.filter((a) => keyInMost(a, SPEAKER_KEYS, (v) => speakerName(v) !== null) && keyIn(a, TEXT_KEYS, (v) => typeof v === 'string'));
  return spoken.length === 1 ? spoken[0]! : null;
}

const QUESTION_KEYS = ['questions', 'question', 'q'];
const GLUED_SERVICE_MARK = /\s+(End of \p{Lu}\p{L}+\.*|(?:\p{Lu}\p{L}+\s+)?Transcripts? (?:by|provided by|courtesy of) [\p{L} ]{2,40})$/u;
const ANSWER_KEYS = ['answers', 'answer', 'a'];

/**
 * A data set's press conference as questions and answers kept apart, in the same order
 * ({ "qa": { "questions": { "0": "Q. …" }, "answers": { "0": "LEBRON JAMES: …" } } }): each
 * question then its answer, under the document's title and date. A text without its label
 * takes "Q:" or "A:".
 */
function pairedQuestionsText(parsed: unknown): string | null {
  const found = pairedIn(parsed, 2);
  if (!found) return null;
  const paragraphs: string[] = [];
  for (let i = 0; i < Math.max(found.questions.length, found.answers.length); i++) {
    const question = found.questions[i]?.trim();
    // "… Thank you. End of FastScripts": the service's mark, glued to the last answer by the data set.
    const answer = found.answers[i]?.trim().replace(GLUED_SERVICE_MARK, '\n\n$1');
    if (question) paragraphs.push(/^(?:Q\.|Q:|Question:)/i.test(question) ? question : `Q: ${question}`);
    if (answer) paragraphs.push(/^[^\s:]{1,20}(?:\s[^\s:]{1,20}){0,3}:\s/u.test(answer) ? answer : `A: ${answer}`);
  }
  if (paragraphs.length < MIN_RECORDS) return null;
  const document = parsed as Record<string, unknown>;
  const title = titleOf(document);
  const date = typeof document.date === 'string' && document.date.length <= 40 ? document.date.trim() : null;
  // The title as a heading: "NBA FINALS: CAVALIERS v WARRIORS" is no label.
  const head = [title ? `# ${title}` : null, date ? `Date: ${date}` : null].filter((line) => line !== null);
  return `${head.map((line) => `${line}\n\n`).join('')}${paragraphs.join('\n\n')}\n`;
}

/** The questions and the answers as two lists of strings (arrays, or objects keyed "0", "1", …), found within `depth` levels. */
function pairedIn(value: unknown, depth: number): { questions: string[]; answers: string[] } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const object = value as Record<string, unknown>;
  const byName = new Map(Object.keys(object).map((key) => [key.toLowerCase(), key]));
  const listAt = (names: readonly string[]) => {
    for (const name of names) {
      const key = byName.get(name);
      const list = key === undefined ? null : stringsOf(object[key]);
      if (list) return list;
    }
    return null;
  };
  const questions = listAt(QUESTION_KEYS);
  const answers = listAt(ANSWER_KEYS);
  if (questions && answers && questions.length >= 2 && answers.length >= 2) return { questions, answers };
  if (depth === 0) return null;
  for (const child of Object.values(object)) {
    const found = pairedIn(child, depth - 1);
    if (found) return found;
  }
  return null;
}

function stringsOf(value: unknown): string[] | null {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? (value as string[]) : null;
  if (typeof value !== 'object' || value === null) return null;
  const entries = Object.entries(value);
  if (entries.length === 0 || !entries.every(([key, v]) => /^\d+$/.test(key) && typeof v === 'string')) return null;
  return entries.sort((a, b) => Number(a[0]) - Number(b[0])).map(([, v]) => v as string);
}
