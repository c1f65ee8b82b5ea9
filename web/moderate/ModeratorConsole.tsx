/** @jsxImportSource preact */
// The moderator's console: the queue in the policy's order, giving the floor, skipping, the current
// turn with its elapsed time, and the conference's state. Shortcuts for the common actions.
import { useEffect, useState } from 'preact/hooks';
import type { ModeratePageData, QueueView } from '../../src/http/pages/page-data.ts';
import { fill, nextQuestion } from '../../src/i18n/fill.ts';
import { api, slugPath } from '../lib/api.ts';
import { ConsoleStatus, ErrorLine, Panel, useServerNow } from '../lib/components.tsx';
import { applyTurnEvent, currentTurn, TURN_EVENTS, type PublicTurn } from '../lib/turns.ts';
import { useAction } from '../lib/use-action.ts';
import { useStream } from '../lib/use-stream.ts';
import { CurrentTurn } from './CurrentTurn.tsx';
import { QueueList } from './QueueList.tsx';
import { Shortcuts, useShortcuts } from './shortcuts.tsx';
import { StateControls } from './StateControls.tsx';

export function ModeratorConsole({ data }: { data: ModeratePageData }) {
  const { t } = data;
  const slug = data.conference.slug;
  const [offset] = useState(() => Date.parse(data.serverNow) - Date.now());
  const now = useServerNow(offset);
  const [status, setStatus] = useState(data.conference.status);
  const [queue, setQueue] = useState<QueueView>(data.queue);
  const [turns, setTurns] = useState<readonly PublicTurn[]>(data.turns);
  const [openedAt, setOpenedAt] = useState<Record<number, number>>(() =>
    Object.fromEntries(Object.entries(data.openedAt).map(([seq, iso]) => [seq, Date.parse(iso)])),
  );
  const [selected, setSelected] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const action = useAction(t.common.failed);
  const { busy, error } = action;

  const connection = useStream(slug, data.lastEventId, ['conference.state', 'queue.changed', 'floor.given', ...TURN_EVENTS], (type, payload) => {
    if (type === 'conference.state') return setStatus(payload.status);
    if (type === 'queue.changed') return setQueue(payload as QueueView);
    if (type === 'floor.given') return setAnnouncement(nextQuestion(t.live, payload.journalist, payload.outlet?.name ?? null));
    if (type === 'turn.opened') setOpenedAt((o) => ({ ...o, [payload.seq]: Date.now() + offset }));
    setTurns((list) => applyTurnEvent(list, type, payload));
  });

  const entries = queue.entries;
  const chosen = entries[Math.min(selected, entries.length - 1)] ?? null;
  const pick = entries.find((e) => e.handId === queue.policyPick) ?? null;
  useEffect(() => {
    if (chosen) document.querySelector(`[data-hand="${CSS.escape(chosen.handId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [chosen?.handId]);

  // A shortcut pressed twice while the first request runs does nothing the second time.
  const run = (request: () => Promise<unknown>) => (busy ? Promise.resolve(undefined) : action.run(request));
  const giveFloor = (handId?: string) => run(() => api('POST', `${slugPath(slug)}/floor`, handId ? { handId } : {}));
  const skip = (handId: string) => run(() => api('POST', `${slugPath(slug)}/hands/${encodeURIComponent(handId)}/skip`));
  const move = (to: string) => run(() => api('POST', `${slugPath(slug)}/state`, { status: to }));

  useShortcuts({
    pick: () => pick && giveFloor(),
    next: () => setSelected((i) => Math.min(i + 1, Math.max(entries.length - 1, 0))),
    previous: () => setSelected((i) => Math.max(i - 1, 0)),
    give: () => chosen && giveFloor(chosen.handId),
    skip: () => chosen && skip(chosen.handId),
  });

  const current = currentTurn(turns);
  return (
    <div>
      <ConsoleStatus state={connection} status={t.statuses[status]} labels={{ ...t.live, connected: t.common.connected }} />
      <p class="next-question" role="status">
        {announcement}
      </p>
      <ErrorLine message={error} />
      <div class="console-grid">
        <Panel id="queue-title" title={`${t.moderate.queue} (${entries.length})`}>
          <p>
            <button type="button" class="primary" disabled={!pick || busy} onClick={() => giveFloor()} aria-keyshortcuts="p">
              {pick ? fill(t.moderate.pick, { name: pick.journalist.name }) : t.moderate.noPick}
            </button>
          </p>
          <QueueList
            queue={queue}
            selected={chosen?.handId ?? null}
            now={now}
            t={t}
            busy={busy}
            onSelect={(i) => setSelected(i)}
            onGive={giveFloor}
            onSkip={skip}
          />
        </Panel>
        <div>
          <Panel id="current-title" title={t.moderate.current}>
            <CurrentTurn turn={current} openedAt={current ? (openedAt[current.seq] ?? null) : null} now={now} languages={data.conference.languages} t={t} />
          </Panel>
          <Panel id="state-title" title={t.moderate.state}>
            <StateControls status={status} busy={busy} waiting={entries.length} t={t} onMove={move} />
          </Panel>
          <Shortcuts t={t} />
        </div>
      </div>
    </div>
  );
}
