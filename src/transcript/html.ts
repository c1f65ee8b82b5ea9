// Transcripts saved as web pages: the page's text, block by block, for the importer to read as it
// reads plain text. The article (or main) is taken when the page marks one; navigation, site
// headers and footers, scripts and forms are left out. html-to-text does the reading.
import type { SelectorDefinition } from 'html-to-text';
import { htmlToTextLibrary } from './lazy-libraries.ts';

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|main|section|div|p|h[1-6])[\s>]/i;

export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 2000));
}

const SKIPPED = ['nav', 'body > header', 'footer', 'aside', 'script', 'style', 'noscript', 'form', 'button', 'svg', 'img', 'iframe', 'template'];
const SELECTORS: SelectorDefinition[] = [
  ...SKIPPED.map((selector) => ({ selector, format: 'skip' })),
  { selector: 'a', options: { ignoreHref: true } },
  // Headings as Markdown headings, which the importer reads as the title and section headings.
  ...[1, 2, 3, 4, 5, 6].map((level) => ({ selector: `h${level}`, format: 'markdownHeading', options: { level } })),
  { selector: 'table', format: 'dataTable' },
  { selector: 'dt', format: 'block' },
  { selector: 'dd', format: 'block' },
];

// Compiled once: html-to-text builds its selector decision tree per options object, which cost
// more than the conversion itself when done for every page.
let converter: ((html: string) => string) | null = null;

export function htmlToText(html: string): string {
  converter ??= htmlToTextLibrary().compile({
    wordwrap: false,
    baseElements: { selectors: ['article', 'main', 'body'], orderBy: 'selectors', returnDomByDefault: true },
    selectors: SELECTORS,
    formatters: {
      markdownHeading(elem, walk, builder, options) {
        builder.openBlock({ leadingLineBreaks: 2 });
        builder.addInline(`${'#'.repeat(Number(options['level'] ?? 1))} `);
        walk(elem.children, builder);
        builder.closeBlock({ trailingLineBreaks: 2 });
      },
    },
  });
  // &nbsp; after "Q" and labels is spacing, as the plain-text conventions expect it.
  return converter(html).replace(/\u00a0/g, ' ');
}
