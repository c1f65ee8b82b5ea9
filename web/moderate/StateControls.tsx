/** @jsxImportSource preact */
import type { ModeratePageData } from '../../src/http/pages/page-data.ts';
import { allowedTransitions } from '../../src/domain/lifecycle.ts';
import type { ConferenceStatus } from '../../src/domain/record.ts';
import { fill } from '../../src/i18n/fill.ts';

/** Moderators may set a conference live or end it; the press office does the rest. */
const MODERATOR_MOVES: readonly ConferenceStatus[] = ['live', 'ended'];

export function StateControls({ status, busy, t, onMove }: { status: ConferenceStatus; busy: boolean; t: ModeratePageData['t']; onMove(to: ConferenceStatus): void }) {
  const moves = allowedTransitions(status).filter((s) => MODERATOR_MOVES.includes(s));
  return (
    <div class="toolbar">
      <span>{t.statuses[status]}</span>
      {moves.map((to) => (
        <button type="button" class={to === 'ended' ? 'danger' : 'primary'} disabled={busy} onClick={() => onMove(to)}>
          {fill(t.moderate.moveTo, { status: t.statuses[to] })}
        </button>
      ))}
    </div>
  );
}
