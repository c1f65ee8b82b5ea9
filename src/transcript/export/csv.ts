import { stringify } from 'csv-stringify/sync';
import { exchanges } from '../../domain/exchanges.ts';
import { primaryText, type ConferenceRecord } from '../../domain/record.ts';

export const QA_COLUMNS = [
  'conference',
  'date',
  'question_seq',
  'questioner',
  'outlet',
  'origin',
  'question',
  'answer_seq',
  'answerer',
  'answer',
] as const;

/** One row per question with its answer: the shape research corpora of press conferences use. */
export function qaRows(record: ConferenceRecord): string[][] {
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
  ]);
}

export function toCsv(records: ConferenceRecord | ConferenceRecord[]): string {
  const rows = (Array.isArray(records) ? records : [records]).flatMap(qaRows);
  return stringify([[...QA_COLUMNS], ...rows]);
}
