/** @jsxImportSource preact */
import type { AdminPageData } from '../../src/http/pages/page-data.ts';
import { allowedTransitions } from '../../src/domain/lifecycle.ts';
import type { ConferenceStatus } from '../../src/domain/record.ts';
import { fill, languageName } from '../../src/i18n/fill.ts';
import type { ConferenceSummary } from '../../src/store/store.ts';
import { api, slugPath } from '../lib/api.ts';
import { ErrorLine, Panel } from '../lib/components.tsx';
import { ListTable } from './parts.tsx';
import { NewConferenceForm } from './NewConferenceForm.tsx';
import { useAction } from '../lib/use-action.ts';
import { useList } from './use-list.ts';

export function ConferencesTab({ data }: { data: AdminPageData }) {
  const { t, uiLang } = data;
  const list = useList<ConferenceSummary>('/api/conferences?limit=1000', 'conferences');
  const action = useAction(t.common.failed);
  const move = (slug: string, status: ConferenceStatus) => action.run(() => api('POST', `${slugPath(slug)}/state`, { status })).then(list.reload);
  return (
    <div>
      <Panel id="conferences-title" title={t.admin.conferences}>
        <ErrorLine message={action.error ?? list.error} />
        <ListTable
          label={t.admin.conferences}
          headers={[t.admin.titleField, t.admin.status, t.admin.actions]}
          items={list.items}
          emptyText={t.admin.none}
          row={(c) => (
            <tr key={c.id} data-slug={c.slug}>
              <td>
                <a href={`/c/${c.slug}`}>{c.title}</a>
                <div class="meta">{c.date ?? ''}</div>
              </td>
              <td>
                <span class={`badge badge-${c.status}`}>{t.statuses[c.status]}</span>
              </td>
              <td>
                <div class="toolbar">
                  {allowedTransitions(c.status).map((to) => (
                    <button type="button" class={to === 'published' ? 'primary' : undefined} disabled={action.busy} onClick={() => move(c.slug, to)} aria-label={`${to === 'published' ? t.admin.publish : fill(t.admin.moveTo, { status: t.statuses[to] })}: ${c.title}`}>
                      {to === 'published' ? t.admin.publish : fill(t.admin.moveTo, { status: t.statuses[to] })}
                    </button>
                  ))}
                </div>
                {c.status !== 'published' ? (
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
          )}
        />
      </Panel>
      <Panel id="new-conference-title" title={t.admin.newConference}>
        <NewConferenceForm t={t} onCreated={list.reload} />
      </Panel>
    </div>
  );
}
