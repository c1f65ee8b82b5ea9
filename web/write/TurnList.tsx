/** @jsxImportSource preact */
import { useEffect, useRef } from 'preact/hooks';
import type { WritePageData } from '../../src/http/pages/page-data.ts';
import { languageName } from '../../src/i18n/fill.ts';
import { attribution, type PublicTurn } from '../lib/turns.ts';
import { TurnEditor } from './TurnEditor.tsx';

interface Props {
  turns: readonly PublicTurn[];
  /** Languages shown side by side: the console's, and for an interpreter the source too. */
  langs: string[];
  editLang: string;
  targetSeq: number | null;
  editing: number | null;
  data: WritePageData;
  onEdit(seq: number | null): void;
  onSave(seq: number, text: string): Promise<void>;
}

/** The record so far, newest at the end; each turn can be corrected in place. */
export function TurnList({ turns, langs, editLang, targetSeq, editing, data, onEdit, onSave }: Props) {
  const { t, uiLang } = data;
  const box = useRef<HTMLDivElement>(null);
  const last = turns[turns.length - 1];
  const size = last ? `${last.seq}:${Object.values(last.text).join('').length}` : '';
  useEffect(() => {
    const el = box.current;
    if (el && el.scrollHeight - el.scrollTop - el.clientHeight < 120) el.scrollTop = el.scrollHeight;
  }, [size]);
  return (
    <div class="write-turns" ref={box} tabindex={0} aria-label={t.write.turns}>
      {turns.map((turn) => (
        <article key={turn.seq} id={`w${turn.seq}`} class={`write-turn${turn.seq === targetSeq ? ' target' : ''}`} data-state={turn.state}>
          <header>
            <strong>#{turn.seq}</strong> {t.kinds[turn.kind]} · {attribution(turn)}{' '}
            {turn.state === 'open' ? <span class="badge badge-live">{t.statuses.live}</span> : null}{' '}
            {editing !== turn.seq ? (
              <button type="button" onClick={() => onEdit(turn.seq)} aria-label={`${t.write.correct} #${turn.seq}`}>
                {t.write.correct}
              </button>
            ) : null}
          </header>
          {editing === turn.seq ? (
            <TurnEditor initial={turn.text[editLang] ?? ''} lang={editLang} t={t} onSave={(text) => onSave(turn.seq, text)} onCancel={() => onEdit(null)} />
          ) : (
            <div class="texts">
              {langs.map((l) => (
                <div lang={l} key={l}>
                  {langs.length > 1 ? <span class="visually-hidden">{languageName(l, uiLang)}: </span> : null}
                  {turn.text[l] ?? ''}
                </div>
              ))}
            </div>
          )}
        </article>
      ))}
    </div>
  );
}
