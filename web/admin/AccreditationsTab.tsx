/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import type { AdminPageData } from '../../src/http/pages/page-data.ts';
import type { Accreditation } from '../../src/domain/accreditation.ts';
import { fill } from '../../src/i18n/fill.ts';
import type { ConferenceSummary } from '../../src/store/store.ts';
import { api } from '../lib/api.ts';
import { ErrorLine, Panel } from '../lib/components.tsx';
import { ListTable } from './parts.tsx';
import { AccessLinkBox } from './AccessLinkBox.tsx';
import { useAction } from '../lib/use-action.ts';
import { useList } from './use-list.ts';

type Status = Accreditation['status'];
const FILTERS: (Status | '')[] = ['', 'pending', 'approved', 'rejected', 'revoked'];

/** Applications and accreditations: approve (the answer is the journalist's link), reject, revoke. */
export function AccreditationsTab({ data }: { data: AdminPageData }) {
  const { t } = data;
  const [filter, setFilter] = useState<Status | ''>('');
  const list = useList<Accreditation>(`/api/accreditations${filter ? `?status=${filter}` : ''}`, 'accreditations');
  const conferences = useList<ConferenceSummary>('/api/conferences?limit=1000', 'conferences');
  const action = useAction(t.common.failed);
  const [origins, setOrigins] = useState<Record<string, string>>({});
  const [link, setLink] = useState<{ name: string; url: string } | null>(null);

  const titleOf = (id: string | null) => conferences.items?.find((c) => c.id === id)?.title ?? '';
  const decide = async (a: Accreditation, what: 'approve' | 'reject' | 'revoke' | 'link') => {
    const body = what === 'approve' ? { origin: origins[a.id] ?? 'domestic' } : undefined;
    const answer = await action.run(() => api<{ accessLink?: string }>('POST', `/api/accreditations/${encodeURIComponent(a.id)}/${what}`, body));
    if (answer?.accessLink) setLink({ name: a.name, url: answer.accessLink });
    await list.reload();
  };
  const button = (a: Accreditation, what: 'approve' | 'reject' | 'revoke' | 'link', label: string) => (
    <button type="button" class={what === 'approve' ? 'primary' : what === 'link' ? undefined : 'danger'} disabled={action.busy} onClick={() => decide(a, what)} aria-label={`${label}: ${a.name}`}>
      {label}
    </button>
  );
  return (
    <Panel id="accreditations-title" title={t.admin.accreditations}>
      {link ? <AccessLinkBox name={link.name} url={link.url} t={t} /> : null}
      <p class="inline-select">
        <label for="acc-filter">{t.admin.filterStatus}</label>{' '}
        <select id="acc-filter" value={filter} onChange={(e) => setFilter(e.currentTarget.value as Status | '')}>
          {FILTERS.map((s) => (
            <option value={s}>{s ? t.admin.accStatuses[s] : t.admin.all}</option>
          ))}
        </select>
      </p>
      <ErrorLine message={action.error ?? list.error} />
      <ListTable
        label={t.admin.accreditations}
        headers={[t.admin.name, t.admin.outlet, t.admin.scope, t.admin.status, t.admin.actions]}
        items={list.items}
        emptyText={t.admin.none}
        row={(a) => (
          <tr key={a.id} data-accreditation={a.id}>
            <td>
              {a.name}
              <div class="meta">{a.email}</div>
            </td>
            <td>{a.outletName}</td>
            <td>{a.conferenceId ? titleOf(a.conferenceId) : fill(t.admin.periodScope, { from: a.validFrom ?? '…', until: a.validUntil ?? '…' })}</td>
            <td>{t.admin.accStatuses[a.status]}</td>
            <td>
              <div class="toolbar">
                {a.status === 'pending' || a.status === 'rejected' ? (
                  <>
                    <label class="visually-hidden" for={`origin-${a.id}`}>
                      {`${t.admin.origin}: ${a.outletName}`}
                    </label>
                    <select id={`origin-${a.id}`} value={origins[a.id] ?? 'domestic'} onChange={(e) => setOrigins({ ...origins, [a.id]: e.currentTarget.value })}>
                      <option value="domestic">{t.origins.domestic}</option>
                      <option value="foreign">{t.origins.foreign}</option>
                    </select>
                    {button(a, 'approve', t.admin.approve)}
                  </>
                ) : null}
                {a.status === 'pending' ? button(a, 'reject', t.admin.reject) : null}
                {a.status === 'approved' ? button(a, 'link', t.admin.newLink) : null}
                {a.status === 'approved' ? button(a, 'revoke', t.admin.revoke) : null}
              </div>
            </td>
          </tr>
        )}
      />
    </Panel>
  );
}
