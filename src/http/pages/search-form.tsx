// The search form: a plain GET to /search, so it works without JavaScript and every search has an
// address. The filters fold away until one is in use.
import type { FC } from 'hono/jsx';
import { ORIGINS, TURN_KINDS } from '../../domain/record.ts';
import { formFields } from './form-fields.tsx';
import { usePage } from './scope.tsx';

export const SEARCH_FILTERS = ['speaker', 'outlet', 'origin', 'kind', 'from', 'to', 'conference', 'lang'] as const;
export const SEARCH_FIELDS = ['q', ...SEARCH_FILTERS] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
/** The form as the reader filled it in (empty fields left out). */
export type SearchFormValues = Partial<Record<SearchField, string>>;

export const SEARCH_ERROR_ID = 'search-error';

const { attributes: fieldAttributes, TextField, SelectField } = formFields<SearchField>('search', SEARCH_ERROR_ID);

export const SearchForm: FC<{ values: SearchFormValues; errorField: string | undefined }> = ({ values, errorField }) => {
  const { t } = usePage();
  const s = t.search;
  const filtering = SEARCH_FILTERS.some((name) => values[name] !== undefined) || (errorField !== undefined && errorField !== 'q');
  const props = { values, errorField };
  return (
    <form method="get" action="/search" role="search" class="search-form" data-busy-text={t.common.loading}>
      <label for="search-q">{s.query}</label>
      <div class="query-row">
        <input
          {...fieldAttributes('q', errorField)}
          type="search"
          value={values.q ?? ''}
          aria-describedby={errorField === 'q' ? SEARCH_ERROR_ID : 'search-hint'}
        />
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
          <SelectField name="origin" label={s.origin} blank={s.any} options={ORIGINS.map((o) => [o, t.origins[o]])} {...props} />
          <SelectField name="kind" label={s.kind} blank={s.any} options={TURN_KINDS.map((k) => [k, t.kinds[k]])} {...props} />
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
