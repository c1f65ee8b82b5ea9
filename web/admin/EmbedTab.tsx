/** @jsxImportSource preact */
// Embedding a conference's live view on the press office's own site: the iframe snippet to copy
// (with a preview), and the sites allowed to frame it (PUT /api/embed/origins).
import { useEffect, useState } from 'preact/hooks';
import type { AdminPageData } from '../../src/http/pages/page-data.ts';
import { fill, languageName } from '../../src/i18n/fill.ts';
import type { ConferenceSummary } from '../../src/store/store.ts';
import { api, ApiError } from '../lib/api.ts';
import { ErrorLine, Panel } from '../lib/components.tsx';
import { useAction } from '../lib/use-action.ts';
import { useList } from './use-list.ts';

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The embed page's address for a conference, in the chosen interface and record language. */
export function embedUrl(origin: string, slug: string, ui: string, show: string): string {
  return `${origin}/embed/${encodeURIComponent(slug)}?ui=${ui}${show ? `&show=${encodeURIComponent(show)}` : ''}`;
}

export function iframeSnippet(src: string, title: string): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="600" style="border:0" loading="lazy"></iframe>`;
}

function SnippetPanel({ data }: { data: AdminPageData }) {
  const { t, uiLang } = data;
  const list = useList<ConferenceSummary>('/api/conferences?limit=1000', 'conferences');
  const embeddable = (list.items ?? []).filter((c) => c.status !== 'draft');
  const [slug, setSlug] = useState('');
  const [ui, setUi] = useState<string>(uiLang);
  const [show, setShow] = useState('');
  const [copied, setCopied] = useState<string | null>(null);
  const chosen = embeddable.find((c) => c.slug === slug) ?? embeddable[0];
  const src = chosen ? embedUrl(location.origin, chosen.slug, ui, chosen.languages.includes(show) ? show : '') : '';
  const snippet = chosen ? iframeSnippet(src, chosen.title) : '';
  return (
    <Panel id="embed-title" title={t.embed.tab}>
      <p>{t.embed.intro}</p>
      <ErrorLine message={list.error} />
      {list.items === null && !list.error ? (
        <p class="loading" role="status">
          {t.common.loading}
        </p>
      ) : null}
      {list.items !== null && !chosen ? <p>{t.embed.noConferences}</p> : null}
      {chosen ? (
        <>
          <div class="grid-form">
            <div>
              <label for="embed-conference">{t.embed.conference}</label>
              <select id="embed-conference" value={chosen.slug} onChange={(e) => setSlug(e.currentTarget.value)}>
                {embeddable.map((c) => (
                  <option value={c.slug}>{`${c.title} (${t.statuses[c.status]})`}</option>
                ))}
              </select>
            </div>
            <div>
              <label for="embed-ui">{t.embed.uiLang}</label>
              <select id="embed-ui" value={ui} onChange={(e) => setUi(e.currentTarget.value)}>
                <option value="en">English</option>
                <option value="zh">中文</option>
              </select>
            </div>
            {chosen.languages.length > 1 ? (
              <div>
                <label for="embed-show">{t.embed.recordLang}</label>
                <select id="embed-show" value={show} onChange={(e) => setShow(e.currentTarget.value)}>
                  <option value="">{t.embed.both}</option>
                  {chosen.languages.map((lang) => (
                    <option value={lang}>{languageName(lang, uiLang)}</option>
                  ))}
                </select>
              </div>
            ) : null}
          </div>
          <label for="embed-snippet">{t.embed.snippet}</label>
          <div class="access-link-row">
            <textarea id="embed-snippet" class="embed-snippet" readOnly rows={3} value={snippet} onFocus={(e) => e.currentTarget.select()} />
            <button
              type="button"
              onClick={() =>
                navigator.clipboard?.writeText(snippet).then(
                  () => setCopied(snippet),
                  () => setCopied(null),
                )
              }
            >
              {copied === snippet ? t.admin.copied : t.admin.copy}
            </button>
          </div>
          <h3>{t.embed.preview}</h3>
          <iframe class="embed-preview" src={src} title={fill(t.embed.previewTitle, { title: chosen.title })} width="100%" height="420" loading="lazy" />
        </>
      ) : null}
    </Panel>
  );
}

function OriginsPanel({ data }: { data: AdminPageData }) {
  const { t } = data;
  const [text, setText] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [badLine, setBadLine] = useState<number | null>(null);
  const action = useAction(t.common.failed);
  useEffect(() => {
    api<{ origins: string[] }>('GET', '/api/embed/origins').then(
      (body) => setText(body.origins.join('\n')),
      (e: Error) => setLoadError(e.message),
    );
  }, []);
  const submit = async (e: Event) => {
    e.preventDefault();
    setSaved(null);
    setBadLine(null);
    const origins = (text ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const body = await action.run(async () => {
      try {
        return await api<{ origins: string[] }>('PUT', '/api/embed/origins', { origins });
      } catch (error) {
        // "origins.2": the third listed origin; marked so the admin finds the line.
        const index = error instanceof ApiError ? /^origins\.(\d+)$/.exec(error.field ?? '')?.[1] : undefined;
        if (index !== undefined) setBadLine(Number(index));
        throw error;
      }
    });
    if (body) {
      setText(body.origins.join('\n'));
      setSaved(body.origins.length ? fill(t.embed.saved, { n: body.origins.length }) : t.embed.none);
    }
  };
  return (
    <Panel id="embed-origins-title" title={t.embed.originsTitle}>
      <ErrorLine message={loadError} />
      {text === null && !loadError ? (
        <p class="loading" role="status">
          {t.common.loading}
        </p>
      ) : null}
      {text !== null ? (
        <form class="stacked" onSubmit={submit}>
          <label for="embed-origins">{t.embed.origins}</label>
          <textarea
            id="embed-origins"
            rows={4}
            spellcheck={false}
            autocomplete="off"
            aria-describedby="embed-origins-help"
            aria-invalid={badLine !== null ? 'true' : undefined}
            value={text}
            placeholder="https://www.example.gov"
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <p id="embed-origins-help" class="hint">
            {t.embed.originsHelp}
          </p>
          <button type="submit" class="primary" disabled={action.busy}>
            {t.embed.save}
          </button>
          <ErrorLine message={action.error} />
          {saved ? (
            <p class="status-line" role="status">
              {saved}
            </p>
          ) : null}
        </form>
      ) : null}
    </Panel>
  );
}

export function EmbedTab({ data }: { data: AdminPageData }) {
  return (
    <div>
      <SnippetPanel data={data} />
      <OriginsPanel data={data} />
    </div>
  );
}
