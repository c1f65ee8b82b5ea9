// Markdown that holds some raw HTML, as static-site posts do: an embedded video, a <style> block,
// a Q&A section pasted as "<p><strong>Q: </strong>…</p>", labels set in "<b>NAME:</b>", highlights
// in "<span style=…>". Markdown renders those blocks as HTML; the importer reads them as their
// text, and the rest of the file as the Markdown it is. A page that is mostly markup is read whole
// as a web page instead (page-text.ts).
import { htmlToText } from './html.ts';

// The tags a post's author writes by hand. "<details>" and "<summary>" are not among them: Markdown
// notes wrap a turn's other language in them, and the bilingual reading needs them as printed.
const KNOWN =
  'p|div|span|font|b|strong|em|i|u|mark|small|big|sup|sub|a|br|hr|img|iframe|video|audio|source|style|script|h[1-6]|ul|ol|li|blockquote|center|section|article';
// A tag of those: its name followed by a space, "/" or ">" ("<https://…>" is an autolink, not a tag).
const TAG = new RegExp(`</?(?:${KNOWN})(?=[\\s/>])[^<>]{0,2000}>`, 'gi');
const HAS_TAG = new RegExp(TAG.source, 'i');
const OPENS_WITH_TAG = new RegExp(`^\\s*</?(?:${KNOWN})(?=[\\s/>])`, 'i');
const TRANSCRIPT_SUMMARY = /<summary>\s*(?:full\s+|the\s+)?transcript\s*<\/summary>/i;
const DETAILS_TAG = /<\/?details\b[^<>]*>/gi;
const OPENS_WITH_DETAILS = /^\s*<details\b/i;
const DETAILS_CLOSE = /<\/details>/i;
const RAW_BLOCK = /^\s*<(style|script)\b/i;
const MIN_TAGS = 2;
const SCANNED = 200_000;

/** Whether a text that is not a web page still holds a few HTML tags of the hand-written kind. */
function holdsHtml(text: string): boolean {
  if (!text.includes('<')) return false;
  TAG.lastIndex = 0;
  const sample = text.length > SCANNED ? text.slice(0, SCANNED) : text;
  let tags = 0;
  while (TAG.exec(sample)) if (++tags >= MIN_TAGS) return true;
  return false;
}

/**
 * The text with its HTML read as text: a block that opens with a tag (up to the blank line that
 * ends it, as CommonMark ends an HTML block) becomes the paragraphs it renders; <style> and
 * <script> blocks go; tags inside a Markdown line go, their words stay. Null when the text holds
 * no HTML worth reading.
 */
export function withHtmlBlocksRead(text: string): string | null {
  if (!holdsHtml(text)) return null;
  const lines = text.split('\n');
  const out: string[] = [];
  // Where the last folded transcript ended in out, or -1.
  let foldEnd = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const raw = RAW_BLOCK.exec(line);
    if (raw) {
      const closing = `</${raw[1]!.toLowerCase()}`;
      while (i < lines.length && !lines[i]!.toLowerCase().includes(closing)) i++;
      out.push('');
      continue;
    }
    if (OPENS_WITH_TAG.test(line) || OPENS_WITH_DETAILS.test(line)) {
      const block: string[] = [];
      while (i < lines.length && lines[i]!.trim() !== '') block.push(lines[i++]!);
      const folded = OPENS_WITH_DETAILS.test(line) && TRANSCRIPT_SUMMARY.test(block.join('\n'));
      // A folded transcript runs to its "</details>", blank lines and all.
      if (folded && !block.some((l) => DETAILS_CLOSE.test(l)))
        while (i < lines.length) {
          const next = lines[i++]!;
          block.push(next);
          if (DETAILS_CLOSE.test(next)) break;
        }
      i--;
      // A block with a tag of another kind (a kramdown "<figure markdown=\"1\">" box, "<details>") is left as printed;
      // but a folded "<summary>Transcript</summary>" holds the transcript itself, read as its HTML.
      if (folded) {
        // The editor's headings and summaries between one fold and the next are no part of it.
        if (foldEnd >= 0) out.length = foldEnd;
        // (Its paragraphs as printed: a blank line inside the fold parts two turns.)
        for (const part of block
          .join('\n')
          .replace(TRANSCRIPT_SUMMARY, '')
          .replace(DETAILS_TAG, '')
          .split(/\n[ \t]*\n/)) {
          const rendered = htmlToText(part).trim();
          out.push('', ...(rendered ? [rendered, ''] : []));
        }
        foldEnd = out.length;
        continue;
      }
      if (holdsOtherTags(block) || OPENS_WITH_DETAILS.test(line)) {
        out.push(...block);
        continue;
      }
      const rendered = htmlToText(block.join('\n')).trim();
      out.push('', ...(rendered ? [rendered, ''] : []));
      continue;
    }
    out.push(line.includes('<') ? withoutTags(line) : line);
  }
  return out.join('\n');
}

const ANY_TAG = /<\/?([a-z][a-z0-9-]*)(?=[\s/>])/gi;
const KNOWN_NAME = new RegExp(`^(?:${KNOWN})$`, 'i');

function holdsOtherTags(block: readonly string[]): boolean {
  for (const line of block) for (const m of line.matchAll(ANY_TAG)) if (!KNOWN_NAME.test(m[1]!)) return true;
  return false;
}

const LINE_BREAK = /<br\s*\/?>/gi;

function withoutTags(line: string): string {
  if (!HAS_TAG.test(line)) return line;
  return line.replace(LINE_BREAK, '\n').replace(TAG, '');
}
