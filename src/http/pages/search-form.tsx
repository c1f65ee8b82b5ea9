// The search form: a plain GET to /search, so it works without JavaScript and every search has an
// address. The filters fold away until one is in use.
import type { FC } from 'hono/jsx';
import { ORIGINS, TURN_KINDS } from '../../domain/record.ts';
import { usePage } from './scope.tsx';

export const SEARCH_FILTERS = ['speaker', 'outlet', 'origin', 'kind', 'from', 'to', 'conference', 'lang'] as const;
export const SEARCH_FIELDS = ['q', ...SEARCH_FILTERS] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
/** The form as the reader filled it in (empty fields left out). */
export type SearchFormValues = Partial<Record<SearchField, string>>;

export const SEARCH_ERROR_ID = 'search-error';

interface FieldProps {
  name: SearchField;
  label: string;
  values: SearchFormValues;
  errorField: string | undefined;
}

/** What every field shares: its id and name, and the error it may be marked with. */
function fieldAttributes(name: SearchField, errorField: string | undefined) {
  const wrong = errorField === name;
  return { id: `search-${name}`, name, 'aria-invalid': wrong ? 'true' : undefined, 'aria-describedby': wrong ? SEARCH_ERROR_ID : undefined };
}

const TextField: FC<FieldProps & { type?: string }> = ({ name, label, values, errorField, type }) => (
  <div class="field">
    <label for={`search-${name}`}>{label}</label>
    <input {...fieldAttributes(name, errorField)} type={type ?? 'text'} value={values[name] ?? ''} />
  </div>
);

const SelectField: FC<FieldProps & { options: readonly [string, string][] }> = ({ name, label, values, errorField, options }) => {
  const { t } = usePage();
  return (
    <div class="field">
      <label for={`search-${name}`}>{label}</label>
      <select {...fieldAttributes(name, errorField)}>
        <option value="">{t.search.any}</option>
        {options.map(([value, text]) => (
          <option value={value} selected={values[name] === value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
};

export const SearchForm: FC<{ values: SearchFormValues; errorField: string | undefined }> = ({ values, errorField }) => {
  const { t } = usePage();
  const s = t.search;
  const filtering = SEARCH_FILTERS.some((name) => values[name] !== undefined) || (errorField !== undefined && errorField !== 'q');
  const props = { values, errorField };
  return (
    <form method="get" action="/search" role="search" class="search-form">
      <label for="search-q">{s.query}</label>
      <div class="query-row">
        <input {...fieldAttributes('q', errorField)} type="search" value={values.q ?? ''} aria-describedby={errorField === 'q' ? SEARCH_ERROR_ID : 'search-hint'} />
        <button type="submit" class="primary">
          {s.submit}
        </button>
      </div>
      <p id="search-hint" class="hint">
        {s.queryHint}
      </p>
      <details class="filters" open={filtering}>
        <summary>{s.filters}</summary>
        <div class="field-grid">
          <TextField name="speaker" label={s.speaker} {...props} />
          <TextField name="outlet" label={s.outlet} {...props} />
          <SelectField name="origin" label={s.origin} options={ORIGINS.map((o) => [o, t.origins[o]])} {...props} />
          <SelectField name="kind" label={s.kind} options={TURN_KINDS.map((k) => [k, t.kinds[k]])} {...props} />
          <TextField name="from" label={s.from} type="date" {...props} />
          <TextField name="to" label={s.to} type="date" {...props} />
          <TextField name="conference" label={s.conference} {...props} />
          <TextField name="lang" label={s.lang} {...props} />
        </div>
        <button type="submit">{s.submit}</button>
      </details>
    </form>
  );
};
