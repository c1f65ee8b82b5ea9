import type { FC } from 'hono/jsx';
import type { PublicTurn } from '../../app/presenters.ts';
import type { Conference } from '../../domain/record.ts';
import type { Messages } from '../../i18n/index.ts';
import { Layout } from './layout.tsx';
import type { LivePageData } from './page-data.ts';
import { timeLabels } from './archive.tsx';
import { LiveBar, LiveBody } from './live-body.tsx';
import { ConferenceFacts } from './record-parts.tsx';
import { usePage } from './scope.tsx';

export interface LivePageProps {
  conference: Conference & { startsAt: string | null; demo?: boolean };
  /** The record so far; empty when the caller may not read it yet. */
  turns: PublicTurn[];
  lastEventId: number;
  /** The server's clock now (ISO). */
  serverNow: string;
}

function stateNote(t: Messages, status: Conference['status']): string {
  if (status === 'scheduled') return t.live.scheduled;
  if (status === 'ended') return t.live.ended;
  if (status === 'draft') return t.live.draft;
  if (status === 'cancelled') return t.live.cancelled;
  return '';
}

/** The conference as it happens: the record written live, "Next question", reconnecting, back to live. */
export const LivePage: FC<LivePageProps> = ({ conference: c, turns, lastEventId, serverNow }) => {
  const { t, lang } = usePage();
  const data: LivePageData = {
    slug: c.slug,
    status: c.status,
    startsAt: c.startsAt,
    serverNow,
    times: timeLabels(t),
    lastEventId,
    languages: c.languages,
    turns,
    t: { ...t.live, kinds: t.kinds, replyTo: t.record.replyTo, turnLink: t.record.turnLink },
  };
  const note = stateNote(t, c.status);
  return (
    <Layout title={c.title} script="live" data={data} demo={c.demo ?? false}>
      <main id="main" class="record live" tabindex={-1} data-status={c.status}>
        <header class="record-head" lang={c.languages[0]}>
          <h1>{c.title}</h1>
        </header>
        <ConferenceFacts conference={c} />
        <LiveBar languages={c.languages} shown="both" t={t} lang={lang} />
        <LiveBody conference={c} turns={turns} note={note} t={t} />
      </main>
    </Layout>
  );
};
