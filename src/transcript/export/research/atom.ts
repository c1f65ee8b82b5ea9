// An Atom feed (RFC 4287) of newly published records, built with xmlbuilder2.
import { create } from 'xmlbuilder2';
import { paragraphs, primaryText, type ConferenceRecord } from '../../../domain/record.ts';
import { xmlSafe } from './xml-text.ts';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
const SUMMARY_CHARS = 400;

export interface FeedEntry {
  record: ConferenceRecord;
  publishedAt: string | null;
  updatedAt: string;
}

export interface FeedOptions {
  /** Where the site is served, without a trailing slash: "https://press.example". */
  baseUrl: string;
  title?: string;
}

/** The facts line and the opening words of the first statement or answer, as plain text. */
function summary(record: ConferenceRecord): string {
  const c = record.conference;
  const facts = [c.date, c.venue, c.occasion].filter(Boolean).join(' · ');
  const opening = record.turns.find((t) => t.kind === 'statement' || t.kind === 'answer');
  const first = opening ? (paragraphs(primaryText(opening, c.languages))[0] ?? '') : '';
  const words = first.length > SUMMARY_CHARS ? `${first.slice(0, SUMMARY_CHARS).replace(/\s+\S*$/, '')}…` : first;
  return [facts, words].filter(Boolean).join(' — ');
}

/** Newest first, as given. An entry's id is the conference's store id (urn:uuid), which survives a change of address. */
export function toAtom(entries: readonly FeedEntry[], options: FeedOptions): string {
  const base = options.baseUrl.replace(/\/+$/, '');
  const stamp = (e: FeedEntry) => e.publishedAt ?? e.updatedAt;
  const newest = entries.map(stamp).sort().pop() ?? new Date(0).toISOString();
  const feed = create({ version: '1.0', encoding: 'UTF-8' }).ele(ATOM_NS, 'feed');
  feed.ele('id').txt(`${base}/feed.atom`);
  feed.ele('title').txt(xmlSafe(options.title ?? 'presser: published press conferences'));
  feed.ele('updated').txt(newest);
  feed.ele('link', { rel: 'self', type: 'application/atom+xml', href: `${base}/feed.atom` });
  feed.ele('link', { rel: 'alternate', type: 'text/html', href: `${base}/` });
  feed.ele('author').ele('name').txt('presser');
  feed.ele('generator').txt('presser');
  for (const entry of entries) {
    const c = entry.record.conference;
    const page = `${base}/c/${encodeURIComponent(c.slug)}`;
    const el = feed.ele('entry');
    el.ele('id').txt(c.id ? `urn:uuid:${c.id}` : page);
    el.ele('title').txt(xmlSafe(c.title));
    el.ele('updated').txt(stamp(entry));
    if (entry.publishedAt) el.ele('published').txt(entry.publishedAt);
    el.ele('link', { rel: 'alternate', type: 'text/html', href: page });
    el.ele('link', { rel: 'alternate', type: 'application/json', href: `${base}/api/conferences/${encodeURIComponent(c.slug)}` });
    if (c.host) el.ele('author').ele('name').txt(xmlSafe(c.host));
    const text = summary(entry.record);
    if (text) el.ele('summary', { type: 'text' }).txt(xmlSafe(text));
  }
  return feed.end({ prettyPrint: true });
}
