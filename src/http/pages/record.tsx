import type { FC } from 'hono/jsx';
import type { RevisionView } from '../../app/writing.ts';
import type { ConferenceRecord } from '../../domain/record.ts';
import { TurnView } from '../../transcript/export/html.tsx';
import { Layout } from './layout.tsx';
import { hrefWith } from './query-links.ts';
import { ConferenceFacts, CorrectionHistory, turnLabels } from './record-parts.tsx';
import { usePage } from './scope.tsx';
import { hasTimes } from '../../transcript/export/research/subtitles.ts';

const EXPORTS = ['json', 'md', 'txt', 'csv'] as const;
const TIMED_EXPORTS = ['vtt', 'srt'] as const;

/** The published record: complete without JavaScript, printable, an anchor on every turn and paragraph. */
export const RecordPage: FC<{ record: ConferenceRecord; corrections: Map<number, RevisionView[]> }> = ({ record, corrections }) => {
  const { t } = usePage();
  const c = record.conference;
  const labels = turnLabels(t, true);
  return (
    <Layout title={c.title}>
      <main id="main" class="record" tabindex={-1}>
        <header class="record-head" lang={c.languages[0]}>
          <h1>{c.title}</h1>
        </header>
        <ConferenceFacts conference={c} />
        <nav class="exports" aria-label={t.record.downloads}>
          {t.record.downloads}:{' '}
          {[...EXPORTS, ...(hasTimes(record) ? TIMED_EXPORTS : [])].map((ext) => (
            <a href={`/c/${c.slug}.${ext}`} type={ext === 'json' ? 'application/json' : undefined}>
              {t.record.exports[ext]}
            </a>
          ))}
        </nav>
        <nav class="record-links" aria-label={t.record.explore}>
          {t.record.explore}: <a href={hrefWith('/search', { conference: c.slug })}>{t.record.searchHere}</a>{' '}
          <a href={hrefWith('/analytics', { conference: c.slug })}>{t.record.analyticsHere}</a>
        </nav>
        <div class="turns">
          {record.turns.map((turn) => {
            const history = corrections.get(turn.seq);
            return (
              <TurnView turn={turn} languages={c.languages} labels={labels}>
                {history ? <CorrectionHistory seq={turn.seq} revisions={history} timeZone={c.timeZone} /> : null}
              </TurnView>
            );
          })}
        </div>
      </main>
    </Layout>
  );
};
