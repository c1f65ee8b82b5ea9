/** @jsxImportSource preact */
// The moderator's keys: P gives the floor to the policy's pick, J/K choose a hand,
// G gives it the floor, S skips it. Keys typed into a field are left alone.
import { useEffect, useRef } from 'preact/hooks';
import type { ModeratePageData } from '../../src/http/pages/page-data.ts';
import { typingInField } from '../lib/components.tsx';

export interface ShortcutActions {
  pick(): void;
  next(): void;
  previous(): void;
  give(): void;
  skip(): void;
}

export function useShortcuts(actions: ShortcutActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typingInField(event)) return;
      const a = latest.current;
      const map: Record<string, () => void> = { p: a.pick, j: a.next, k: a.previous, g: a.give, s: a.skip };
      const action = map[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

export function Shortcuts({ t }: { t: ModeratePageData['t'] }) {
  const rows: [string[], string][] = [
    [['P'], t.moderate.keyPick],
    [['J', 'K'], t.moderate.keyNext],
    [['G'], t.moderate.keyGive],
    [['S'], t.moderate.keySkip],
  ];
  return (
    <details class="panel">
      <summary>{t.moderate.shortcuts}</summary>
      <dl class="shortcuts">
        {rows.map(([keys, what]) => (
          <>
            <dt>
              {keys.map((k, i) => (
                <>
                  {i > 0 ? ' ' : ''}
                  <kbd>{k}</kbd>
                </>
              ))}
            </dt>
            <dd>{what}</dd>
          </>
        ))}
      </dl>
    </details>
  );
}
