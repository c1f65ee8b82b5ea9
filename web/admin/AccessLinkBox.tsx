/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import type { AdminPageData } from '../../src/http/pages/page-data.ts';
import { fill } from '../../src/i18n/fill.ts';

/** The journalist's personal link, shown once to the admin who sends it on. */
export function AccessLinkBox({ name, url, t }: { name: string; url: string; t: AdminPageData['t'] }) {
  const [copied, setCopied] = useState(false);
  return (
    <div class="access-link" role="status">
      <label for="access-link">{fill(t.admin.accessLink, { name })}</label>
      <input id="access-link" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        onClick={() =>
          navigator.clipboard?.writeText(url).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? t.admin.copied : t.admin.copy}
      </button>
    </div>
  );
}
