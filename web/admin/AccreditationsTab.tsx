/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import type { AdminPageData } from '../../src/http/pages/page-data.ts';
import type { Accreditation } from '../../src/domain/accreditation.ts';
import { fill } from '../../src/i18n/fill.ts';
import type { ConferenceSummary } from '../../src/store/store.ts';
import { api } from '../lib/api.ts';
import { ConfirmButton, ErrorLine, Panel } from '../lib/components.tsx';
import { ListTable } from './parts.tsx';
import { AccessLinkBox, type ShownLink } from './AccessLinkBox.tsx';
import { useAction } from '../lib/use-action.ts';
import { useList } from './use-list.ts';
import { approvalBody, type Choice, OutletChoiceCell, outletView } from './OutletChoice.tsx';
import type { RegisteredOutlet } from './OutletEditor.tsx';

type Status = Accreditation['status'];
const FILTERS: (Status | '')[] = ['', 'pending', 'approved', 'rejected', 'revoked'];

/** Applications and accreditations: approve (the answer is the journalist's link), reject, revoke. */
export function AccreditationsTab({ data }: { data: AdminPageData }) {
  const { t } = data;
  const [filter, setFilter] = useState<Status | ''>('');
  const list = useList<Accreditation>(`/api/accreditations${filter ? `?status=${filter}` : ''}`, 'accreditations');
  const conferences = useList<ConferenceSummary>('/api/conferences?limit=1000', 'conferences');
  const action = useAction(t.common.failed);
  const outlets = useList<RegisteredOutlet>('/api/outlets', 'outlets');
  const [origins, setOrigins] = useState<Record<string, string>>({});
  /** Per application whose outlet only resembles registered ones: the one picked, or "new". */
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [pickFirst, setPickFirst] = useState<string | null>(null);
  /** Links by accreditation: each shows in the row where the admin clicked. */
  const [links, setLinks] = useState<Record<string, ShownLink>>({});
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [summary, setSummary] = useState<string | null>(null);

  const titleOf = (id: string | null) => conferences.items?.find((c) => c.id === id)?.title ?? '';
  const viewOf = (a: Accreditation) => outletView(a, outlets.items ?? []);
  /** The origin offered for a new outlet: the admin's choice, else domestic (a registered outlet keeps its own). */
  const originOf = (a: Accreditation) => origins[a.id] ?? 'domestic';
  const bodyOf = (a: Accreditation) => approvalBody(viewOf(a), choices[a.id] ?? '', originOf(a));
  type Answer = { accessLink: string; accessQr: string; emailed: boolean; emailError: string | null };
  const shown = (a: Accreditation, answer: Answer): ShownLink => ({
    name: a.name,
    email: a.email,
    url: answer.accessLink,
    qr: answer.accessQr,
    emailed: answer.emailed,
    emailError: answer.emailError,
  });
  const decide = async (a: Accreditation, what: 'approve' | 'reject' | 'revoke' | 'link') => {
    setSummary(null);
    setPickFirst(null);
    // Approving before the registry has loaded would not know the outlet: wait for it.
    if (what === 'approve' && outlets.items === null) return;
    const body = what === 'approve' ? bodyOf(a) : undefined;
    if (body === null) return setPickFirst(a.id);
    const answer = await action.run(() => api<Partial<Answer>>('POST', `/api/accreditations/${encodeURIComponent(a.id)}/${what}`, body));
    if (answer?.accessLink) setLinks({ ...links, [a.id]: shown(a, answer as Answer) });
    await list.reload();
  };
  const approveSelected = async () => {
    const chosen = (list.items ?? []).filter((a) => selected.has(a.id) && (a.status === 'pending' || a.status === 'rejected'));
    const answer = await action.run(() =>
      api<{ results: (({ id: string; ok: true } & Answer) | { id: string; ok: false; message: string })[] }>('POST', '/api/accreditations/approve', {
        items: chosen.map((a) => ({ id: a.id, ...(bodyOf(a) ?? {}) })),
      }),
    );
    if (answer) {
      const next = { ...links };
      for (const r of answer.results) {
        const a = chosen.find((x) => x.id === r.id);
        if (r.ok && a) next[r.id] = shown(a, r);
      }
      setLinks(next);
      setSelected(new Set());
      setSummary(
        fill(t.admin.bulkDone, { approved: answer.results.filter((r) => r.ok).length, emailed: answer.results.filter((r) => r.ok && r.emailed).length }),
      );
    }
    await list.reload();
  };
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  const button = (a: Accreditation, what: 'approve' | 'reject' | 'revoke' | 'link', label: string) => (
    <button
      type="button"
      class={what === 'approve' ? 'primary' : what === 'link' ? undefined : 'danger'}
      disabled={action.busy}
      onClick={() => decide(a, what)}
      aria-label={`${label}: ${a.name}`}
    >
      {label}
    </button>
  );
  return (
    <Panel id="accreditations-title" title={t.admin.accreditations}>
      <p class="inline-select">
        <label for="acc-filter">{t.admin.filterStatus}</label>{' '}
        <select id="acc-filter" value={filter} onChange={(e) => setFilter(e.currentTarget.value as Status | '')}>
          {FILTERS.map((s) => (
            <option value={s}>{s ? t.admin.accStatuses[s] : t.admin.all}</option>
          ))}
        </select>
      </p>
      <div class="toolbar">
        <button type="button" class="primary" disabled={action.busy || selected.size === 0} onClick={() => void approveSelected()}>
          {fill(t.admin.approveSelected, { n: selected.size })}
        </button>
        {summary ? <span role="status">{summary}</span> : null}
      </div>
      <ErrorLine message={action.error ?? list.error} />
      <ListTable
        label={t.admin.accreditations}
        headers={[t.admin.selectColumn, t.admin.name, t.admin.outlet, t.admin.scope, t.admin.status, t.admin.actions]}
        items={list.items}
        failed={list.error !== null}
        emptyText={t.admin.none}
        row={(a) => (
          <>
            <tr key={a.id} data-accreditation={a.id}>
              <td>
                {a.status === 'pending' || a.status === 'rejected' ? (
                  <input type="checkbox" checked={selected.has(a.id)} onChange={() => toggle(a.id)} aria-label={fill(t.admin.select, { name: a.name })} />
                ) : null}
              </td>
              <td>
                {a.name}
                <div class="meta">{a.email}</div>
              </td>
              <td>
                <OutletChoiceCell
                  a={a}
                  view={viewOf(a)}
                  choice={choices[a.id] ?? ''}
                  origin={originOf(a)}
                  // Until the registry has loaded, no outlet is offered as new or similar.
                  decided={(a.status !== 'pending' && a.status !== 'rejected') || outlets.items === null}
                  t={t}
                  onChoice={(choice) => setChoices({ ...choices, [a.id]: choice })}
                  onOrigin={(origin) => setOrigins({ ...origins, [a.id]: origin })}
                />
                {pickFirst === a.id ? (
                  <p class="status-line" role="alert">
                    <span class="form-error">{t.admin.pickOutletFirst}</span>
                  </p>
                ) : null}
              </td>
              <td>{a.conferenceId ? titleOf(a.conferenceId) : fill(t.admin.periodScope, { from: a.validFrom ?? '…', until: a.validUntil ?? '…' })}</td>
              <td>{t.admin.accStatuses[a.status]}</td>
              <td>
                <div class="toolbar">
                  {a.status === 'pending' || a.status === 'rejected' ? button(a, 'approve', t.admin.approve) : null}
                  {a.status === 'pending' ? button(a, 'reject', t.admin.reject) : null}
                  {a.status === 'approved' ? button(a, 'link', t.admin.newLink) : null}
                  {a.status === 'approved' ? (
                    // Revoking ends the journalist's sessions and hands at once: asked first.
                    <ConfirmButton
                      label={t.admin.revoke}
                      question={fill(t.admin.confirmRevoke, { name: a.name })}
                      yes={t.common.yes}
                      no={t.common.no}
                      busy={action.busy}
                      danger
                      onConfirm={() => void decide(a, 'revoke')}
                    />
                  ) : null}
                </div>
              </td>
            </tr>
            {links[a.id] ? (
              <tr class="link-row" data-link-for={a.id}>
                <td colSpan={6}>
                  <AccessLinkBox link={links[a.id]!} t={t} id={a.id} />
                </td>
              </tr>
            ) : null}
          </>
        )}
      />
    </Panel>
  );
}
