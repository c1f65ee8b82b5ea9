// The filters a search accepts, checked once for the CLI and HTTP alike: an unknown value is a
// validation_failed AppError naming the field (HTTP 400, CLI exit 2), never an empty result.
import { AppError } from './errors.ts';
import { isIsoDate, ORIGINS, TURN_KINDS, type Origin, type TurnKind } from '../domain/record.ts';

export interface SearchFilters {
  /** Speaker's name, case-insensitive (ASCII letters), whole name. */
  speaker?: string;
  /** Outlet's name, case-insensitive (ASCII letters), whole name. */
  outlet?: string;
  origin?: Origin;
  kind?: TurnKind;
  /** Conference dates from and to, inclusive, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** A conference's slug. */
  conference?: string;
  /** A language tag: only the text in this language. */
  lang?: string;
}

export const FILTER_NAMES = ['speaker', 'outlet', 'origin', 'kind', 'from', 'to', 'conference', 'lang'] as const;
export const LANG_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const MAX_NAME = 200;

/** Filter values as they come from a URL or a command line. */
export type RawSearchFilters = Partial<Record<(typeof FILTER_NAMES)[number], string | undefined>>;

/** Checks raw filter values and returns the typed filters. */
export function checkFilters(raw: RawSearchFilters): SearchFilters {
  const filters: SearchFilters = {};
  const text = (field: 'speaker' | 'outlet' | 'conference') => {
    const value = raw[field]?.trim();
    if (value === undefined || value === '') return;
    if (value.length > MAX_NAME) throw invalid(field, `at most ${MAX_NAME} characters`);
    filters[field] = value;
  };
  text('speaker');
  text('outlet');
  text('conference');
  if (raw.origin !== undefined) filters.origin = oneOf('origin', raw.origin, ORIGINS);
  if (raw.kind !== undefined) filters.kind = oneOf('kind', raw.kind, TURN_KINDS);
  for (const field of ['from', 'to'] as const) {
    const value = raw[field];
    if (value === undefined) continue;
    if (!isIsoDate(value)) throw invalid(field, `"${value}" is not a date: use YYYY-MM-DD`);
    filters[field] = value;
  }
  if (filters.from && filters.to && filters.from > filters.to) throw invalid('from', `${filters.from} is after ${filters.to} (to)`);
  if (raw.lang !== undefined) {
    const lang = raw.lang.trim().toLowerCase();
    if (!LANG_TAG.test(lang)) throw invalid('lang', `"${raw.lang}" is not a language tag such as en or zh`);
    filters.lang = lang;
  }
  return filters;
}

function oneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw invalid(field, `unknown ${field} "${value}": use one of ${allowed.join(', ')}`);
  return value as T;
}

export function invalid(field: string, message: string): AppError {
  return new AppError('validation_failed', `${field}: ${message}`, field);
}
