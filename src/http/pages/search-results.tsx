// The answer to a search: the ranked turns with their snippets, the facet counts as links that add
// (or remove) a filter, and the pages. Every link keeps the filters in use.
import type { FC } from 'hono/jsx';
import { fill } from '../../i18n/index.ts';
import type { SearchHit, SearchResponse } from '../../app/search.ts';
import { hrefWith } from './query-links.ts';
import { usePage } from './scope.tsx';
import type { SearchFormValues } from './search-form.tsx';
import { Snippet } from './snippet.tsx';

const searchHref = (values: SearchFormValues, offset?: number) => hrefWith('/search', { ...values, offset: offset || undefined });

const Hit: FC<{ hit: SearchHit }> = ({ hit }) => {
  const { t } = usePage();
  const who = [hit.speaker, hit.outlet].filter(Boolean).join(', ');
  return (
    <li class="hit">
      <h3>
        <a href={hit.url}>
          {hit.conference.title} · {fill(t.search.turn, { seq: hit.seq })}
        </a>
      </h3>
      <p class="meta">{[hit.conference.date, t.kinds[hit.kind], who].filter(Boolean).join(' · ')}</p>
      <Snippet text={hit.snippet} lang={hit.lang} />
    </li>
  );
};

interface FacetLink {
  label: string;
  count: number;
  active: boolean;
  /** Adds this filter, or removes it when it is the one in use. */
  href: string;
}

const FacetGroup: FC<{ title: string; links: FacetLink[] }> = ({ title, links }) => {
  const { t } = usePage();
  if (links.length === 0) return null;
  return (
    <section class="facet">
      <h3>{title}</h3>
      <ul>
        {links.map((link) => (
          <li>
            <a href={link.href} class={link.active ? 'active' : undefined} aria-current={link.active ? 'true' : undefined}>
              <span class="facet-label">{link.label}</span> <span class="count">{link.count}</span>
              {link.active ? <span class="visually-hidden"> {t.search.removeFilter}</span> : null}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
};

function facetLinks(values: SearchFormValues, facet: { value: string; count: number }[], name: 'speaker' | 'outlet'): FacetLink[] {
  return facet.map(({ value, count }) => {
    const active = values[name]?.toLowerCase() === value.toLowerCase();
    return { label: value, count, active, href: searchHref({ ...values, [name]: active ? undefined : value }) };
  });
}

/** A year is the date range of that year. */
function yearLinks(values: SearchFormValues, facet: { value: string; count: number }[]): FacetLink[] {
  return facet
    .filter(({ value }) => /^\d{4}$/.test(value))
    .map(({ value, count }) => {
      const range = { from: `${value}-01-01`, to: `${value}-12-31` };
      const active = values.from === range.from && values.to === range.to;
      return { label: value, count, active, href: searchHref({ ...values, ...(active ? { from: undefined, to: undefined } : range) }) };
    });
}

const Paging: FC<{ values: SearchFormValues; response: SearchResponse }> = ({ values, response }) => {
  const { t } = usePage();
  const { offset, limit, total } = response;
  const hasPrevious = offset > 0;
  const hasNext = offset + limit < total;
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav class="paging" aria-label={t.search.paging}>
      {hasPrevious ? (
        <a href={searchHref(values, Math.max(0, offset - limit))} rel="prev">
          {t.search.previous}
        </a>
      ) : null}
      {hasNext ? (
        <a href={searchHref(values, offset + limit)} rel="next">
          {t.search.next}
        </a>
      ) : null}
    </nav>
  );
};

export const SearchResults: FC<{ values: SearchFormValues; response: SearchResponse }> = ({ values, response }) => {
  const { t } = usePage();
  const { results, facets, total, offset } = response;
  const heading = total === 0 ? t.search.none : fill(t.search.showing, { from: offset + 1, to: offset + results.length, total });
  return (
    <div class="search-answer">
      <section class="results" aria-labelledby="results-heading">
        <h2 id="results-heading">{heading}</h2>
        <ol class="hits" start={offset + 1}>
          {results.map((hit) => (
            <Hit hit={hit} />
          ))}
        </ol>
        <Paging values={values} response={response} />
      </section>
      {total > 0 ? (
        <aside class="facets" aria-labelledby="facets-heading">
          <h2 id="facets-heading">{t.search.refine}</h2>
          <FacetGroup title={t.search.speakers} links={facetLinks(values, facets.speakers, 'speaker')} />
          <FacetGroup title={t.search.outlets} links={facetLinks(values, facets.outlets, 'outlet')} />
          <FacetGroup title={t.search.years} links={yearLinks(values, facets.years)} />
        </aside>
      ) : null}
    </div>
  );
};
