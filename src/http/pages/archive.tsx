import type { FC } from 'hono/jsx';
import type { ConferenceSummary } from '../../store/store.ts';
import { Layout } from './layout.tsx';

export const ArchivePage: FC<{ conferences: ConferenceSummary[]; q: string }> = ({ conferences, q }) => (
  <Layout title="Archive">
    <main class="archive">
      <h1>Press conferences</h1>
      <form method="get" action="/" role="search">
        <label for="q">Filter</label> <input id="q" name="q" value={q} type="search" /> <button type="submit">Filter</button>
      </form>
      {conferences.length === 0 ? <p>No conferences{q ? ' match this filter' : ' yet'}.</p> : null}
      <ol reversed={false}>
        {conferences.map((c) => (
          <li>
            <a href={`/c/${c.slug}`}>{c.title}</a>
            <div class="meta">
              {[c.date, c.venue, c.status === 'live' ? 'live now' : null, `${c.turnCount} turns`].filter(Boolean).join(' · ')}
            </div>
          </li>
        ))}
      </ol>
    </main>
  </Layout>
);
