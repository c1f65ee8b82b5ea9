/** @jsxImportSource preact */
import type { AdminPageData } from '../../src/http/pages/page-data.ts';
import { allowedTransitions } from '../../src/domain/lifecycle.ts';
import type { ConferenceStatus } from '../../src/domain/record.ts';
import { fill, languageName } from '../../src/i18n/fill.ts';
import type { ConferenceSummary } from '../../src/store/store.ts';
import { api, slugPath } from '../lib/api.ts';
import { ConfirmButton, ErrorLine, Panel } from '../lib/components.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';
import { EditConferencePanel } from './EditConferencePanel.tsx';
import { ListTable } from './parts.tsx';
import { NewConferenceForm } from './NewConferenceForm.tsx';
import { useState } from 'preact/hooks';
import { useAction } from '../lib/use-action.ts';
import { useList } from './use-list.ts';

export function ConferencesTab({ data }: { data: AdminPageData }) {
  const { t, uiLang } = data;
  const list = useList<ConferenceSummary>('/api/conferences?limit=1000', 'conferences');
  const action = useAction(t.common.failed);
  const move = (slug: string, status: ConferenceStatus) => action.run(() => api('POST', `${slugPath(slug)}/state`, { status })).then(list.reload);
  /** The conference whose publication is being reviewed: "Publish" opens the review in its row. */
  const [reviewing, setReviewing] = useState<string | null>(null);
  /** The conference being edited: "Edit" opens the form in its row. */
  const [editing, setEditing] = useState<string | null>(null);
  const label = (to: ConferenceStatus) => (to === 'published' ? t.admin.publish : fill(t.admin.moveTo, { status: t.statuses[to] }));
  return (
    <div>
      <Panel id="conferences-title" title={t.admin.conferences}>
        <ErrorLine message={action.error ?? list.error} />
        <ListTable
          label={t.admin.conferences}
          headers={[t.admin.titleField, t.admin.status, t.admin.actions]}
          items={list.items}
          failed={list.error !== null}
          emptyText={t.admin.none}
          row={(c) => (
            <>
              <tr key={c.id} data-slug={c.slug}>
                <td>
                  <a href={`/c/${c.slug}`}>{c.title}</a>
                  {c.demo ? <span class="badge badge-demo"> {t.common.demo}</span> : null}
                  <div class="meta">{[c.date, c.venue].filter(Boolean).join(' · ')}</div>
                </td>
                <td>
                  <span class={`badge badge-${c.status}`}>{t.statuses[c.status]}</span>
                </td>
                <td>
                  <div class="toolbar">
                    {c.status !== 'cancelled' ? (
                      <button
                        type="button"
                        aria-expanded={editing === c.slug}
                        aria-label={`${t.admin.edit}: ${c.title}`}
                        onClick={() => setEditing(editing === c.slug ? null : c.slug)}
                      >
                        {t.admin.edit}
                      </button>
                    ) : null}
                    {allowedTransitions(c.status).map((to) =>
                      to === 'cancelled' ? (
                        <ConfirmButton
                          label={t.admin.cancelConference}
                          question={fill(t.admin.confirmCancel, { title: c.title })}
                          yes={t.common.yes}
                          no={t.common.no}
                          busy={action.busy}
                          danger
                          onConfirm={() => void move(c.slug, to)}
                        />
                      ) : to === 'ended' && c.status === 'live' ? (
                        <ConfirmButton
                          label={label(to)}
                          question={t.admin.confirmEnd}
                          yes={t.common.yes}
                          no={t.common.no}
                          busy={action.busy}
                          danger
                          onConfirm={() => void move(c.slug, to)}
                        />
                      ) : (
                        <button
                          type="button"
                          class={to === 'published' ? 'primary' : undefined}
                          disabled={action.busy}
                          aria-expanded={to === 'published' ? reviewing === c.slug : undefined}
                          onClick={() => (to === 'published' ? setReviewing(reviewing === c.slug ? null : c.slug) : move(c.slug, to))}
                          aria-label={`${label(to)}: ${c.title}`}
                        >
                          {label(to)}
                        </button>
                      ),
                    )}
                    {c.status === 'draft' || c.demo ? (
                      <ConfirmButton
                        label={t.admin.delete}
                        question={fill(t.admin.confirmDelete, { title: c.title })}
                        yes={t.common.yes}
                        no={t.common.no}
                        busy={action.busy}
                        danger
                        onConfirm={() => void action.run(() => api('DELETE', slugPath(c.slug))).then(list.reload)}
                      />
                    ) : null}
                  </div>
                  {c.status !== 'published' && c.status !== 'cancelled' ? (
                    <div class="toolbar">
                      <a href={`/console/${c.slug}/moderate`}>{t.admin.moderate}</a>
                      <a href={`/console/${c.slug}/write`}>{t.admin.write}</a>
                      {c.languages.slice(1).map((l) => (
                        <a href={`/console/${c.slug}/write?lang=${encodeURIComponent(l)}`}>{fill(t.admin.interpret, { lang: languageName(l, uiLang) })}</a>
                      ))}
                    </div>
                  ) : null}
                </td>
              </tr>
              {editing === c.slug && c.status !== 'cancelled' ? (
                <tr class="edit-row">
                  <td colSpan={3}>
                    <EditConferencePanel slug={c.slug} data={data} onSaved={() => void list.reload()} onClose={() => setEditing(null)} />
                  </td>
                </tr>
              ) : null}
              {reviewing === c.slug && c.status === 'ended' ? (
                <tr class="review-row">
                  <td colSpan={3}>
                    <ReviewPanel
                      slug={c.slug}
                      data={data}
                      busy={action.busy}
                      onClose={() => setReviewing(null)}
                      onPublish={() => {
                        setReviewing(null);
                        void move(c.slug, 'published');
                      }}
                    />
                  </td>
                </tr>
              ) : null}
            </>
          )}
        />
      </Panel>
      <Panel id="new-conference-title" title={t.admin.newConference}>
        <NewConferenceForm t={t} onCreated={list.reload} />
      </Panel>
    </div>
  );
}
