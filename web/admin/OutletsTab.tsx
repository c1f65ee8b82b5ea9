/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import type { AdminPageData } from '../../src/http/pages/page-data.ts';
import { api } from '../lib/api.ts';
import { ErrorLine, Panel } from '../lib/components.tsx';
import { CreateForm, ListTable } from './parts.tsx';
import { useAction } from '../lib/use-action.ts';
import { useList } from './use-list.ts';

interface Outlet {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  origin: 'domestic' | 'foreign' | 'unknown';
}

export function OutletsTab({ data }: { data: AdminPageData }) {
  const { t } = data;
  const list = useList<Outlet>('/api/outlets', 'outlets');
  const action = useAction(t.common.failed);
  const [form, setForm] = useState({ name: '', aliases: '', country: '', origin: 'domestic' });
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = {
      name: form.name,
      aliases: form.aliases
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
      country: form.country ? form.country.toUpperCase() : null,
      origin: form.origin,
    };
    if (await action.run(() => api('POST', '/api/outlets', body))) {
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
        <ListTable
          label={t.admin.outlets}
          headers={[t.admin.name, t.admin.country, t.admin.origin]}
          items={list.items}
          row={(o) => (
            <tr key={o.id}>
              <td>
                {o.name}
                {o.aliases.length ? <div class="meta">{o.aliases.join(', ')}</div> : null}
              </td>
              <td>{o.country ?? ''}</td>
              <td>{t.origins[o.origin]}</td>
            </tr>
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
      </Panel>
    </div>
  );
}
