// Research exports of a selection, and the per-conference subtitles and the feed, for the HTTP API
// and `presser export-corpus` alike.
import type { ConferenceStatus } from '../domain/record.ts';
import type { StoredRecord } from '../store/store.ts';
import type { Store } from '../store/store.ts';
import { exportCorpus, type CorpusFormat, type CorpusOutput } from '../transcript/export/research/index.ts';
import { hasTimes, toSrt, toWebVtt } from '../transcript/export/research/subtitles.ts';
import { AppError } from './errors.ts';
import { loadSelection, parseSelection, recordsOf, type RawSelection } from './selection.ts';

/** Records in the Atom feed. */
export const FEED_SIZE = 50;

export async function corpusExport(
  store: Store,
  raw: RawSelection,
  format: CorpusFormat,
  statuses: readonly ConferenceStatus[],
): Promise<{ output: CorpusOutput; conferences: number }> {
  const records = recordsOf(await loadSelection(store, parseSelection(raw), statuses));
  return { output: exportCorpus(records, format), conferences: records.length };
}

/** One conference's subtitles: not_found when the caller may not see it, wrong_state when no turn has times. */
export async function subtitles(store: Store, slug: string, format: 'vtt' | 'srt', statuses: readonly ConferenceStatus[], lang?: string): Promise<string> {
  const record = await store.conferences.getRecord(slug);
  if (!record || !statuses.includes(record.conference.status)) throw new AppError('not_found', `no conference with slug "${slug}"`);
  if (!hasTimes(record)) throw new AppError('wrong_state', `no turn of "${slug}" has times, so there are no subtitles: only turns recorded live carry them`);
  if (lang !== undefined && !record.turns.some((t) => t.text[lang]))
    throw new AppError('validation_failed', `lang: the conference has no text in "${lang}"`, 'lang');
  return format === 'vtt' ? toWebVtt(record, lang) : toSrt(record, lang);
}

/** The newest published records, newest first. */
export function feedEntries(store: Store, size = FEED_SIZE): Promise<StoredRecord[]> {
  return store.selection.records({ statuses: ['published'], newestPublished: size });
}
