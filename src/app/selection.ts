// The one place a selection is read and checked, for the analytics, the research exports and the CLI
// alike: a bad value is a validation_failed AppError naming the field (HTTP 400, CLI exit 2).
import { isIsoDate, ORIGINS, type ConferenceRecord, type ConferenceStatus, type Origin } from '../domain/record.ts';
import { narrowRecord, type Selection } from '../domain/selection.ts';
import { withRegisteredOutlets } from './registered-outlets.ts';
import type { StoredRecord } from '../store/store.ts';
import type { Store } from '../store/store.ts';
import { AppError } from './errors.ts';

export const SELECTION_FIELDS = ['conference', 'from', 'to', 'outlet', 'origin', 'speaker', 'lang'] as const;

/** Selection values as a URL or a command line gives them; `conference` may repeat or hold a comma list. */
export type RawSelection = Partial<Record<Exclude<(typeof SELECTION_FIELDS)[number], 'conference'>, string>> & {
  conference?: string | readonly string[];
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANG_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;
const MAX_NAME = 200;
const MAX_SLUGS = 200;

export function invalid(field: string, message: string): AppError {
  return new AppError('validation_failed', `${field}: ${message}`, field);
}

/** Checks raw values and returns the selection; throws on the first bad field. */
export function parseSelection(raw: RawSelection): Selection {
  const selection: Selection = { conferences: slugs(raw.conference) };
  for (const field of ['from', 'to'] as const) {
    const value = raw[field]?.trim();
    if (value === undefined || value === '') continue;
    if (!isIsoDate(value)) throw invalid(field, `"${value}" is not a date: use YYYY-MM-DD`);
    selection[field] = value;
  }
  if (selection.from && selection.to && selection.from > selection.to) throw invalid('from', `${selection.from} is after ${selection.to} (to)`);
  for (const field of ['outlet', 'speaker'] as const) {
    const value = raw[field]?.trim();
    if (value === undefined || value === '') continue;
    if (value.length > MAX_NAME) throw invalid(field, `at most ${MAX_NAME} characters`);
    selection[field] = value;
  }
  const origin = raw.origin?.trim();
  if (origin) {
    if (!(ORIGINS as readonly string[]).includes(origin)) throw invalid('origin', `unknown origin "${origin}": use one of ${ORIGINS.join(', ')}`);
    selection.origin = origin as Origin;
  }
  const lang = raw.lang?.trim().toLowerCase();
  if (lang) {
    if (!LANG_TAG.test(lang)) throw invalid('lang', `"${raw.lang}" is not a language tag such as en or zh`);
    selection.lang = lang;
  }
  return selection;
}

function slugs(raw: RawSelection['conference']): string[] {
  const list = (typeof raw === 'string' ? [raw] : (raw ?? []))
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.length > MAX_SLUGS) throw invalid('conference', `at most ${MAX_SLUGS} conferences`);
  const bad = list.find((s) => !SLUG.test(s));
  if (bad !== undefined) throw invalid('conference', `"${bad.slice(0, 80)}" is not a conference slug`);
  return [...new Set(list)];
}

export type SelectedRecord = StoredRecord;

/**
 * The selected records, oldest first, narrowed to the selected turns. A slug the caller may not see
 * is reported exactly like one that does not exist, so drafts do not reveal themselves.
 */
export async function loadSelection(
  store: Store,
  selection: Selection,
  statuses: readonly ConferenceStatus[],
  options: { registeredOutlets?: boolean } = {},
): Promise<SelectedRecord[]> {
  if (selection.conferences.length > 0) {
    const found = new Set(await store.selection.visibleSlugs(selection.conferences, statuses));
    const missing = selection.conferences.find((s) => !found.has(s));
    if (missing !== undefined) throw invalid('conference', `no conference with slug "${missing}"`);
  }
  const stored = await store.selection.records({
    statuses,
    ...(selection.conferences.length > 0 ? { slugs: selection.conferences } : {}),
    ...(selection.from !== undefined ? { from: selection.from } : {}),
    ...(selection.to !== undefined ? { to: selection.to } : {}),
  });
  const registry = options.registeredOutlets ? await store.outlets.list() : null;
  return stored.flatMap((found) => {
    const s = registry ? withRegisteredOutlets(found, registry) : found;
    const record = narrowRecord(s.record, selection);
    return record ? [{ ...s, record }] : [];
  });
}

export function recordsOf(selected: readonly SelectedRecord[]): ConferenceRecord[] {
  return selected.map((s) => s.record);
}
