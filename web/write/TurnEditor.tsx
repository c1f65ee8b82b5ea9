/** @jsxImportSource preact */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WritePageData } from '../../src/http/pages/page-data.ts';

/** A correction in place: Ctrl+Enter saves, Escape cancels. */
export function TurnEditor({
  initial,
  lang,
  t,
  onSave,
  onCancel,
}: {
  initial: string;
  lang: string;
  t: WritePageData['t'];
  onSave(text: string): Promise<void>;
  onCancel(): void;
}) {
  const [text, setText] = useState(initial);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const save = () => void onSave(text);
  return (
    <div class="turn-editor">
      <label class="visually-hidden" for="correction">
        {t.write.correct}
      </label>
      <textarea
        id="correction"
        ref={field}
        lang={lang}
        value={text}
        rows={Math.min(12, Math.max(3, text.split('\n').length + 1))}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            save();
          }
        }}
      />
      <div class="toolbar">
        <button type="button" class="primary" onClick={save} aria-keyshortcuts="Control+Enter">
          {t.write.save}
        </button>
        <button type="button" onClick={onCancel} aria-keyshortcuts="Escape">
          {t.write.cancel}
        </button>
      </div>
    </div>
  );
}
