/** @jsxImportSource preact */
import type { ModeratePageData } from '../../src/http/pages/page-data.ts';
import { allowedTransitions } from '../../src/domain/lifecycle.ts';
import type { ConferenceStatus } from '../../src/domain/record.ts';
import { fill } from '../../src/i18n/fill.ts';
import { ConfirmButton } from '../lib/components.tsx';

/** Moderators may set a conference live or end it; the press office does the rest. */
const MODERATOR_MOVES: readonly ConferenceStatus[] = ['live', 'ended'];

/** Ending with hands still waiting withdraws them, so it asks first. */
export function StateControls({
  status,
  busy,
  waiting,
  t,
  onMove,
}: {
  status: ConferenceStatus;
  busy: boolean;
  waiting: number;
  t: ModeratePageData['t'];
  onMove(to: ConferenceStatus): void;
}) {
  const moves = allowedTransitions(status).filter((s) => MODERATOR_MOVES.includes(s));
  return (
    <div class="toolbar">
      <span>{t.statuses[status]}</span>
      {moves.map((to) =>
        to === 'ended' && waiting > 0 ? (
          <ConfirmButton
            label={fill(t.moderate.moveTo, { status: t.statuses[to] })}
            question={fill(t.moderate.confirmEnd, { n: waiting })}
            yes={t.common.yes}
            no={t.common.no}
            busy={busy}
            danger
            onConfirm={() => onMove(to)}
          />
        ) : (
          <button type="button" class={to === 'ended' ? 'danger' : 'primary'} disabled={busy} onClick={() => onMove(to)}>
            {fill(t.moderate.moveTo, { status: t.statuses[to] })}
          </button>
        ),
      )}
    </div>
  );
}
