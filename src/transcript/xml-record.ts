// A transcript kept as an XML record, as archives and datasets publish them: fields for the title,
// the date and the speaker beside the transcript itself (often a page's HTML in a CDATA section):
//   <transcript><title>Press Conference, Busan</title><release-date>19/11/2005</release-date>
//   <prime-minister>Howard, John</prime-minister><content><![CDATA[<p>PRIME MINISTER: …]]></content>
// The record is read with fast-xml-parser and given back as the importer reads any document: the
// fields as front matter, the transcript as text (a page's HTML read as a page).
import { xmlParserLibrary } from './lazy-libraries.ts';

const XML_PROLOG = /^\uFEFF?\s*<\?xml[\s?]/;
// A feed, or one item of it cut out with no prolog: "<item><title>…</title>…<content:encoded><![CDATA[…]]>".
const FEED_ROOT = /^\uFEFF?\s*<(?:rss|feed|channel|item|entry)[\s>]/i;
// The fields a record names its metadata with, by the last part of the element's name.
const TITLE = /^(?:title|headline|heading|subject|name)$/i;
// Also a feed's "pubDate" and "dc:date".
const DATE = /(?:^|[-_:]|pub)(?:date|published|issued|dated|created)$/i;
const PERSON = /^(?:prime[-_]?minister|president|minister|speaker|spokesperson|principal|author|premier|chancellor|governor)$/i;
// A transcript is the record's longest text, and long: shorter texts are its fields.
const MIN_BODY_CHARS = 200;

/** Whether the text opens as an XML document (a prolog, which a web page does not need) or as a feed or its item. */
export function looksLikeXml(text: string): boolean {
  const head = text.slice(0, 200);
  return XML_PROLOG.test(head) || FEED_ROOT.test(head);
}

/**
 * The record as front matter and text, or null when the XML holds no transcript (no text of
 * MIN_BODY_CHARS) or is a web page (an XHTML root). `pageText` reads the transcript as the
 * importer reads any text: a page's HTML as a page, plain text as it is.
 */
export function xmlRecordText(xml: string, pageText: (html: string) => string): string | null {
  let parsed: unknown;
  try {
    parsed = new (xmlParserLibrary().XMLParser)({ ignoreAttributes: true, parseTagValue: false, trimValues: true, htmlEntities: true }).parse(xml);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || 'html' in parsed) return null;
  const fields: [string, string][] = [];
  collect(parsed, '', fields);
  return fieldsAsDocument(fields, pageText);
}

/**
 * A record's fields as the importer reads a document: its longest text (of MIN_BODY_CHARS or more)
 * the transcript, read by `pageText`; its title, date and speaker fields as front matter over it.
 * Null when no field is long enough to be a transcript.
 */
export function fieldsAsDocument(fields: readonly [string, string][], pageText: (html: string) => string): string | null {
  let body: [string, string] | null = null;
  for (const field of fields) if (!body || field[1].length > body[1].length) body = field;
  if (!body || body[1].length < MIN_BODY_CHARS) return null;
  return withFrontMatter(fields, pageText(body[1]), body[1]);
}

/** The text under front matter of the record's title, date, speaker and address fields (none the body's). */
export function withFrontMatter(fields: readonly [string, string][], text: string, body?: string): string {
  const front: string[] = [];
  const title = fields.find(([name, value]) => TITLE.test(name) && value !== body) ?? callTitle(fields);
  const date = fields.find(([name]) => DATE.test(name));
  const people = fields.filter(([name]) => PERSON.test(name)).map(([, value]) => value);
  // The page's address: where a publisher's profile finds its site (profiles/*.yaml cues).
  const address = fields.find(([name, value]) => ADDRESS.test(name) && /^https?:\/\/\S+$/.test(value));
  if (title) front.push(`title: ${JSON.stringify(title[1])}`);
  if (date) front.push(`date: ${JSON.stringify(date[1])}`);
  if (people.length > 0) front.push(`people: ${JSON.stringify(people)}`);
  if (address) front.push(`url: ${JSON.stringify(address[1])}`);
  return front.length > 0 ? `---\n${front.join('\n')}\n---\n\n${text}` : text;
}

const ADDRESS = /^(?:url|link|href|source_?url|permalink)$/i;
const COMPANY = /^(?:company|company_?name|issuer)$/i;
const PERIOD = /^(?:quarter|fiscal_?quarter|period)$/i;
const YEAR = /^(?:year|fiscal_?year)$/i;

/** An earnings call's data set names no title but the company and the quarter ("company": "TAL Education", "quarter": "Q3 2026"): those two. */
function callTitle(fields: readonly [string, string][]): [string, string] | undefined {
  const company = fields.find(([name]) => COMPANY.test(name))?.[1];
  const period = fields.find(([name]) => PERIOD.test(name))?.[1];
  if (!company || !period) return undefined;
  const year = /\d{4}/.test(period) ? undefined : fields.find(([name]) => YEAR.test(name))?.[1];
  return ['title', [company, period, year].filter(Boolean).join(' ')];
}

/** Every text in the record with its element's name, in document order. */
export function collect(node: unknown, name: string, into: [string, string][]): void {
  if (typeof node === 'string') {
    if (node.trim() !== '') into.push([name, node.trim()]);
  } else if (Array.isArray(node)) {
    for (const item of node) collect(item, name, into);
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) collect(value, key, into);
  }
}
