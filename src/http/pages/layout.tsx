import type { Child, FC } from 'hono/jsx';
import { RECORD_CSS } from '../../transcript/export/html.tsx';

const SITE_CSS = `
.site{font:15px/1.4 system-ui,sans-serif;border-bottom:1px solid #ddd;padding:.6rem 1rem;display:flex;gap:1rem;align-items:center}
.site a{color:#1b1b1b;text-decoration:none}.site .brand{font-weight:700}
.archive{max-width:46rem;margin:0 auto;padding:1rem}
.archive li{margin:.6rem 0}.archive .meta{color:#555;font-size:.9rem}
.exports{font:14px system-ui,sans-serif;color:#444}.exports a{margin-right:.8rem}
`;

export const Layout: FC<{ title: string; lang?: string; children?: Child }> = ({ title, lang, children }) => (
  <html lang={lang ?? 'en'}>
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title} · presser</title>
      <style>{RECORD_CSS + SITE_CSS}</style>
    </head>
    <body>
      <nav class="site" aria-label="Site">
        <a class="brand" href="/">
          presser
        </a>
        <a href="/">Archive</a>
      </nav>
      {children}
    </body>
  </html>
);

export function renderPage(node: { toString(): string }): string {
  return `<!doctype html>\n${node.toString()}`;
}
