/** @jsxImportSource preact */
// Small pieces every console uses.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { StreamState } from './stream.ts';

export function ConnectionBadge({ state, labels }: { state: StreamState; labels: { connected: string; connecting: string; reconnecting: string } }) {
  const text = state === 'open' ? labels.connected : state === 'connecting' ? labels.connecting : labels.reconnecting;
  return (
    <p class="connection console-connection" data-state={state} role="status">
      {text}
    </p>
  );
}

/** A console's head: whether its stream is connected, and the conference's state. */
export function ConsoleStatus({
  state,
  status,
  labels,
}: {
  state: StreamState;
  status: string;
  labels: { connected: string; connecting: string; reconnecting: string };
}) {
  return (
    <div class="toolbar">
      <ConnectionBadge state={state} labels={labels} />
      <span class="badge">{status}</span>
    </div>
  );
}

/** A message that says what went wrong, announced at once. */
export function ErrorLine({ message }: { message: string | null }) {
  return (
    <p class="status-line" role="alert">
      {message ? <span class="form-error">{message}</span> : null}
    </p>
  );
}

export function Panel({ title, id, children }: { title: string; id: string; children: ComponentChildren }) {
  return (
    <section class="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** The current time on the server's clock, ticking each second. */
export function useServerNow(clockOffsetMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now + clockOffsetMs;
}

export function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** True when a keystroke belongs to a text field rather than to a page shortcut. */
export function typingInField(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** A wide table that scrolls sideways on a phone; focusable, so the keyboard can scroll it too. */
export function TableWrap({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-wrap" tabindex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

/**
 * A button for an action that cannot be undone: the first press asks, in the page (never a browser
 * dialog), and only "Yes" runs it. `question` says what will happen.
 */
export function ConfirmButton({
  label,
  question,
  yes,
  no,
  onConfirm,
  busy,
  danger,
}: {
  label: string;
  question: string;
  yes: string;
  no: string;
  onConfirm: () => void;
  busy?: boolean;
  danger?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class={danger ? 'danger' : undefined} disabled={busy} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span class="confirm" role="group" aria-label={label}>
      <span class="confirm-question">{question}</span>{' '}
      <button
        type="button"
        class="danger"
        disabled={busy}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {yes}
      </button>{' '}
      {/* biome-ignore lint/a11y/noAutofocus: the question appears where the user just clicked; focus goes to the safe answer, as in a dialog */}
      <button type="button" onClick={() => setAsking(false)} autoFocus>
        {no}
      </button>
    </span>
  );
}
