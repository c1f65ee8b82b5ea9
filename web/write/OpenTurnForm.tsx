/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import type { WritePageData } from '../../src/http/pages/page-data.ts';
import { TURN_KINDS, type TurnKind } from '../../src/domain/record.ts';

export interface OpenTurnInput {
  kind: TurnKind;
  speaker?: string;
  outlet?: string;
}

/** Any kind of turn by anyone: statements, moderation, narration, a question from the floor. */
export function OpenTurnForm({ data, busy, onOpen }: { data: WritePageData; busy: boolean; onOpen(input: OpenTurnInput): void }) {
  const { t } = data;
  const [kind, setKind] = useState<TurnKind>('statement');
  const [speaker, setSpeaker] = useState('');
  const [outlet, setOutlet] = useState('');
  return (
    <form
      class="grid-form"
      onSubmit={(e) => {
        e.preventDefault();
        onOpen({ kind, ...(speaker.trim() ? { speaker: speaker.trim() } : {}), ...(outlet.trim() ? { outlet: outlet.trim() } : {}) });
        setSpeaker('');
        setOutlet('');
      }}
    >
      <div>
        <label for="open-kind">{t.write.kind}</label>
        <select id="open-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as TurnKind)}>
          {TURN_KINDS.map((k) => (
            <option value={k}>{t.kinds[k]}</option>
          ))}
        </select>
      </div>
      <div>
        <label for="open-speaker">{t.write.speaker}</label>
        <input id="open-speaker" list="principals" value={speaker} maxLength={200} onInput={(e) => setSpeaker(e.currentTarget.value)} />
        <datalist id="principals">
          {data.conference.principals.map((p) => (
            <option value={p} />
          ))}
        </datalist>
      </div>
      <div>
        <label for="open-outlet">{t.write.outlet}</label>
        <input id="open-outlet" value={outlet} maxLength={200} onInput={(e) => setOutlet(e.currentTarget.value)} />
      </div>
      <div>
        <button type="submit" disabled={busy}>
          {t.write.open}
        </button>
      </div>
    </form>
  );
}
