/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import type { AdminPageData } from '../../src/http/pages/page-data.ts';
import { fill } from '../../src/i18n/fill.ts';
import { api, ApiError } from '../lib/api.ts';
import { ErrorLine, Panel } from '../lib/components.tsx';
import { CreateForm, ListTable } from './parts.tsx';
import { useAction } from '../lib/use-action.ts';
import { useList } from './use-list.ts';
import { OutletEditor, type RegisteredOutlet as Outlet } from './OutletEditor.tsx';

export function OutletsTab({ data }: { data: AdminPageData }) {
  const { t } = data;
  const list = useList<Outlet>('/api/outlets', 'outlets');
  const action = useAction(t.common.failed);
  const [form, setForm] = useState({ name: '', aliases: '', country: '', origin: 'domestic' });
  /** The outlet being edited in its row. */
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** The message of a refused near-duplicate: the admin registers it anyway or not at all. */
  const [nearDuplicate, setNearDuplicate] = useState<string | null>(null);
  const submit = async (e: Event | null, newOutlet = false) => {
    e?.preventDefault();
    setNearDuplicate(null);
    const body = {
      ...(newOutlet ? { newOutlet: true } : {}),
      name: form.name,
      aliases: form.aliases
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
      country: form.country ? form.country.toUpperCase() : null,
      origin: form.origin,
    };
    const created = await action.run(() =>
      api('POST', '/api/outlets', body).catch((error: unknown) => {
        if (error instanceof ApiError && error.code === 'near_duplicate') {
          const similar = (list.items ?? []).filter((o) => error.message.includes(`"${o.name}"`)).map((o) => o.name);
          setNearDuplicate(fill(t.admin.nearDuplicate, { names: similar.join(', ') || error.message, name: form.name }));
          return null;
        }
        throw error;
      }),
    );
    if (created) {
      setForm({ name: '', aliases: '', country: '', origin: form.origin });
      void list.reload();
    }
  };
  const field = (key: 'name' | 'aliases' | 'country', label: string) => (
    <div>
      <label for={`o-${key}`}>{label}</label>
      <input
        id={`o-${key}`}
        required={key === 'name'}
        value={form[key]}
        maxLength={key === 'country' ? 2 : 200}
        onInput={(e) => setForm({ ...form, [key]: e.currentTarget.value })}
      />
    </div>
  );
  return (
    <div>
      <Panel id="outlets-title" title={t.admin.outlets}>
        <ErrorLine message={list.error} />
        {notice ? <p role="status">{notice}</p> : null}
        <ListTable
          label={t.admin.outlets}
          headers={[t.admin.name, t.admin.country, t.admin.origin, t.admin.actions]}
          items={list.items}
          failed={list.error !== null}
          row={(o) => (
            <>
              <tr key={o.id} data-outlet={o.name}>
                <td>
                  {o.name}
                  {o.aliases.length ? <div class="meta">{o.aliases.join(', ')}</div> : null}
                </td>
                <td>{o.country ?? ''}</td>
                <td>{t.origins[o.origin]}</td>
                <td>
                  <button
                    type="button"
                    aria-expanded={editing === o.id}
                    aria-label={`${t.admin.edit}: ${o.name}`}
                    onClick={() => setEditing(editing === o.id ? null : o.id)}
                  >
                    {t.admin.edit}
                  </button>
                </td>
              </tr>
              {editing === o.id ? (
                <tr class="edit-row">
                  <td colSpan={4}>
                    <OutletEditor
                      key={`${o.id}:${o.name}:${o.aliases.join('|')}`}
                      outlet={o}
                      others={(list.items ?? []).filter((other) => other.id !== o.id)}
                      t={t}
                      onChanged={() => {
                        setNotice(null);
                        void list.reload();
                      }}
                      onMerged={(message) => {
                        setEditing(null);
                        setNotice(message);
                        void list.reload();
                      }}
                    />
                  </td>
                </tr>
              ) : null}
            </>
          )}
        />
      </Panel>
      <Panel id="new-outlet-title" title={`+ ${t.admin.outlets}`}>
        <CreateForm onSubmit={submit} busy={action.busy} error={action.error} submitLabel={t.admin.create}>
          {field('name', t.admin.name)}
          {field('aliases', t.admin.aliases)}
          {field('country', t.admin.country)}
          <div>
            <label for="o-origin">{t.admin.origin}</label>
            <select id="o-origin" value={form.origin} onChange={(e) => setForm({ ...form, origin: e.currentTarget.value })}>
              <option value="domestic">{t.origins.domestic}</option>
              <option value="foreign">{t.origins.foreign}</option>
            </select>
          </div>
        </CreateForm>
        {nearDuplicate ? (
          <p class="near-duplicate" role="alert">
            {nearDuplicate}{' '}
            <button type="button" disabled={action.busy} onClick={() => void submit(null, true)}>
              {t.admin.registerAnyway}
            </button>
          </p>
        ) : null}
      </Panel>
    </div>
  );
}
