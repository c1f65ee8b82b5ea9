/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import type { AdminPageData } from '../../src/http/pages/page-data.ts';
import { fill } from '../../src/i18n/fill.ts';

export interface ShownLink {
  name: string;
  email: string;
  url: string;
  qr: string;
  emailed: boolean;
  emailError: string | null;
}

/**
 * The journalist's personal link, shown in the row the admin acted on: whether it was e-mailed, the
 * link to copy and its QR code to show. "Copied" is this link's own state, so it never labels another.
 */
export function AccessLinkBox({ link, t, id }: { link: ShownLink; t: AdminPageData['t']; id: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  const inputId = `access-link-${id}`;
  return (
    <div class="access-link" role="status">
      <p class={link.emailed ? 'mail-ok' : 'mail-not'}>
        {link.emailed
          ? fill(t.admin.emailed, { email: link.email })
          : fill(t.admin.notEmailed, { reason: link.emailError === 'no_mailer' ? t.admin.noMailer : (link.emailError ?? '') })}
      </p>
      <label for={inputId}>{fill(t.admin.accessLink, { name: link.name })}</label>
      <div class="access-link-row">
        <input id={inputId} readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          onClick={() =>
            navigator.clipboard?.writeText(link.url).then(
              () => setCopied(link.url),
              () => setCopied(null),
            )
          }
        >
          {copied === link.url ? t.admin.copied : t.admin.copy}
        </button>
      </div>
      <img class="access-qr" src={link.qr} width={160} height={160} alt={fill(t.admin.qrCode, { name: link.name })} />
    </div>
  );
}
