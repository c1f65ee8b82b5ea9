/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import type { AdminPageData } from '../../src/http/pages/page-data.ts';
import { STAFF_ROLES, type UserRole } from '../../src/domain/roles.ts';
import { fill } from '../../src/i18n/fill.ts';
import { api } from '../lib/api.ts';
import { ConfirmButton, ErrorLine, Panel } from '../lib/components.tsx';
import { CreateForm, ListTable } from './parts.tsx';
import { useAction } from '../lib/use-action.ts';
import { useList } from './use-list.ts';

interface ListedUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  disabledAt: string | null;
}

/** A new password for one account, typed in a form that opens in its row. */
function PasswordForm({ user, data, onDone }: { user: ListedUser; data: AdminPageData; onDone: (message: string | null) => void }) {
  const { t } = data;
  const action = useAction(t.common.failed);
  const [password, setPassword] = useState('');
  const id = `pw-${user.id}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await action.run(() => api('PATCH', `/api/users/${encodeURIComponent(user.id)}`, { password }))) onDone(fill(t.admin.passwordSet, { name: user.name }));
  };
  return (
    <form class="inline-form" onSubmit={submit}>
      <label for={id}>{fill(t.admin.newPassword, { name: user.name })}</label>
      <input id={id} type="password" autocomplete="new-password" minLength={8} required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
      <button type="submit" class="primary" disabled={action.busy}>
        {t.admin.setPassword}
      </button>
      <button type="button" onClick={() => onDone(null)}>
        {t.common.no}
      </button>
      <ErrorLine message={action.error} />
    </form>
  );
}

export function UsersTab({ data }: { data: AdminPageData }) {
  const { t } = data;
  const list = useList<ListedUser>('/api/users', 'users');
  const action = useAction(t.common.failed);
  const rowAction = useAction(t.common.failed);
  const [resetting, setResetting] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [form, setForm] = useState({ email: '', name: '', role: 'transcriber', password: '' });
  const submit = async (e: Event) => {
    e.preventDefault();
    if (
      await action.run(() =>
        api('POST', '/api/users', { email: form.email, ...(form.name ? { name: form.name } : {}), role: form.role, password: form.password }),
      )
    ) {
      setForm({ email: '', name: '', role: form.role, password: '' });
      void list.reload();
    }
  };
  const setDisabled = async (u: ListedUser, disabled: boolean) => {
    setDone(null);
    if (await rowAction.run(() => api('PATCH', `/api/users/${encodeURIComponent(u.id)}`, { disabled }))) void list.reload();
  };
  const field = (key: 'email' | 'name' | 'password', label: string, type: 'email' | 'text' | 'password') => (
    <div>
      <label for={`u-${key}`}>{label}</label>
      <input
        id={`u-${key}`}
        type={type as 'text' /* Preact's types tie the other attributes to one input type */}
        required={key !== 'name'}
        minLength={key === 'password' ? 8 : undefined}
        autocomplete={key === 'password' ? 'new-password' : 'off'}
        value={form[key]}
        onInput={(e) => setForm({ ...form, [key]: e.currentTarget.value })}
      />
    </div>
  );
  return (
    <div>
      <Panel id="users-title" title={t.admin.users}>
        <ErrorLine message={list.error ?? rowAction.error} />
        {done ? (
          <p class="status-line" role="status">
            {done}
          </p>
        ) : null}
        <ListTable
          label={t.admin.users}
          headers={[t.admin.name, t.admin.email, t.admin.role, t.admin.accountState, t.admin.actions]}
          items={list.items}
          failed={list.error !== null}
          row={(u) => (
            <tr key={u.id} data-user={u.email}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>{t.admin.roles[u.role]}</td>
              <td>{u.disabledAt ? <span class="badge badge-disabled">{t.admin.disabled}</span> : t.admin.active}</td>
              <td class="actions">
                {resetting === u.id ? (
                  <PasswordForm
                    user={u}
                    data={data}
                    onDone={(message) => {
                      setResetting(null);
                      setDone(message);
                    }}
                  />
                ) : (
                  <>
                    {u.role !== 'journalist' ? (
                      <button type="button" onClick={() => setResetting(u.id)}>
                        {t.admin.resetPassword}
                      </button>
                    ) : null}{' '}
                    {u.disabledAt ? (
                      <button type="button" disabled={rowAction.busy} onClick={() => void setDisabled(u, false)}>
                        {t.admin.enable}
                      </button>
                    ) : u.id !== data.userId ? (
                      <ConfirmButton
                        label={t.admin.disable}
                        question={fill(t.admin.confirmDisable, { name: u.name })}
                        yes={t.common.yes}
                        no={t.common.no}
                        busy={rowAction.busy}
                        danger
                        onConfirm={() => void setDisabled(u, true)}
                      />
                    ) : null}
                  </>
                )}
              </td>
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
