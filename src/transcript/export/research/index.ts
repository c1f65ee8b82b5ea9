// Research exports of a selection: pure functions from records to files.
import { toCsv } from '../csv.ts';
import type { ConferenceRecord } from '../../../domain/record.ts';
import { toConvoKit } from './convokit.ts';
import type { ExportFile } from './files.ts';
import { hasTimes, toSrt, toWebVtt } from './subtitles.ts';
import { toTei } from './tei.ts';

import { CORPUS_FORMATS, type CorpusFormat } from '../formats.ts';

export { CORPUS_FORMATS, type CorpusFormat };

export function isCorpusFormat(value: string): value is CorpusFormat {
  return (CORPUS_FORMATS as readonly string[]).includes(value);
}

/** What one format makes of a selection: a folder of files, or a single file. */
export type CorpusOutput = { kind: 'folder'; files: ExportFile[] } | { kind: 'file'; file: ExportFile };

export const MEDIA_TYPES = {
  tei: 'application/tei+xml; charset=utf-8',
  'qa-csv': 'text/csv; charset=utf-8',
  vtt: 'text/vtt; charset=utf-8',
  srt: 'application/x-subrip; charset=utf-8',
  zip: 'application/zip',
  atom: 'application/atom+xml; charset=utf-8',
} as const;

/**
 * ConvoKit: the corpus folder. TEI: one teiCorpus file. Q&A CSV: one file. WebVTT and SRT: a folder
 * with a file per conference that has timed turns (SLUG.vtt), none for those without.
 */
export function exportCorpus(records: readonly ConferenceRecord[], format: CorpusFormat): CorpusOutput {
  switch (format) {
    case 'convokit':
      return { kind: 'folder', files: toConvoKit(records) };
    case 'tei':
      return { kind: 'file', file: { path: 'presser-corpus.tei.xml', content: toTei(records) } };
    case 'qa-csv':
      return { kind: 'file', file: { path: 'presser-qa.csv', content: toCsv([...records]) } };
    case 'vtt':
    case 'srt':
      return {
        kind: 'folder',
        files: records.filter(hasTimes).map((r) => ({ path: `${r.conference.slug}.${format}`, content: format === 'vtt' ? toWebVtt(r) : toSrt(r) })),
      };
  }
}
