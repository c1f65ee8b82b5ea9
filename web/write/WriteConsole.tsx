/** @jsxImportSource preact */
// The transcriber's and the interpreter's console, keyboard first. Pieces are sent in the order
// they were typed (one request at a time, see outbox.ts); the record shown comes back through the
// live stream, so every console sees the same text.
import { useRef, useState } from 'preact/hooks';
import type { WritePageData } from '../../src/http/pages/page-data.ts';
import { fill } from '../../src/i18n/fill.ts';
import { api, slugPath } from '../lib/api.ts';
import { ConsoleStatus, ErrorLine, Panel } from '../lib/components.tsx';
import { applyTurnEvent, currentTurn, TURN_EVENTS, type PublicTurn } from '../lib/turns.ts';
import { useStream } from '../lib/use-stream.ts';
import { Composer } from './Composer.tsx';
import type { ComposerAction } from './keys.ts';
import { OpenTurnForm, type OpenTurnInput } from './OpenTurnForm.tsx';
import { Outbox, type OutboxItem } from './outbox.ts';
import { TurnList } from './TurnList.tsx';

export function WriteConsole({ data }: { data: WritePageData }) {
  const { t, lang, conference } = data;
  const slug = conference.slug;
  const source = conference.languages[0] ?? lang;
  const interpreting = lang !== source;
  const [turns, setTurns] = useState<readonly PublicTurn[]>(data.turns);
  const [status, setStatus] = useState(conference.status);
  const [principal, setPrincipal] = useState(0);
  const [pinned, setPinned] = useState<number | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const outbox = useRef<Outbox | null>(null);
  outbox.current ??= new Outbox(
    (e, unsent) => {
      setError(fill(t.common.failed, { message: e.message }));
      if (unsent) setDraft((d) => [unsent, d].filter(Boolean).join(' '));
    },
    () => setError(null),
  );

  const connection = useStream(slug, data.lastEventId, ['conference.state', ...TURN_EVENTS], (type, payload) => {
    if (type === 'conference.state') setStatus(payload.status);
    else setTurns((list) => applyTurnEvent(list, type, payload));
  });

  // A transcriber writes the turn being spoken; an interpreter follows the newest turn unless they chose one.
  const target = interpreting ? (turns.find((x) => x.seq === pinned) ?? turns[turns.length - 1] ?? null) : currentTurn(turns);

  const send = (...items: OutboxItem[]) => outbox.current!.push(...items);
  const base = slugPath(slug);
  const openTurn = (input: OpenTurnInput) => send({ run: () => api('POST', `${base}/turns`, input) });

  const onAction = (action: Exclude<ComposerAction, null | { principal: number }>, text: string) => {
    const piece = text.trim();
    const seq = target?.seq ?? null;
    if (action === 'correct') return setEditing(target?.seq ?? turns[turns.length - 1]?.seq ?? null);
    if (action === 'previousTurn' || action === 'nextTurn') {
      const index = turns.findIndex((x) => x.seq === target?.seq);
      const next = turns[Math.max(0, Math.min(turns.length - 1, index + (action === 'nextTurn' ? 1 : -1)))];
      return setPinned(next?.seq ?? null);
    }
    if (piece && seq === null) {
      // Nowhere to put the words yet: keep them in the composer.
      setDraft((d) => [piece, d].filter(Boolean).join(' '));
      if (action !== 'finalizeAndAnswer') return setError(t.write.composerNone);
    }
    if (piece && seq !== null)
      send({ run: () => api('POST', `${base}/turns/${seq}/text`, { lang, append: action === 'paragraph' ? `\n\n${piece}` : piece }), words: piece });
    if (interpreting || (action !== 'finalizeAndAnswer' && action !== 'finalizeOnly')) return;
    if (seq !== null) send({ run: () => api('POST', `${base}/turns/${seq}/final`) });
    const speaker = conference.principals[principal];
    if (action === 'finalizeAndAnswer') openTurn({ kind: 'answer', ...(speaker ? { speaker } : {}) });
  };

  const save = async (seq: number, text: string) => {
    try {
      await api('PATCH', `${base}/turns/${seq}`, { text: { [lang]: text } });
      setEditing(null);
      setError(null);
      document.getElementById('composer')?.focus();
    } catch (e) {
      setError(fill(t.common.failed, { message: (e as Error).message }));
    }
  };

  return (
    <div>
      <ConsoleStatus state={connection} status={t.statuses[status]} labels={{ ...t.live, connected: t.common.connected }} />
      <ErrorLine message={error} />
      <Panel id="record-title" title={t.write.turns}>
        <TurnList
          turns={turns}
          langs={interpreting ? [source, lang] : [lang]}
          editLang={lang}
          targetSeq={target?.seq ?? null}
          editing={editing}
          data={data}
          onEdit={setEditing}
          onSave={save}
        />
      </Panel>
      <Composer
        data={data}
        draft={draft}
        onDraft={setDraft}
        target={target}
        principal={principal}
        interpreting={interpreting}
        onPrincipal={(i) => setPrincipal(Math.min(i, Math.max(conference.principals.length - 1, 0)))}
        onAction={onAction}
      />
      {interpreting ? (
        <div class="toolbar">
          <button type="button" onClick={() => onAction('previousTurn', '')} aria-keyshortcuts="Alt+ArrowUp">
            {t.write.previous}
          </button>
          <button type="button" onClick={() => onAction('nextTurn', '')} aria-keyshortcuts="Alt+ArrowDown">
            {t.write.next}
          </button>
        </div>
      ) : (
        <>
          <div class="toolbar">
            <button type="button" onClick={() => onAction('finalizeAndAnswer', '')} aria-keyshortcuts="Control+Enter">
              {t.write.finalizeAndAnswer}
            </button>
            <button type="button" disabled={!target} onClick={() => onAction('finalizeOnly', '')} aria-keyshortcuts="Control+Shift+Enter">
              {t.write.finalize}
            </button>
          </div>
          <Panel id="open-title" title={t.write.openTurn}>
            <OpenTurnForm data={data} busy={false} onOpen={openTurn} />
          </Panel>
        </>
      )}
    </div>
  );
}
