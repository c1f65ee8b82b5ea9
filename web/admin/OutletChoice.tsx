/** @jsxImportSource preact */
// The outlet an application names, as the registry sees it: registered (its origin is the one used),
// or new, or only like registered outlets, when the admin picks one of them or confirms a new one
// before approving, so the registry does not fill with near-duplicates.
import { findOutlet, nearOutlets } from '../../src/domain/outlet-match.ts';
import type { Accreditation } from '../../src/domain/accreditation.ts';
import type { AdminPageData } from '../../src/http/pages/page-data.ts';
import { fill } from '../../src/i18n/fill.ts';
import type { RegisteredOutlet } from './OutletEditor.tsx';

/** What the admin has said: a registered outlet's id, "new", or nothing yet. */
export type Choice = string;

export interface OutletView {
  registered: RegisteredOutlet | null;
  candidates: RegisteredOutlet[];
}

export function outletView(a: Accreditation, registry: readonly RegisteredOutlet[]): OutletView {
  const registered = (a.outletId ? registry.find((o) => o.id === a.outletId) : undefined) ?? findOutlet(a.outletName, registry);
  return { registered, candidates: registered ? [] : nearOutlets(a.outletName, registry) };
}

/** The approval's outlet part, or null while a near-duplicate waits for the admin's choice. */
export function approvalBody(view: OutletView, choice: Choice, origin: string): Record<string, unknown> | null {
  if (view.registered) return {};
  if (view.candidates.length === 0) return { origin };
  if (choice === 'new') return { newOutlet: true, origin };
  return choice ? { outletId: choice } : null;
}

export function OutletChoiceCell({
  a,
  view,
  choice,
  origin,
  decided,
  t,
  onChoice,
  onOrigin,
}: {
  a: Accreditation;
  view: OutletView;
  choice: Choice;
  origin: string;
  /** Approved, revoked…: the outlet is settled. */
  decided: boolean;
  t: AdminPageData['t'];
  onChoice(choice: Choice): void;
  onOrigin(origin: string): void;
}) {
  if (decided) return <>{a.outletName}</>;
  if (view.registered)
    return (
      <>
        {a.outletName}
        <div class="meta outlet-match">
          {fill(t.admin.registeredAs, { name: view.registered.name })} · {t.origins[view.registered.origin]}
        </div>
      </>
    );
  const originSelect = (
    <>
      <label class="visually-hidden" for={`origin-${a.id}`}>
        {`${t.admin.origin}: ${a.outletName}`}
      </label>
      <select id={`origin-${a.id}`} value={origin} onChange={(e) => onOrigin(e.currentTarget.value)}>
        <option value="domestic">{t.origins.domestic}</option>
        <option value="foreign">{t.origins.foreign}</option>
      </select>
    </>
  );
  if (view.candidates.length === 0)
    return (
      <>
        {a.outletName}
        <div class="meta outlet-match">
          {t.admin.newOutlet} {originSelect}
        </div>
      </>
    );
  return (
    <>
      {a.outletName}
      <fieldset class="outlet-candidates">
        <legend>{t.admin.similarOutlets}</legend>
        {view.candidates.map((o) => (
          <label class="choice">
            <input type="radio" name={`outlet-${a.id}`} value={o.id} checked={choice === o.id} onChange={() => onChoice(o.id)} />{' '}
            {fill(t.admin.useOutlet, { name: o.name })} ({t.origins[o.origin]})
          </label>
        ))}
        <label class="choice">
          <input type="radio" name={`outlet-${a.id}`} value="new" checked={choice === 'new'} onChange={() => onChoice('new')} />{' '}
          {fill(t.admin.confirmNewOutlet, { name: a.outletName })}
        </label>
        {choice === 'new' ? originSelect : null}
      </fieldset>
    </>
  );
}
