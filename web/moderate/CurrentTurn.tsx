/** @jsxImportSource preact */
import type { ModeratePageData } from '../../src/http/pages/page-data.ts';
import { formatDuration } from '../lib/components.tsx';
import { attribution, type PublicTurn } from '../lib/turns.ts';

/** The turn being written, who speaks, for how long, and its text as it grows. */
export function CurrentTurn({
  turn,
  openedAt,
  now,
  languages,
  t,
}: {
  turn: PublicTurn | null;
  openedAt: number | null;
  now: number;
  languages: string[];
  t: ModeratePageData['t'];
}) {
  if (!turn) return <p>{t.moderate.noCurrent}</p>;
  return (
    <div class="current-turn">
      <p>
        <strong>#{turn.seq}</strong> {t.kinds[turn.kind]} · {attribution(turn)}
      </p>
      <p>
        {t.common.elapsed}: <span class="elapsed">{openedAt === null ? '–' : formatDuration(Math.max(0, Math.floor((now - openedAt) / 1000)))}</span>
      </p>
      {languages
        .filter((l) => turn.text[l])
        .map((l) => (
          <p class="current-text" lang={l} key={l}>
            {turn.text[l]}
          </p>
        ))}
    </div>
  );
}
