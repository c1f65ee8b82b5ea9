// Transcripts saved as web pages: the page's text, block by block, for the importer to read as it
// reads plain text. The article (or main) is taken when the page marks one; navigation, site
// headers and footers, scripts and forms are left out. html-to-text does the reading.
import type { SelectorDefinition } from 'html-to-text';
import htmlTags from 'html-tags';
import { htmlToTextLibrary } from './lazy-libraries.ts';
import { conversationOf } from './speaker-rows.ts';
import { ENDS_ASKING } from './types.ts';

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|main|section|div|p|h[1-6])[\s>]/i;

export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 2000));
}

// (A tooltip's hidden card beside a name, "Erdogan Recep Tayyip · President of Turkey", is not printed.)
const SKIPPED = [
  'nav',
  'body > header',
  'footer',
  'aside',
  'script',
  'style',
  'noscript',
  'form',
  'button',
  'svg',
  'img',
  'iframe',
  'template',
  // (A <title> an old page prints inside its body is no content a browser shows.)
  'title',
  '[class*="tooltip"]',
  // (A link marked rel="tag" files the page under a topic or a person: the site's index, not its text.)
  'a[rel~="tag"]',
];
const SELECTORS: SelectorDefinition[] = [
  ...SKIPPED.map((selector) => ({ selector, format: 'skip' })),
  { selector: 'a', options: { ignoreHref: true } },
  // Headings as Markdown headings, which the importer reads as the title and section headings.
  ...[1, 2, 3, 4, 5, 6].map((level) => ({ selector: `h${level}`, format: 'markdownHeading', options: { level } })),
  { selector: 'table', format: 'speakerTable' },
  { selector: 'p', format: 'paragraphKeepingBold' },
  { selector: 'strong', format: 'boldLine' },
  { selector: 'b', format: 'boldLine' },
  { selector: 'dt', format: 'block' },
  { selector: 'dd', format: 'block' },
];

// Compiled once per base element (and set of the page's own elements): html-to-text builds its selector
// decision tree per options object, which cost more than the conversion itself when done for every page.
const converters = new Map<string, (html: string) => string>();

// A site's own elements ("<bubble><author>Mr. Simpson</author>Yes.</bubble>") hold a block each: html-to-text
// would run them inline, a speaker's name into the words of the one before. Elements no HTML standard
// names are read as blocks, except the old inline ones browsers still draw inline.
const STANDARD = new Set<string>(htmlTags);
const OLD_INLINE = new Set(['font', 'big', 'tt', 'strike', 'blink', 'nobr', 'spacer', 'center']);
const TAG_NAME = /<([a-zA-Z][a-zA-Z0-9-]*)[\s>/]/g;
const MAX_OWN_ELEMENTS = 20;

/** The page's own element names, sorted, that are read as blocks. */
function ownElements(html: string): string[] {
  const own = new Set<string>();
  for (const [, name] of html.matchAll(TAG_NAME)) {
    const lower = name!.toLowerCase();
    if (!STANDARD.has(lower) && !OLD_INLINE.has(lower)) own.add(lower);
    if (own.size > MAX_OWN_ELEMENTS) return [];
  }
  return [...own].sort();
}

// The outermost match is the base, so "body" listed beside "article" would always win: the page's
// article is read alone when it has one, else its main, else the body. What follows the article
// (related links, the press office's address, cookie banners) is the site's, not the transcript's.
const BASES: ReadonlyArray<[string, RegExp]> = [
  ['article', /<article[\s>]/i],
  ['main', /<main[\s>]/i],
];

function converter(base: string, own: readonly string[] = []): (html: string) => string {
  const key = own.length === 0 ? base : `${base} ${own.join(' ')}`;
  let convert = converters.get(key);
  if (!convert) {
    convert = htmlToTextLibrary().compile({
      wordwrap: false,
      baseElements: { selectors: [base], returnDomByDefault: true },
      selectors: own.length === 0 ? SELECTORS : [...SELECTORS, ...own.map((selector) => ({ selector, format: 'block' }))],
      formatters: {
        // A table of who spoke and what they said: its rows as "Speaker: words" paragraphs; any other as a table.
        speakerTable(elem, walk, builder, options) {
          // A table that lays out the page (an article in one cell, headlines in another): its cells read one after another.
          if (isLayoutTable(elem as DomNode)) {
            for (const part of layoutParts(elem as DomNode)) {
              builder.openBlock({ leadingLineBreaks: 2 });
              // A cell's content; anything else set between the rows as itself, so its selector applies (a stray <title> is skipped).
              const cell = part.name === 'td' || part.name === 'th';
              walk(cell ? (part as typeof elem).children : [part as typeof elem], builder);
              builder.closeBlock({ trailingLineBreaks: 2 });
            }
            return;
          }
          const { header, rows } = tableCells(elem as DomNode);
          const paragraphs = conversationOf(header, rows);
          if (!paragraphs) return builder.options.formatters['dataTable']!(elem, walk, builder, options);
          for (const paragraph of paragraphs) {
            builder.openBlock({ leadingLineBreaks: 2 });
            builder.addLiteral(paragraph);
            builder.closeBlock({ trailingLineBreaks: 2 });
          }
        },
        // A question wholly in bold ("<p><strong>What did you take away?</strong></p>") keeps its bold as
        // Markdown's "**": the evidence that an unlabelled question is one (unlabelled-questions.ts).
        paragraphKeepingBold(elem, walk, builder) {
          builder.openBlock({ leadingLineBreaks: 2 });
          const bold = whollyBold(elem as DomNode);
          if (bold) builder.addInline('**');
          walk(elem.children, builder);
          if (bold) builder.addInline('**');
          builder.closeBlock({ trailingLineBreaks: 2 });
        },
        // "<strong>标题</strong>\n<strong>1、记者：…</strong>" with no paragraph around: a page made from
        // text lines, each bold run a line of its own (a browser would run them together). Elsewhere, inline.
        boldLine(elem, walk, builder) {
          if (!standsOnItsLine(elem as DomNode)) return walk(elem.children, builder);
          // (Its bold kept where it asks, as a paragraph's is: paragraphKeepingBold.)
          const asks = ENDS_ASKING.test(textContent(elem as DomNode));
          builder.openBlock({ leadingLineBreaks: 2 });
          if (asks) builder.addInline('**');
          walk(elem.children, builder);
          if (asks) builder.addInline('**');
          builder.closeBlock({ trailingLineBreaks: 2 });
        },
        markdownHeading(elem, walk, builder, options) {
          builder.openBlock({ leadingLineBreaks: 2 });
          builder.addInline(`${'#'.repeat(Number(options['level'] ?? 1))} `);
          walk(elem.children, builder);
          builder.closeBlock({ trailingLineBreaks: 2 });
        },
      },
    });
    converters.set(key, convert);
  }
  return convert;
}

export function htmlToText(html: string): string {
  const base = BASES.find(([, tag]) => tag.test(html))?.[0] ?? 'body';
  const own = ownElements(html);
  let text = converter(base, own)(html);
  // An article with next to no text (a teaser card) is not the transcript: the whole body is read.
  if (base !== 'body' && text.replace(/\s+/g, '').length < 200) text = converter('body', own)(html);
  // A page with no heading of its own is titled by its <title> (a site's name after it is taken off later, titles.ts).
  if (!HEADING_NEAR_TOP.test(text.slice(0, 600))) {
    // (The page's <title> is in its head: one an old page prints inside its body is skipped, as a browser does.)
    const body = html.slice(0, 20_000).search(BODY_OPENS);
    const title = TITLE_ELEMENT.exec(body < 0 ? html.slice(0, 20_000) : html.slice(0, body))?.[1]
      ?.replace(/\s+/g, ' ')
      .trim();
    if (title && title.length >= 4 && !title.includes('<')) text = `# ${decodeEntities(title)}\n\n${text}`;
  }
  // &nbsp; after "Q" and labels is spacing, as the plain-text conventions expect it.
  return withBoldClosedTight(text.replace(/\u00a0/g, ' '));
}

// "<strong>What risks do you mean? </strong>": a space the page leaves inside the bold goes, so the
// paragraph's "**" closes on its last word as Markdown's emphasis must ("**… mean?**").
const BOLD_CLOSED_LOOSELY = /^(\*\*\S.*?\S)[ \t]+\*\*$/gm;

function withBoldClosedTight(text: string): string {
  return text.includes(' **') ? text.replace(BOLD_CLOSED_LOOSELY, '$1**') : text;
}

const HEADING_NEAR_TOP = /^\s*#{1,6}\s/m;
const TITLE_ELEMENT = /<title[^>]*>([^<]{1,300})<\/title>/i;
const BODY_OPENS = /<body[\s>]/i;

function decodeEntities(text: string): string {
  return text.includes('&') ? converter('body')(`<p>${text}</p>`).trim() : text;
}

/** A paragraph whose only content (blank text aside) is one <strong> or <b> element holding a question. */
function whollyBold(paragraph: DomNode): boolean {
  const children = (paragraph.children ?? []).filter((c) => !(c.type === 'text' && (c.data ?? '').trim() === ''));
  const only = children[0];
  return children.length === 1 && only!.type === 'tag' && (only!.name === 'strong' || only!.name === 'b') && ENDS_ASKING.test(textContent(only!));
}

/** The part of a parsed element a table's reading needs (html-to-text's DOM node). */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  children?: DomNode[];
  parent?: DomNode | null;
  prev?: DomNode | null;
  next?: DomNode | null;
}

/**
 * A bold element at the top of the document (no paragraph or other element around it), a line
 * break between it and the text on either side, and text in it: a line the page's maker wrote.
 */
function standsOnItsLine(bold: DomNode): boolean {
  const parent = bold.parent;
  if (parent && parent.type === 'tag' && parent.name !== 'body') return false;
  const before = bold.prev;
  const after = bold.next;
  const breaksBefore = !before || (before.type === 'text' ? /\n[ \t]*$/.test(before.data ?? '') : BLOCKS.has(before.name ?? ''));
  const breaksAfter = !after || (after.type === 'text' ? /^[ \t]*(?:\r?\n|$)/.test(after.data ?? '') : BLOCKS.has(after.name ?? ''));
  return breaksBefore && breaksAfter && textContent(bold) !== '';
}

/** A table's rows as cell texts; the first row is the header when it is all <th> or in <thead>. */
function tableCells(table: DomNode): { header: string[] | null; rows: string[][] } {
  const rows: { cells: string[]; heading: boolean }[] = [];
  const visit = (node: DomNode, inHead: boolean) => {
    for (const child of node.children ?? []) {
      if (child.type !== 'tag') continue;
      if (child.name === 'tr') {
        const cells = (child.children ?? []).filter((c) => c.type === 'tag' && (c.name === 'td' || c.name === 'th'));
        rows.push({ cells: cells.map(textContent), heading: inHead || (cells.length > 0 && cells.every((c) => c.name === 'th')) });
      } else if (child.name !== 'table') visit(child, inHead || child.name === 'thead');
    }
  };
  visit(table, false);
  const first = rows[0];
  const header = first?.heading ? first.cells : null;
  return { header, rows: (header ? rows.slice(1) : rows).map((r) => r.cells) };
}

const BLOCKS = new Set(['p', 'div', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote']);
const LONG_CELL = 300;

/** The table's own cells (not those of a table inside one), in reading order. */
/** Cells holding paragraphs, tables or long text: a page laid out in a table, not a table of data. */
function isLayoutTable(table: DomNode): boolean {
  const hasBlock = (node: DomNode): boolean => (node.children ?? []).some((c) => c.type === 'tag' && (BLOCKS.has(c.name ?? '') || hasBlock(c)));
  return layoutParts(table).some((part) => hasBlock(part) || textContent(part).length > LONG_CELL);
}

const TABLE_PARTS = new Set(['tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'caption', 'colgroup', 'col', 'script', 'style']);

/**
 * A layout table's cells, and what an old page set between its rows outside any cell (a browser moves it
 * out of the table; the parser leaves it in, where a table's reading would drop it), in the page's order.
 */
function layoutParts(table: DomNode): DomNode[] {
  const parts: DomNode[] = [];
  const visit = (node: DomNode) => {
    for (const child of node.children ?? []) {
      if (child.type === 'text') {
        if ((child.data ?? '').trim() !== '') parts.push(child);
      } else if (child.type !== 'tag' || child.name === 'script' || child.name === 'style') continue;
      else if (child.name === 'td' || child.name === 'th') parts.push(child);
      else if (TABLE_PARTS.has(child.name ?? '')) visit(child);
      else parts.push(child);
    }
  };
  visit(table);
  return parts;
}

function textContent(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  if (node.name === 'br') return '\n';
  return (node.children ?? [])
    .map(textContent)
    .join('')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}
