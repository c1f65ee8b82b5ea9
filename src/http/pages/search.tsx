import type { FC } from 'hono/jsx';
import { fill } from '../../i18n/index.ts';
import type { SearchResponse } from '../../app/search.ts';
import { Layout } from './layout.tsx';
import { usePage } from './scope.tsx';
import { SEARCH_ERROR_ID, SearchForm, type SearchFormValues } from './search-form.tsx';
import { SearchResults } from './search-results.tsx';

export interface SearchPageProps {
  values: SearchFormValues;
  /** null before a query is typed, or when the search was refused. */
  response: SearchResponse | null;
  error?: { message: string; field: string | undefined };
}

/** The archive's full-text search, rendered on the server from the function GET /api/search uses. */
export const SearchPage: FC<SearchPageProps> = ({ values, response, error }) => {
  const { t } = usePage();
  const title = values.q ? `${values.q} · ${t.search.title}` : t.search.title;
  return (
    <Layout title={title} script="forms">
      <main id="main" class="page search-page" tabindex={-1}>
        <h1>{t.search.title}</h1>
        <SearchForm values={values} errorField={error?.field} />
        {error ? (
          <p id={SEARCH_ERROR_ID} class="form-error" role="alert">
            {fill(t.search.invalid, { message: error.message })}
          </p>
        ) : null}
        {response?.notice ? <p class="notice">{response.notice}</p> : null}
        {response ? <SearchResults values={values} response={response} /> : !error ? <p>{t.search.start}</p> : null}
      </main>
    </Layout>
  );
};
