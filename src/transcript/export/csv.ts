import { stringify } from 'csv-stringify/sync';
import { exchanges } from '../../domain/exchanges.ts';
import { primaryText, type ConferenceRecord } from '../../domain/record.ts';

/**
 * The fixed columns. `question` and `answer` hold the record's first language (what corpus readers
 * of earlier versions expect); `question_LANG` and `answer_LANG` follow for every language, so an
 * interpreted record keeps each of its languages.
 */
export const QA_COLUMNS = ['conference', 'date', 'question_seq', 'questioner', 'outlet', 'origin', 'question', 'answer_seq', 'answerer', 'answer'] as const;

/** Every language of the records, in the order they first appear. */
function languagesOf(records: readonly ConferenceRecord[]): string[] {
  return [...new Set(records.flatMap((r) => r.conference.languages))];
}

export function qaColumns(languages: readonly string[]): string[] {
  return [...QA_COLUMNS, ...languages.map((l) => `question_${l}`), ...languages.map((l) => `answer_${l}`)];
}

/** One row per question with its answer: the shape research corpora of press conferences use. */
export function qaRows(record: ConferenceRecord, languages: readonly string[] = record.conference.languages): string[][] {
  const langs = record.conference.languages;
  return exchanges(record).map(({ question, answers }) => [
    record.conference.slug,
    record.conference.date ?? '',
    String(question.seq),
    question.speaker?.name ?? '',
    question.outlet?.name ?? '',
    question.outlet?.origin ?? '',
    primaryText(question, langs),
    answers.map((a) => a.seq).join(' '),
    [...new Set(answers.map((a) => a.speaker?.name ?? a.label ?? ''))].join('; '),
    answers.map((a) => primaryText(a, langs)).join('\n\n'),
    ...languages.map((l) => question.text[l] ?? ''),
    ...languages.map((l) =>
      answers
        .map((a) => a.text[l] ?? '')
        .filter(Boolean)
        .join('\n\n'),
    ),
  ]);
}

export function toCsv(records: ConferenceRecord | ConferenceRecord[]): string {
  const list = Array.isArray(records) ? records : [records];
  const languages = languagesOf(list);
  return stringify([qaColumns(languages), ...list.flatMap((r) => qaRows(r, languages))]);
}
