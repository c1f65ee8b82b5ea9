/** @jsxImportSource preact */
// Editing a conference in its row: every detail before it goes live; after, the title, venue and start
// only, with the log of those changes (who, when, old → new) underneath.
import { useEffect, useState } from 'preact/hooks';
import { editableDetails, type ConferenceDetail } from '../../src/domain/lifecycle.ts';
import type { AdminPageData } from '../../src/http/pages/page-data.ts';
import { fill } from '../../src/i18n/fill.ts';
import { formatInZone } from '../../src/i18n/time.ts';
import { instantInZone, localInZone, timeZones } from '../../src/i18n/zone-input.ts';
import type { ConferenceChange, ConferenceInfo } from '../../src/store/store.ts';
import { api, slugPath } from '../lib/api.ts';
import { ErrorLine } from '../lib/components.tsx';
import { useAction } from '../lib/use-action.ts';

const zones = timeZones();

interface Fields {
  title: string;
  startsAt: string;
  timeZone: string;
  venue: string;
  occasion: string;
  host: string;
  topic: string;
  languages: string;
  principals: string;
}

function fieldsOf(c: ConferenceInfo): Fields {
  const timeZone = c.timeZone ?? 'UTC';
  return {
    title: c.title,
    startsAt: c.startsAt ? localInZone(c.startsAt, timeZone) : '',
    timeZone,
    venue: c.venue ?? '',
    occasion: c.occasion ?? '',
    host: c.host ?? '',
    topic: c.topic ?? '',
    languages: c.languages.join(', '),
    principals: c.principals.map((p) => p.name).join('\n'),
  };
}

export function EditConferencePanel({ slug, data, onSaved, onClose }: { slug: string; data: AdminPageData; onSaved(): void; onClose(): void }) {
  const { t, uiLang } = data;
  const [conference, setConference] = useState<ConferenceInfo | null>(null);
  const [f, setF] = useState<Fields | null>(null);
  const [changes, setChanges] = useState<ConferenceChange[]>([]);
  const [saved, setSaved] = useState(false);
  const action = useAction(t.common.failed);
  const load = async () => {
    const got = await action.run(() => api<{ conference: ConferenceInfo }>('GET', `${slugPath(slug)}/live`));
    if (!got) return;
    setConference(got.conference);
    setF(fieldsOf(got.conference));
    const log = await action.run(() => api<{ changes: ConferenceChange[] }>('GET', `${slugPath(slug)}/changes`));
    setChanges(log?.changes ?? []);
  };
  useEffect(() => {
    void load();
  }, [slug]);
  if (!conference || !f) return <ErrorLine message={action.error} />;

  const allowed = editableDetails(conference.status);
  const may = (detail: ConferenceDetail) => allowed.includes(detail);
  const set = (key: keyof Fields) => (e: Event) => {
    setSaved(false);
    setF({ ...f, [key]: (e.currentTarget as HTMLInputElement).value });
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const before = fieldsOf(conference);
    const body: Record<string, unknown> = {};
    if (f.title !== before.title) body.title = f.title;
    if (f.venue !== before.venue) body.venue = f.venue || null;
    // The start is typed as a wall-clock time in the conference's own zone, not the browser's.
    if (f.startsAt !== before.startsAt || f.timeZone !== before.timeZone) {
      body.startsAt = f.startsAt ? instantInZone(f.startsAt, f.timeZone) : null;
      body.timeZone = f.timeZone;
    }
    for (const key of ['occasion', 'host', 'topic'] as const) if (may(key) && f[key] !== before[key]) body[key] = f[key].trim() || null;
    if (may('languages') && f.languages !== before.languages) body.languages = f.languages.split(/[\s,]+/).filter(Boolean);
    if (may('principals') && f.principals !== before.principals)
      body.principals = f.principals
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean);
    if (Object.keys(body).length === 0) return onClose();
    if (await action.run(() => api('PATCH', slugPath(slug), body))) {
      setSaved(true);
      onSaved();
      await load();
    }
  };
  const input = (
    key: 'title' | 'startsAt' | 'venue' | 'occasion' | 'host' | 'topic' | 'languages',
    label: string,
    type: 'text' | 'datetime-local' = 'text',
  ) => (
    <div>
      <label for={`ec-${key}`}>{label}</label>
      <input
        id={`ec-${key}`}
        type={type as 'text' /* Preact ties other attributes to one input type */}
        required={key === 'title'}
        value={f[key]}
        onInput={set(key)}
      />
    </div>
  );
  const fieldName = (field: string) => (t.admin.changedFields as Record<string, string>)[field] ?? field;
  const shown = (field: string, value: string | null) =>
    value === null ? '—' : field === 'startsAt' ? formatInZone(value, uiLang, conference.timeZone) : value;
  return (
    <section class="edit-conference" aria-label={fill(t.admin.editTitle, { title: conference.title })}>
      <h3>{fill(t.admin.editTitle, { title: conference.title })}</h3>
      {!may('languages') ? <p class="meta">{t.admin.laterEditNote}</p> : null}
      <form class="stacked" onSubmit={submit}>
        <div class="grid-form">
          {input('title', t.admin.titleField)}
          {input('startsAt', t.admin.startsAt, 'datetime-local')}
          <div>
            <label for="ec-timeZone">{t.admin.timeZone}</label>
            <select id="ec-timeZone" value={f.timeZone} onChange={set('timeZone')}>
              {zones.map((z) => (
                <option value={z}>{z.replace(/_/g, ' ')}</option>
              ))}
            </select>
          </div>
          {input('venue', t.admin.venue)}
          {may('occasion') ? input('occasion', t.admin.occasion) : null}
          {may('host') ? input('host', t.admin.host) : null}
          {may('topic') ? input('topic', t.admin.topic) : null}
          {may('languages') ? input('languages', t.admin.languages) : null}
        </div>
        {may('principals') ? (
          <>
            <label for="ec-principals">{t.admin.principals}</label>
            <textarea id="ec-principals" value={f.principals} onInput={set('principals')} />
          </>
        ) : null}
        <div class="toolbar">
          <button type="submit" class="primary" disabled={action.busy}>
            {t.admin.save}
          </button>
          <button type="button" onClick={onClose}>
            {t.admin.close}
          </button>
          {saved ? <span role="status">{t.admin.saved}</span> : null}
        </div>
        <ErrorLine message={action.error} />
      </form>
      {!may('languages') ? (
        <>
          <h4>{t.admin.changesTitle}</h4>
          {changes.length === 0 ? (
            <p>{t.admin.noChanges}</p>
          ) : (
            <ol class="change-log">
              {changes.map((ch) => (
                <li>
                  <time dateTime={ch.at}>{formatInZone(ch.at, uiLang, conference.timeZone)}</time>{' '}
                  {fill(t.admin.changeLine, {
                    who: ch.userName ?? '?',
                    field: fieldName(ch.field),
                    from: shown(ch.field, ch.from),
                    to: shown(ch.field, ch.to),
                  })}
                </li>
              ))}
            </ol>
          )}
        </>
      ) : null}
    </section>
  );
}
