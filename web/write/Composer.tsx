/** @jsxImportSource preact */
import type { WritePageData } from '../../src/http/pages/page-data.ts';
import { fill } from '../../src/i18n/fill.ts';
import { attribution, type PublicTurn } from '../lib/turns.ts';
import { composerAction, KEY_HELP, type ComposerAction } from './keys.ts';

interface Props {
  data: WritePageData;
  /** The words typed and not yet sent; held by the console so unsent pieces can come back. */
  draft: string;
  onDraft(text: string): void;
  target: PublicTurn | null;
  principal: number;
  interpreting: boolean;
  onPrincipal(index: number): void;
  /** Runs a key's action with the text typed so far; the composer empties at once. */
  onAction(action: Exclude<ComposerAction, null | { principal: number }>, text: string): void;
}

/** Where the words are typed: Enter sends a piece to the turn, the other keys move the record on. */
export function Composer({ data, draft, onDraft, target, principal, interpreting, onPrincipal, onAction }: Props) {
  const { t } = data;
  const label = target
    ? fill(interpreting ? t.write.target : t.write.composer, { seq: target.seq, who: attribution(target) || t.kinds[target.kind] })
    : t.write.composerNone;
  return (
    <div class="composer">
      <label for="composer">{label}</label>
      <textarea
        id="composer"
        lang={data.lang}
        value={draft}
        autofocus
        aria-describedby="composer-keys"
        onInput={(e) => onDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          const action = composerAction(e);
          if (action === null) return;
          e.preventDefault();
          if (typeof action === 'object') return onPrincipal(action.principal);
          const moves = action === 'correct' || action === 'previousTurn' || action === 'nextTurn';
          onAction(action, moves ? '' : draft);
          if (!moves) onDraft('');
        }}
      />
      {!interpreting && data.conference.principals.length > 0 ? (
        <p>
          <label for="principal">{t.write.answering}</label>
          <select id="principal" value={String(principal)} onChange={(e) => onPrincipal(Number(e.currentTarget.value))}>
            {data.conference.principals.map((name, i) => (
              <option value={String(i)}>{i < 9 ? `${name} (Alt+${i + 1})` : name}</option>
            ))}
          </select>
        </p>
      ) : null}
      <details class="panel" id="composer-keys">
        <summary>{t.write.shortcuts}</summary>
        <dl class="shortcuts">
          {KEY_HELP.filter(([, what]) => (interpreting ? !['keyFinalize', 'keyFinalizeOnly', 'keyPrincipal'].includes(what) : what !== 'keyTurn')).map(
            ([keys, what]) => (
              <>
                <dt>
                  {keys.map((k, i) => (
                    <>
                      {i > 0 ? '+' : ''}
                      <kbd>{k}</kbd>
                    </>
                  ))}
                </dt>
                <dd>{t.write[what]}</dd>
              </>
            ),
          )}
        </dl>
      </details>
    </div>
  );
}
