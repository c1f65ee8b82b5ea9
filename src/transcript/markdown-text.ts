// What a Markdown file shows once rendered, where its source differs: character references decoded
// ("Si&ocirc;n" is "Siôn"); HTML comments ("<!--more-->", a blog's excerpt mark), a static site's
// template tags ("{% include codepiano/setup %}") and its expressions alone on a line shown to nobody; a wiki's
// links ("[[zh:台湾]]", "[[Page|shown words]]") as the words they show. Lines are kept
// (blanked, not removed), so the report's line numbers stay those of the file.
import { decodeHTML } from 'entities';

const REFERENCE = /&(?:[a-zA-Z][a-zA-Z\d]{1,31}|#\d{1,7}|#x[\da-fA-F]{1,6});/;
const COMMENT = /<!--[\s\S]*?-->/g;
const TEMPLATE_LINE = /^[ \t]*\{\{[^\n]*?\}\}[ \t]*$/gm;
const TEMPLATE_TAG = /\{%[^%\n]{1,200}%\}/g;
// "[[zh:台湾]]", "[[Harbour Board]]", "[[Harbour Board|the board]]": the link's target (after a language
// prefix) or the words shown after its bar. (Not "[[1]]", a citation.)
const WIKI_LINK = /\[\[(?:[a-z]{2,3}(?:-[A-Za-z]{2,4})?:)?([^[\]|\n\d][^[\]|\n]{0,79}?)(?:\|([^[\]\n]{1,80}))?\]\]/g;

/** The text without a static site's template tags ("{% include … %}", "{% block title %}"), which no reader sees. */
export function withoutTemplateTags(text: string): string {
  return text.includes('{%') ? text.replace(TEMPLATE_TAG, '') : text;
}

export function renderedMarkdownText(text: string): string {
  let out = text;
  if (out.includes('<!--')) out = out.replace(COMMENT, (comment) => comment.replace(/[^\n]/g, ''));
  if (out.includes('{{')) out = out.replace(TEMPLATE_LINE, '');
  if (out.includes('[[')) out = out.replace(WIKI_LINK, (_, target: string, shown: string | undefined) => shown ?? target);
  return out.includes('&') && REFERENCE.test(out) ? decodeHTML(out) : out;
}
