// What the importer reads of a file once decoded: a web page's text, an archive's XML record as
// front matter and text, a conversation kept as JSON records, CSV rows, subtitles or a Markdown
// table as labelled paragraphs, a scraper's string literal unescaped, and any other text as it is.
import { unescapedLiteral } from './escaped.ts';
import { htmlToText, looksLikeHtml } from './html.ts';
import { jsonRecordsText, looksLikeJson, recordsText } from './json-records.ts';
import { parsedYaml } from './nested-records.ts';
import { jsonDocumentText } from './json-documents.ts';
import { captionsText, looksLikeCaptions } from './captions.ts';
import { csvRecordsText } from './csv-records.ts';
import { fieldBlocksText } from './field-blocks.ts';
import { withTablesAsTurns } from './markdown-tables.ts';
import { withHtmlBlocksRead } from './markdown-html.ts';
import { renderedMarkdownText, withoutTemplateTags } from './markdown-text.ts';
import { looksLikeXml, xmlRecordText } from './xml-record.ts';
import { TranscriptError } from './errors.ts';

/** A web page's text; any other text as it is. */
export function pageText(printed: string): string {
  // A scraper's string literal (b'<div>\n…\xc2\xa0…'): its escapes undone first.
  // (Not a JSON document's: its escapes are JSON's, read when it is parsed.)
  const unescaped = printed.includes('\\') && !isJson(printed) ? (unescapedLiteral(printed) ?? printed) : printed;
  // A static site's page or post as stored: its template tags are no one's words; a tagger's speaker
  // tags ("<NAME>CHAIR POWELL</NAME>. Good afternoon.") open the speaker's paragraph.
  const decoded = withoutScripts(withSpeakerTagsAsLabels(withoutTemplateTags(unescaped)));
  // An archive's XML record: its fields as front matter, its transcript as text.
  const record = looksLikeXml(decoded) ? xmlRecordText(decoded, pageText) : null;
  if (record) return record;
  // A conversation kept as JSON records, CSV rows, subtitles' cues or blocks of fields: "Speaker: words", one a paragraph.
  // Or the whole transcript kept in one JSON document: its longest text, or its translation pairs.
  // A YAML data file of such records (a parser's regression data): read as JSON's are.
  const yaml = looksLikeJson(decoded) ? null : parsedYaml(decoded);
  const conversation = looksLikeJson(decoded)
    ? (jsonRecordsText(decoded) ?? jsonDocumentText(decoded, pageText))
    : yaml !== null && typeof yaml === 'object'
      ? recordsText(yaml)
      : looksLikeCaptions(decoded)
        ? captionsText(decoded)
        : csvRecordsText(decoded);
  // ("[TRANSCRIPT SPECS]" over the blocks opens like a JSON array and is none.)
  if (conversation) return conversation;
  const blocks = fieldBlocksText(decoded);
  if (blocks) return blocks;
  const fence = frontMatterEnd(decoded);
  // Front matter over a page's markup (a static site's Markdown file holding the page's HTML):
  // the front matter as it is, the markup read as a page.
  if (fence > 0 && isMarkup(decoded.slice(fence))) return decoded.slice(0, fence) + htmlToText(decoded.slice(fence));
  // A feed item's few lines of plain text (a linked title, "日期：…") over its body's markup: the same.
  const head = looksLikeHtml(decoded) ? 0 : plainHeadEnd(decoded);
  if (head > 0 && isMarkup(decoded.slice(head))) return decoded.slice(0, head).replace(COMMENT_LINES, '') + htmlToText(decoded.slice(head));
  // A Markdown table of who spoke and what they said: its rows as labelled paragraphs.
  // Markdown with some HTML in it (a post's pasted Q&A, "<b>NAME:</b>" labels): the HTML read as text.
  if (!looksLikeHtml(decoded) && !isMarkup(decoded)) {
    const markdown = renderedMarkdownText(withHtmlBlocksRead(decoded) ?? decoded);
    return withTablesAsTurns(markdown) ?? markdown;
  }
  const text = htmlToText(decoded);
  if (!/\S/.test(text)) throw new TranscriptError('empty', 'the web page has no text');
  return text;
}

function isJson(text: string): boolean {
  if (!looksLikeJson(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// A page's scripts and styles, wherever they stand (a feed item's body may hold jQuery between its
// paragraphs): never anyone's words, and their lines would outnumber the markup that says it is a page.
const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

function withoutScripts(text: string): string {
  return text.includes('<script') || text.includes('<style') || text.includes('<SCRIPT') ? text.replace(SCRIPT_OR_STYLE, '') : text;
}

const FRONT_MATTER_BLOCK = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/** Where the text after a YAML front matter block starts, or 0. */
function frontMatterEnd(text: string): number {
  // A blank line or two may come before the fence.
  const lead = /^(?:[ \t]*\r?\n){0,3}/.exec(text)![0].length;
  const rest = lead > 0 ? text.slice(lead) : text;
  if (!rest.startsWith('---') && !rest.startsWith('\uFEFF---')) return 0;
  const block = FRONT_MATTER_BLOCK.exec(rest.slice(0, 20_000));
  return block ? lead + block[0].length : 0;
}

// A line that opens with a tag, a closing tag or a comment ("<p …>", "</div>", "<!-- … -->"); not an autolink ("<https://…>"),
// and not a disclosure block ("<details>", "<summary>…</summary>"), which Markdown notes use around a turn's other language.
const MARKUP_LINE = /^\s*<(?!\/?(?:details|summary)\b)(?:\/?[a-z][a-z0-9]*[\s>/]|!--)/i;
const MIN_MARKUP_LINES = 5;
const WHOLE_PAGE = /^\s*(?:<!doctype html|<html[\s>])/i;

/**
 * Text whose lines are mostly HTML blocks ("<p><strong>Name</strong>: …</p>"), whatever it starts
 * with; a line holding several blocks ("<p>…</p><p>…</p>", a page's body on one line) counts once a block.
 */
function isMarkup(text: string): boolean {
  if (!text.includes('<')) return false;
  // A whole page under the front matter, from its doctype or <html> on, however its lines run.
  if (WHOLE_PAGE.test(text)) return true;
  let lines = 0;
  let markup = 0;
  for (const line of text.slice(0, 200_000).split('\n')) {
    if (line.trim() === '') continue;
    lines++;
    if (!MARKUP_LINE.test(line)) continue;
    const blocks = line.length > LONG_MARKUP_LINE ? (line.match(BLOCK_TAG)?.length ?? 1) : 1;
    markup += blocks;
    lines += blocks - 1;
  }
  return markup >= MIN_MARKUP_LINES && markup * 2 >= lines;
}

const LONG_MARKUP_LINE = 120;
const BLOCK_TAG = /<(?:p|div|h[1-6]|li|blockquote|section|article)[\s>]/gi;
const MAX_PLAIN_HEAD_LINES = 8;

/** Where the first line of markup starts after a few plain lines (none of them markup), or 0. */
const COMMENT_LINE = /^\s*<!--[^\n]*?-->\s*$/;
const COMMENT_LINES = /^\s*<!--[^\n]*?-->[ \t]*\r?\n/gm;

function plainHeadEnd(text: string): number {
  let at = 0;
  for (let n = 0; n <= MAX_PLAIN_HEAD_LINES && at < text.length; n++) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    // A crawler's stamp alone on a line ("<!--1655045102000-->") is no markup of the body.
    if (MARKUP_LINE.test(line) && !COMMENT_LINE.test(line)) return n > 0 ? at : 0;
    if (end < 0) return 0;
    at = end + 1;
  }
  return 0;
}

const SPEAKER_TAG = /<(name|speaker)>([^<>\n]{1,80})<\/\1>/gi;
const MIN_SPEAKER_TAGS = 3;

/** The text with each speaker tag made the start of a paragraph, the name as printed; or the text as it is. */
function withSpeakerTagsAsLabels(text: string): string {
  if (!text.includes('</') || !/<\/(?:name|speaker)>/i.test(text)) return text;
  const tags = text.match(SPEAKER_TAG);
  if (!tags || tags.length < MIN_SPEAKER_TAGS) return text;
  return text.replace(SPEAKER_TAG, (_, _tag: string, name: string) => `\n\n${name.trim()}`).replace(/^\s+/, '');
}
