/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import type { AdminPageData } from '../../src/http/pages/page-data.ts';
import { instantInZone, timeZones } from '../../src/i18n/zone-input.ts';
import { api } from '../lib/api.ts';
import { ErrorLine } from '../lib/components.tsx';
import { useAction } from '../lib/use-action.ts';

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const zones = timeZones();

/** A new conference starts as a draft; its languages and principals are fixed here. */
export function NewConferenceForm({ t, onCreated }: { t: AdminPageData['t']; onCreated(): void }) {
  const [f, setF] = useState({
    title: '',
    date: '',
    startsAt: '',
    timeZone: browserZone(),
    venue: '',
    languages: 'en',
    principals: '',
    perOutletLimit: '',
    followUps: true,
    alternateOrigins: false,
    publishFloorLog: false,
  });
  const action = useAction(t.common.failed);
  const set = (key: keyof typeof f) => (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    setF({ ...f, [key]: input.type === 'checkbox' ? input.checked : input.value });
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = {
      title: f.title,
      ...(f.date ? { date: f.date } : {}),
      // The start is typed as a wall-clock time in the conference's own zone, not the browser's.
      ...(f.startsAt ? { startsAt: instantInZone(f.startsAt, f.timeZone), timeZone: f.timeZone } : { timeZone: f.timeZone }),
      ...(f.venue ? { venue: f.venue } : {}),
      languages: f.languages.split(/[\s,]+/).filter(Boolean),
      principals: f.principals
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean),
      settings: {
        perOutletLimit: f.perOutletLimit ? Number(f.perOutletLimit) : null,
        followUps: f.followUps,
        alternateOrigins: f.alternateOrigins,
        publishFloorLog: f.publishFloorLog,
      },
    };
    const created = await action.run(() => api('POST', '/api/conferences', body));
    if (created) {
      setF({ ...f, title: '', principals: '', venue: '' });
      onCreated();
    }
  };
  const text = (
    key: 'title' | 'date' | 'startsAt' | 'venue' | 'languages' | 'perOutletLimit',
    label: string,
    type: 'text' | 'date' | 'datetime-local' | 'number' = 'text',
    required = false,
  ) => (
    <div>
      <label for={`nc-${key}`}>{label}</label>
      <input
        id={`nc-${key}`}
        type={type as 'text' /* Preact's types tie the other attributes to one input type */}
        required={required}
        value={f[key]}
        onInput={set(key)}
        min={type === 'number' ? 1 : undefined}
      />
    </div>
  );
  const check = (key: 'followUps' | 'alternateOrigins' | 'publishFloorLog', label: string) => (
    <label class="choice">
      <input type="checkbox" checked={f[key]} onChange={set(key)} /> {label}
    </label>
  );
  return (
    <form class="stacked" onSubmit={submit}>
      <div class="grid-form">
        {text('title', t.admin.titleField, 'text', true)}
        {text('date', t.admin.date, 'date')}
        {text('startsAt', t.admin.startsAt, 'datetime-local')}
        <div>
          <label for="nc-timeZone">{t.admin.timeZone}</label>
          <select id="nc-timeZone" value={f.timeZone} onChange={set('timeZone')}>
            {zones.map((z) => (
              <option value={z}>{z.replace(/_/g, ' ')}</option>
            ))}
          </select>
        </div>
        {text('venue', t.admin.venue)}
        {text('languages', t.admin.languages)}
        {text('perOutletLimit', t.admin.perOutletLimit, 'number')}
      </div>
      <label for="nc-principals">{t.admin.principals}</label>
      <textarea id="nc-principals" value={f.principals} onInput={set('principals')} />
      {check('followUps', t.admin.followUps)}
      {check('alternateOrigins', t.admin.alternateOrigins)}
      {check('publishFloorLog', t.admin.publishFloorLog)}
      <div>
        <button type="submit" class="primary" disabled={action.busy}>
          {t.admin.create}
        </button>
      </div>
      <ErrorLine message={action.error} />
    </form>
  );
}
