// TEI XML in the manner of ParlaMint: one <teiCorpus> whose header lists every person and
// organisation (outlets, hosts) and the taxonomies of turn kinds and outlet origins, holding one <TEI>
// per conference. Each turn is a <u who="#…" ana="#kind"> preceded by the label as printed in a
// <note type="speaker">, with one <seg xml:lang> per paragraph and language. Narration, which no one
// says, is a <note type="narrative"> holding its segments. Built with xmlbuilder2, never by hand.
import { create } from 'xmlbuilder2';
import { paragraphs, RECORD_SCHEMA, TURN_KINDS, type ConferenceRecord, type Turn, type TurnKind } from '../../../domain/record.ts';
import { Participants, type XmlElement } from './tei-participants.ts';
import { xmlSafe } from './xml-text.ts';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';

const KIND_DESCRIPTIONS: Record<TurnKind, string> = {
  narration: 'unattributed prose: a dateline, a scene',
  statement: "a principal's opening remarks",
  question: 'a question from a journalist or an outlet',
  answer: "a principal's reply to a question",
  moderation: 'the moderator handing the floor',
  interjection: "a short remark inside another's turn",
};

const ORIGIN_DESCRIPTIONS = {
  domestic: 'an outlet of the host country',
  foreign: 'an outlet of another country',
  unknown: 'an outlet whose country is not known',
} as const;

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', zh: 'Chinese' };

export interface TeiOptions {
  title?: string;
}

/** The xml:id of a conference's <TEI>: slugs are NCName-safe once prefixed (they may start with a digit). */
export function teiId(slug: string): string {
  return `c.${slug}`;
}

export function toTei(records: readonly ConferenceRecord[], options: TeiOptions = {}): string {
  const participants = new Participants(records);
  const languages = [...new Set(records.flatMap((r) => r.conference.languages))];
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(TEI_NS, 'teiCorpus', { 'xml:id': 'presser-corpus', 'xml:lang': languages[0] ?? 'en' });

  const header = root.ele('teiHeader');
  const fileDesc = header.ele('fileDesc');
  fileDesc
    .ele('titleStmt')
    .ele('title', { type: 'main', 'xml:lang': 'en' })
    .txt(xmlSafe(options.title ?? `presser corpus: ${records.length} press conference${records.length === 1 ? '' : 's'}`));
  fileDesc.ele('publicationStmt').ele('publisher').txt('presser');
  fileDesc.ele('sourceDesc').ele('p').txt(`Records kept by presser in the ${RECORD_SCHEMA} format.`);
  const classDecl = header.ele('encodingDesc').ele('classDecl');
  const kinds = classDecl.ele('taxonomy', { 'xml:id': 'kinds' });
  kinds.ele('desc', { 'xml:lang': 'en' }).txt('Kinds of turn');
  for (const kind of TURN_KINDS) kinds.ele('category', { 'xml:id': kind }).ele('catDesc', { 'xml:lang': 'en' }).txt(KIND_DESCRIPTIONS[kind]);
  const origins = classDecl.ele('taxonomy', { 'xml:id': 'origins' });
  origins.ele('desc', { 'xml:lang': 'en' }).txt("Origin of a question's outlet, relative to the conference's host");
  for (const [origin, text] of Object.entries(ORIGIN_DESCRIPTIONS))
    origins
      .ele('category', { 'xml:id': `origin.${origin}` })
      .ele('catDesc', { 'xml:lang': 'en' })
      .txt(text);
  const profileDesc = header.ele('profileDesc');
  participants.write(profileDesc.ele('particDesc'));
  const langUsage = profileDesc.ele('langUsage');
  for (const lang of languages) langUsage.ele('language', { ident: lang }).txt(LANGUAGE_NAMES[lang] ?? lang);

  for (const record of records)
    writeConference(root.ele('TEI', { 'xml:id': teiId(record.conference.slug), 'xml:lang': record.conference.languages[0] ?? 'en' }), record, participants);
  return root.end({ prettyPrint: true });
}

function writeConference(tei: XmlElement, record: ConferenceRecord, participants: Participants): void {
  const c = record.conference;
  const teiHeader = tei.ele('teiHeader');
  const fileDesc = teiHeader.ele('fileDesc');
  fileDesc.ele('titleStmt').ele('title', { type: 'main' }).txt(xmlSafe(c.title));
  fileDesc.ele('publicationStmt').ele('publisher').txt('presser');
  const bibl = fileDesc.ele('sourceDesc').ele('bibl');
  bibl.ele('title').txt(xmlSafe(c.title));
  if (c.date) bibl.ele('date', { when: c.date }).txt(c.date);
  bibl.ele('idno', { type: 'slug' }).txt(c.slug);
  const setting = teiHeader.ele('profileDesc').ele('settingDesc').ele('setting');
  if (c.venue) setting.ele('name', { type: 'venue' }).txt(xmlSafe(c.venue));
  if (c.occasion) setting.ele('name', { type: 'occasion' }).txt(xmlSafe(c.occasion));
  if (c.host) setting.ele('name', { type: 'host' }).txt(xmlSafe(c.host));
  if (c.date) setting.ele('date', { when: c.time ? `${c.date}T${c.time}` : c.date }).txt([c.date, c.time, c.timeZone].filter(Boolean).join(' '));

  const div = tei.ele('text').ele('body').ele('div', { type: 'debateSection' });
  for (const turn of record.turns) writeTurn(div, turn, record, participants);
}

function writeTurn(div: XmlElement, turn: Turn, record: ConferenceRecord, participants: Participants): void {
  const id = `${teiId(record.conference.slug)}.u${turn.seq}`;
  const target =
    turn.kind === 'narration'
      ? div.ele('note', { type: 'narrative', 'xml:id': id })
      : (() => {
          if (turn.label) div.ele('note', { type: 'speaker' }).txt(xmlSafe(turn.label));
          const who = participants.who(turn);
          const ana = [`#${turn.kind}`, ...(turn.outlet && turn.kind === 'question' ? [`#origin.${turn.outlet.origin}`] : [])].join(' ');
          return div.ele('u', { 'xml:id': id, ...(who ? { who: `#${who}` } : {}), ana });
        })();
  const languages = [
    ...record.conference.languages.filter((l) => turn.text[l]),
    ...Object.keys(turn.text).filter((l) => !record.conference.languages.includes(l)),
  ];
  for (const lang of languages) {
    paragraphs(turn.text[lang] ?? '').forEach((paragraph, i) => {
      target.ele('seg', { 'xml:id': `${id}.${lang}.${i + 1}`, 'xml:lang': lang }).txt(xmlSafe(paragraph));
    });
  }
}
