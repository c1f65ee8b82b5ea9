/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import type { AdminPageData } from '../../src/http/pages/page-data.ts';
import { STAFF_ROLES, type UserRole } from '../../src/domain/roles.ts';
import { api } from '../lib/api.ts';
import { ErrorLine, Panel } from '../lib/components.tsx';
import { CreateForm, ListTable } from './parts.tsx';
import { useAction } from '../lib/use-action.ts';
import { useList } from './use-list.ts';

interface ListedUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
}

export function UsersTab({ data }: { data: AdminPageData }) {
  const { t } = data;
  const list = useList<ListedUser>('/api/users', 'users');
  const action = useAction(t.common.failed);
  const [form, setForm] = useState({ email: '', name: '', role: 'transcriber', password: '' });
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await action.run(() => api('POST', '/api/users', { email: form.email, ...(form.name ? { name: form.name } : {}), role: form.role, password: form.password }))) {
      setForm({ email: '', name: '', role: form.role, password: '' });
      void list.reload();
    }
  };
  const field = (key: 'email' | 'name' | 'password', label: string, type: 'email' | 'text' | 'password') => (
    <div>
      <label for={`u-${key}`}>{label}</label>
      <input id={`u-${key}`} type={type as 'text' /* Preact's types tie the other attributes to one input type */} required={key !== 'name'} minLength={key === 'password' ? 8 : undefined} autocomplete={key === 'password' ? 'new-password' : 'off'} value={form[key]} onInput={(e) => setForm({ ...form, [key]: e.currentTarget.value })} />
    </div>
  );
  return (
    <div>
      <Panel id="users-title" title={t.admin.users}>
        <ErrorLine message={list.error} />
        <ListTable
          label={t.admin.users}
          headers={[t.admin.name, t.admin.email, t.admin.role]}
          items={list.items}
          row={(u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>{t.admin.roles[u.role]}</td>
            </tr>
          )}
        />
      </Panel>
      <Panel id="new-user-title" title={`+ ${t.admin.users}`}>
        <CreateForm onSubmit={submit} busy={action.busy} error={action.error} submitLabel={t.admin.create}>
          {field('email', t.admin.email, 'email')}
          {field('name', t.admin.name, 'text')}
          <div>
            <label for="u-role">{t.admin.role}</label>
            <select id="u-role" value={form.role} onChange={(e) => setForm({ ...form, role: e.currentTarget.value })}>
              {STAFF_ROLES.map((r) => (
                <option value={r}>{t.admin.roles[r]}</option>
              ))}
            </select>
          </div>
          {field('password', t.admin.password, 'password')}
        </CreateForm>
      </Panel>
    </div>
  );
}
