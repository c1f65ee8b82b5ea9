// A turn in the DOM, built exactly as the server's TurnView renders it, and updated in place as
// text arrives: only the paragraphs that changed are touched, so a screen reader in the live log
// hears the new words rather than the whole turn again.
import { fill } from '../../src/i18n/fill.ts';
import type { LivePageData } from '../../src/http/pages/page-data.ts';
import { el } from '../lib/dom.ts';
import { attribution, paragraphs, shownLanguages, type PublicTurn } from '../lib/turns.ts';

export interface RenderContext {
  languages: string[];
  t: LivePageData['t'];
  /** The one language the reader chose to see, or null for all. */
  only: string | null;
}

function header(turn: PublicTurn, ctx: RenderContext): HTMLElement {
  const who = attribution(turn);
  const head = el(
    'header',
    { class: 'turn-head' },
    el('a', { class: 'turn-anchor', href: `#t${turn.seq}`, 'aria-label': fill(ctx.t.turnLink, { seq: turn.seq }) }, `#${turn.seq}`),
    ' ',
  );
  if (who) head.append(el('span', { class: 'who' }, who));
  if (turn.label && turn.label !== who) head.append(el('span', { class: 'label' }, ` (${turn.label})`));
  head.append(' ', el('span', { class: 'kind' }, ctx.t.kinds[turn.kind]));
  if (turn.replyTo !== null) head.append(' ', el('a', { class: 'reply-to', href: `#t${turn.replyTo}` }, fill(ctx.t.replyTo, { seq: turn.replyTo })));
  return head;
}

function syncParagraphs(container: HTMLElement, texts: string[], idOf: (i: number) => string): void {
  const existing = [...container.children] as HTMLElement[];
  texts.forEach((text, i) => {
    const p = existing[i];
    if (!p) container.append(el('p', { id: idOf(i) }, text));
    else {
      if (p.textContent !== text) p.textContent = text;
      if (p.id !== idOf(i)) p.id = idOf(i);
    }
  });
  for (const extra of existing.slice(texts.length)) extra.remove();
}

function syncBody(body: HTMLElement, turn: PublicTurn, ctx: RenderContext): void {
  const shown = shownLanguages(turn, ctx.languages);
  body.className = `turn-body langs-${shown.length}`;
  const byLang = new Map([...body.children].map((child) => [child.getAttribute('lang') ?? '', child as HTMLElement]));
  shown.forEach((lang, index) => {
    let container = byLang.get(lang);
    if (!container) container = el('div', { class: 'lang', lang });
    if (body.children[index] !== container) body.insertBefore(container, body.children[index] ?? null);
    container.hidden = ctx.only !== null && ctx.only !== lang && shown.includes(ctx.only);
    syncParagraphs(container, paragraphs(turn.text[lang] ?? ''), (i) => (index === 0 ? `t${turn.seq}-p${i + 1}` : `t${turn.seq}-${lang}-p${i + 1}`));
    byLang.delete(lang);
  });
  for (const stale of byLang.values()) stale.remove();
  // A turn written but not yet in a language the reader wants says so, in the reader's own language.
  const wanted = ctx.only !== null ? [ctx.only] : ctx.languages;
  const missing = shown.length > 0 && wanted.some((lang) => !(turn.text[lang] ?? '').trim());
  // Beside the body, not in it: the body holds only the record's words.
  let note = body.parentElement?.querySelector<HTMLElement>(':scope > .not-interpreted') ?? null;
  if (missing && !note) {
    note = el('p', { class: 'not-interpreted' }, ctx.t.notInterpreted);
    body.after(note);
  } else if (!missing && note) note.remove();
}

function syncFrame(article: HTMLElement, turn: PublicTurn): void {
  article.className = `turn turn-${turn.kind}${turn.state === 'open' ? ' turn-open' : ''}`;
  article.dataset.kind = turn.kind;
  article.dataset.state = turn.state;
}

export function createTurn(turn: PublicTurn, ctx: RenderContext): HTMLElement {
  const article = el('article', { id: `t${turn.seq}`, 'data-seq': String(turn.seq) }, header(turn, ctx), el('div', { class: 'turn-body' }));
  syncFrame(article, turn);
  syncBody(article.querySelector<HTMLElement>('.turn-body')!, turn, ctx);
  return article;
}

/** Brings a rendered turn up to date; the header is rebuilt only when who or what changed. */
export function updateTurn(article: HTMLElement, turn: PublicTurn, previous: PublicTurn | undefined, ctx: RenderContext): void {
  syncFrame(article, turn);
  const headChanged = !previous || previous.kind !== turn.kind || attribution(previous) !== attribution(turn) || previous.replyTo !== turn.replyTo;
  if (headChanged) article.querySelector('.turn-head')?.replaceWith(header(turn, ctx));
  const body = article.querySelector<HTMLElement>('.turn-body');
  if (body) syncBody(body, turn, ctx);
}
