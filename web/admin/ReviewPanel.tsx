/** @jsxImportSource preact */
// The review a press officer sees before a record goes public: turns missing a language, open turns,
// corrections, the floor log, and the warnings; "Publish" (or "Publish anyway") only from here.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AdminPageData, PublicationReview } from '../../src/http/pages/page-data.ts';
import { fill, languageName } from '../../src/i18n/fill.ts';
import { api, slugPath } from '../lib/api.ts';
import { ErrorLine } from '../lib/components.tsx';

function TurnLink({ slug, seq, children }: { slug: string; seq: number; children: ComponentChildren }) {
  return (
    <>
      <a href={`/c/${slug}#t${seq}`}>#{seq}</a> {children}
    </>
  );
}

export function ReviewPanel({
  slug,
  data,
  busy,
  onPublish,
  onClose,
}: {
  slug: string;
  data: AdminPageData;
  busy: boolean;
  onPublish: () => void;
  onClose: () => void;
}) {
  const { t, uiLang } = data;
  const [review, setReview] = useState<PublicationReview | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<PublicationReview>('GET', `${slugPath(slug)}/review`).then(setReview, (e: Error) => setError(fill(t.common.failed, { message: e.message })));
  }, [slug]);
  const langs = (tags: string[]) => tags.map((l) => languageName(l, uiLang)).join(', ');
  if (!review) {
    return (
      <section class="review" aria-busy="true" aria-label={t.admin.publish}>
        {error ? <ErrorLine message={error} /> : <p role="status">{t.common.loading}</p>}
      </section>
    );
  }
  const headingId = `review-${slug}`;
  return (
    <section class="review" aria-labelledby={headingId}>
      <h3 id={headingId}>{fill(t.admin.reviewTitle, { title: review.title })}</h3>
      <p>{fill(t.admin.reviewTurns, { n: review.turnCount, langs: langs(review.languages) })}</p>
      {review.warnings.length > 0 ? (
        <ul class="review-warnings" role="alert">
          {review.warnings.map((w) => (
            <li>{t.admin.reviewWarnings[w]}</li>
          ))}
        </ul>
      ) : (
        <p class="review-clean">{t.admin.reviewClean}</p>
      )}
      <h4>{t.admin.reviewUninterpreted}</h4>
      {review.uninterpreted.length === 0 ? (
        <p>{t.admin.reviewAllInterpreted}</p>
      ) : (
        <ul class="review-list" data-list="uninterpreted">
          {review.uninterpreted.map((u) => (
            <li>
              <TurnLink slug={slug} seq={u.seq}>
                {t.kinds[u.kind]}
                {u.speaker ? `, ${u.speaker}` : ''}: {fill(t.admin.reviewMissing, { langs: langs(u.missing) })}
              </TurnLink>
            </li>
          ))}
        </ul>
      )}
      <h4>{t.admin.reviewOpen}</h4>
      {review.open.length === 0 ? (
        <p>{t.admin.reviewNoneOpen}</p>
      ) : (
        <ul class="review-list" data-list="open">
          {review.open.map((o) => (
            <li>
              <TurnLink slug={slug} seq={o.seq}>
                {t.kinds[o.kind]}
                {o.speaker ? `, ${o.speaker}` : ''}
              </TurnLink>
            </li>
          ))}
        </ul>
      )}
      <h4>{t.admin.reviewCorrections}</h4>
      {review.corrections.length === 0 ? (
        <p>{t.admin.reviewNoCorrections}</p>
      ) : (
        <ul class="review-list" data-list="corrections">
          {review.corrections.map((c) => (
            <li>
              <TurnLink slug={slug} seq={c.seq}>
                {t.kinds[c.kind]}
                {c.speaker ? `, ${c.speaker}` : ''}: {fill(t.admin.reviewRevisions, { n: c.revisions })}
              </TurnLink>
            </li>
          ))}
        </ul>
      )}
      <h4>{t.admin.reviewFloorLog}</h4>
      <p>{review.floorLogPublished ? t.admin.reviewFloorLogPublic : t.admin.reviewFloorLogPrivate}</p>
      {review.floorLog.length === 0 ? (
        <p>{t.admin.reviewNoFloorLog}</p>
      ) : (
        <ol class="review-list" data-list="floor-log">
          {review.floorLog.map((e) => (
            <li>
              <time dateTime={e.at}>{new Date(e.at).toLocaleTimeString(uiLang)}</time> {e.actor} {t.admin.floorActions[e.action]}: {e.journalist}
              {e.outlet ? `, ${e.outlet}` : ''}
            </li>
          ))}
        </ol>
      )}
      <div class="toolbar">
        <button type="button" class={review.warnings.length > 0 ? 'danger' : 'primary'} disabled={busy || review.status !== 'ended'} onClick={onPublish}>
          {review.warnings.length > 0 ? t.admin.publishAnyway : t.admin.publish}
        </button>
        <button type="button" onClick={onClose}>
          {t.admin.closeReview}
        </button>
      </div>
    </section>
  );
}
