import type { FC } from 'hono/jsx';
import type { RevisionView } from '../../app/writing.ts';
import type { ConferenceRecord } from '../../domain/record.ts';
import { TurnView } from '../../transcript/export/html.tsx';
import { Layout } from './layout.tsx';
import { hrefWith } from './query-links.ts';
import type { FloorLogEntry } from '../../domain/floor.ts';
import { fill, languageName } from '../../i18n/index.ts';
import { timeLabels } from './archive.tsx';
import { ConferenceFacts, CorrectionHistory, formatWhen, turnLabels } from './record-parts.tsx';
import { usePage } from './scope.tsx';
import { hasTimes } from '../../transcript/export/research/subtitles.ts';

const EXPORTS = ['json', 'md', 'txt', 'csv'] as const;
const TIMED_EXPORTS = ['vtt', 'srt'] as const;

/** The published record: complete without JavaScript, printable, an anchor on every turn and paragraph. */
/** The floor log, when the conference publishes it: who had the floor, in order, and who gave it. */
const FloorLog: FC<{ entries: FloorLogEntry[]; timeZone: string | null }> = ({ entries, timeZone }) => {
  const { t, lang } = usePage();
  return (
    <section class="floor-log" aria-labelledby="floor-log-title">
      <h2 id="floor-log-title">{t.record.floorLog}</h2>
      <p>{t.record.floorLogIntro}</p>
      <ol>
        {entries.map((e) => (
          <li>
            <time dateTime={e.at}>{formatWhen(e.at, lang, timeZone)}</time>: {e.journalist}
            {e.outlet ? `, ${e.outlet}` : ''}, {t.record.floorActions[e.action]} {fill(t.record.floorBy, { name: e.actor })}
            {e.turnSeq !== null ? (
              <>
                {' '}
                (<a href={`#t${e.turnSeq}`}>{fill(t.record.question, { seq: e.turnSeq })}</a>)
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
};

/** One language or all of them, as plain links (no script needed; printing keeps the choice). */
const LanguageChoice: FC<{ slug: string; languages: string[]; show: string | null }> = ({ slug, languages, show }) => {
  const { t, lang } = usePage();
  if (languages.length < 2) return null;
  return (
    <nav class="record-langs" aria-label={t.record.show}>
      {t.record.show}:{' '}
      {[null, ...languages].map((l) => (
        <a href={l ? `/c/${slug}?show=${encodeURIComponent(l)}` : `/c/${slug}`} aria-current={show === l ? 'true' : undefined} lang={l ?? undefined}>
          {l ? languageName(l, lang) : t.record.both}
        </a>
      ))}
    </nav>
  );
};

export const RecordPage: FC<{
  record: ConferenceRecord;
  corrections: Map<number, RevisionView[]>;
  floorLog?: FloorLogEntry[] | null;
  show?: string | null;
  demo?: boolean;
}> = ({ record, corrections, floorLog, show = null, demo = false }) => {
  const { t } = usePage();
  const c = record.conference;
  const labels = turnLabels(t, true);
  const languages = show ? [show] : c.languages;
  return (
    <Layout title={c.title} script="times" data={{ t: timeLabels(t) }} demo={demo}>
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
        <div class="record-tools">
          <LanguageChoice slug={c.slug} languages={c.languages} show={show} />
          <button type="button" class="print-button" data-print hidden>
            {t.record.print}
          </button>
        </div>
        <nav class="record-links" aria-label={t.record.explore}>
          {t.record.explore}: <a href={hrefWith('/search', { conference: c.slug })}>{t.record.searchHere}</a>{' '}
          <a href={hrefWith('/analytics', { conference: c.slug })}>{t.record.analyticsHere}</a>
        </nav>
        <div class="turns">
          {record.turns.map((turn) => {
            const history = corrections.get(turn.seq);
            return (
              <TurnView turn={turn} languages={languages} labels={labels}>
                {history ? <CorrectionHistory seq={turn.seq} revisions={history} timeZone={c.timeZone} /> : null}
              </TurnView>
            );
          })}
        </div>
        {floorLog && floorLog.length > 0 ? <FloorLog entries={floorLog} timeZone={c.timeZone} /> : null}
      </main>
    </Layout>
  );
};
