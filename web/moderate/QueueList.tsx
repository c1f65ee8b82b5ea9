/** @jsxImportSource preact */
import type { ModeratePageData, QueueView } from '../../src/http/pages/page-data.ts';
import { fill } from '../../src/i18n/fill.ts';
import { formatDuration } from '../lib/components.tsx';

interface Props {
  queue: QueueView;
  selected: string | null;
  now: number;
  t: ModeratePageData['t'];
  busy: boolean;
  onSelect(index: number): void;
  onGive(handId: string): void;
  onSkip(handId: string): void;
}

/** The waiting hands in the policy's order, with outlet, origin and the outlet's history. */
/** A policy reason in the interface's language. */
function reasonText(r: QueueView['entries'][number]['why'][number], t: ModeratePageData['t']): string {
  const m = t.moderate.reasons;
  switch (r.code) {
    case 'limit':
      return fill(m.limit, { limit: r.limit });
    case 'asked':
      return fill(m.asked, { n: r.n });
    case 'alternate':
      return fill(m.alternate, { origin: t.origins[r.origin], after: t.origins[r.after] });
    default:
      return m[r.code];
  }
}

export function QueueList({ queue, selected, now, t, busy, onSelect, onGive, onSkip }: Props) {
  if (queue.entries.length === 0) return <p>{t.moderate.empty}</p>;
  return (
    <ol class="queue">
      {queue.entries.map((entry, index) => {
        const waited = Math.max(0, Math.round((now - Date.parse(entry.raisedAt)) / 1000));
        const name = entry.journalist.name;
        return (
          <li
            key={entry.handId}
            class={`queue-entry${entry.eligible ? '' : ' ineligible'}`}
            aria-current={entry.handId === selected ? 'true' : undefined}
            onFocusIn={() => onSelect(index)}
            data-hand={entry.handId}
          >
            <div>
              <span class="name">{name}</span>
              {entry.outlet ? `, ${entry.outlet.name}` : ''} <span class="badge">{t.origins[entry.origin]}</span>
              {entry.handId === queue.policyPick ? <span class="badge badge-live">{t.moderate.policyPick}</span> : null}
              {entry.followUp ? <span class="badge">{t.moderate.followUp}</span> : null}
            </div>
            <div class="meta">
              {fill(t.moderate.history, { here: entry.outletQuestions.here, earlier: entry.outletQuestions.earlier })} ·{' '}
              {fill(t.moderate.waiting, { time: formatDuration(waited) })}
            </div>
            {entry.topic ? (
              <p class="topic">
                <strong>{entry.topic}</strong>
              </p>
            ) : null}
            {entry.question ? <p class="question">{entry.question}</p> : null}
            {!entry.eligible ? <p class="meta">{fill(t.moderate.notEligible, { reasons: entry.why.map((r) => reasonText(r, t)).join('; ') })}</p> : null}
            <div class="actions">
              <button type="button" disabled={busy} onClick={() => onGive(entry.handId)} aria-label={`${t.moderate.giveFloor}: ${name}`}>
                {t.moderate.giveFloor}
              </button>
              <button type="button" disabled={busy} onClick={() => onSkip(entry.handId)} aria-label={`${t.moderate.skip}: ${name}`}>
                {t.moderate.skip}
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
