/** @jsxImportSource preact */
// One outlet edited in its row: name, country and origin; its other names added and removed; merged
// into another outlet after a confirmation, since a merge cannot be undone.
import { useState } from 'preact/hooks';
import type { AdminPageData } from '../../src/http/pages/page-data.ts';
import { fill } from '../../src/i18n/fill.ts';
import { api } from '../lib/api.ts';
import { ConfirmButton, ErrorLine } from '../lib/components.tsx';
import { useAction } from '../lib/use-action.ts';

export interface RegisteredOutlet {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  origin: 'domestic' | 'foreign' | 'unknown';
}

const outletPath = (id: string) => `/api/outlets/${encodeURIComponent(id)}`;

export function OutletEditor({
  outlet,
  others,
  t,
  onChanged,
  onMerged,
}: {
  outlet: RegisteredOutlet;
  others: RegisteredOutlet[];
  t: AdminPageData['t'];
  onChanged(): void;
  onMerged(message: string): void;
}) {
  const action = useAction(t.common.failed);
  const [f, setF] = useState({ name: outlet.name, country: outlet.country ?? '', origin: outlet.origin });
  const [alias, setAlias] = useState('');
  const [into, setInto] = useState('');
  const id = outlet.id;
  const save = async (e: Event) => {
    e.preventDefault();
    const body = { ...(f.name !== outlet.name ? { name: f.name } : {}), country: f.country ? f.country.toUpperCase() : null, origin: f.origin };
    if (await action.run(() => api('PATCH', outletPath(id), body))) onChanged();
  };
  const addAlias = async (e: Event) => {
    e.preventDefault();
    if (await action.run(() => api('POST', `${outletPath(id)}/aliases`, { alias }))) {
      setAlias('');
      onChanged();
    }
  };
  const removeAlias = async (name: string) => {
    if (await action.run(() => api('DELETE', `${outletPath(id)}/aliases/${encodeURIComponent(name)}`))) onChanged();
  };
  const kept = others.find((o) => o.id === into);
  const merge = async () => {
    if (!kept) return;
    if (await action.run(() => api('POST', `${outletPath(id)}/merge`, { into: kept.id })))
      onMerged(fill(t.admin.merged, { gone: outlet.name, kept: kept.name }));
  };
  return (
    <section class="outlet-editor" aria-label={`${t.admin.edit}: ${outlet.name}`}>
      <form class="stacked" onSubmit={save}>
        <div class="grid-form">
          <div>
            <label for={`oe-name-${id}`}>{t.admin.name}</label>
            <input id={`oe-name-${id}`} required maxLength={200} value={f.name} onInput={(e) => setF({ ...f, name: e.currentTarget.value })} />
          </div>
          <div>
            <label for={`oe-country-${id}`}>{t.admin.country}</label>
            <input id={`oe-country-${id}`} maxLength={2} value={f.country} onInput={(e) => setF({ ...f, country: e.currentTarget.value })} />
          </div>
          <div>
            <label for={`oe-origin-${id}`}>{t.admin.origin}</label>
            <select id={`oe-origin-${id}`} value={f.origin} onChange={(e) => setF({ ...f, origin: e.currentTarget.value as RegisteredOutlet['origin'] })}>
              <option value="domestic">{t.origins.domestic}</option>
              <option value="foreign">{t.origins.foreign}</option>
              <option value="unknown">{t.origins.unknown}</option>
            </select>
          </div>
        </div>
        {f.name !== outlet.name ? <p class="meta">{t.admin.renameKeepsAlias}</p> : null}
        <div>
          <button type="submit" class="primary" disabled={action.busy}>
            {t.admin.save}
          </button>
        </div>
      </form>
      <h4>{t.admin.aliasesList}</h4>
      <ul class="alias-list">
        {outlet.aliases.map((a) => (
          <li>
            {a}{' '}
            <button
              type="button"
              class="link-button"
              disabled={action.busy}
              aria-label={fill(t.admin.removeAlias, { alias: a, name: outlet.name })}
              onClick={() => void removeAlias(a)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form class="inline-form" onSubmit={addAlias}>
        <label for={`oe-alias-${id}`}>{fill(t.admin.newAlias, { name: outlet.name })}</label>{' '}
        <input id={`oe-alias-${id}`} required maxLength={200} value={alias} onInput={(e) => setAlias(e.currentTarget.value)} />{' '}
        <button type="submit" disabled={action.busy}>
          {t.admin.addAlias}
        </button>
      </form>
      <div class="toolbar merge">
        <label for={`oe-merge-${id}`}>{fill(t.admin.mergeInto, { name: outlet.name })}</label>
        <select id={`oe-merge-${id}`} value={into} onChange={(e) => setInto(e.currentTarget.value)}>
          <option value="">{t.admin.chooseOutlet}</option>
          {others.map((o) => (
            <option value={o.id}>{o.name}</option>
          ))}
        </select>
        {kept ? (
          <ConfirmButton
            label={t.admin.merge}
            question={fill(t.admin.confirmMerge, { gone: outlet.name, kept: kept.name })}
            yes={t.common.yes}
            no={t.common.no}
            busy={action.busy}
            danger
            onConfirm={() => void merge()}
          />
        ) : null}
      </div>
      <ErrorLine message={action.error} />
    </section>
  );
}
