// How the importer holds up when the same transcript reaches it copied another way: each corpus
// text (plain text and Markdown; not data files, whose syntax the changes would break) is changed
// the way copying changes text (a margin, hard wrapping, CRLF, no-break spaces, a Chinese page
// typed with ASCII colons, an old encoding, a plain web page) and scored against the same facts.
// A robust importer scores each variant as it scores the original. Prints, per variant, the facts
// right on the originals and on the variants, and the documents that lost the most.
//
//   node --import tsx bench/corpus/variants.ts DIR [--src OTHER/src] [--only NAME,NAME] [--worst N] [--write OUT]
// --write keeps each changed document as OUT/<variant>/<file>, to read what the importer made of it
// (npm run eval:corpus -- OUT/<variant> --failures …, with --facts OUT/<variant>/facts where the copy rewrites
// names); keep OUT outside the checkout, as the texts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import type { ConferenceRecord } from '../../src/domain/record.ts';
import { Facts, Manifest, type ManifestEntry } from './schema.ts';
import { scoreRecord, tally } from './score.ts';

type Importer = (input: Uint8Array, options: { fileName?: string }) => { record: ConferenceRecord };

const here = dirname(fileURLToPath(import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { src: { type: 'string' }, only: { type: 'string' }, worst: { type: 'string', default: '5' }, write: { type: 'string' } },
});
const dir = positionals[0];
if (!dir || !existsSync(dir)) {
  console.error('usage: node --import tsx bench/corpus/variants.ts DIR [--src OTHER/src] [--only NAME,NAME] [--worst N] [--write OUT]');
  process.exit(2);
}
const srcRoot = values.src ? resolve(values.src) : resolve(here, '../../src');
const { importTranscript } = (await import(pathToFileURL(join(srcRoot, 'transcript/import.ts')).href)) as { importTranscript: Importer };
const manifest = Manifest.parse(JSON.parse(readFileSync(join(here, 'manifest.json'), 'utf8')));

/** Front matter kept apart: a copy changes the text under it, never the fields. */
function withBody(text: string, change: (body: string) => string): string {
  const end = text.startsWith('---\n') ? text.indexOf('\n---\n', 3) : -1;
  return end < 0 ? change(text) : text.slice(0, end + 5) + change(text.slice(end + 5));
}

/** Lines longer than 80 characters wrapped at 72 on spaces, as a mailer or a terminal copy does. */
function wrapped(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.length <= 80 || /^\s*[#|<>*-]/.test(line)) {
      out.push(line);
      continue;
    }
    let rest = line;
    while (rest.length > 72) {
      const cut = rest.lastIndexOf(' ', 72);
      if (cut <= 0) break;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut + 1);
    }
    out.push(rest);
  }
  return out.join('\n');
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A plain web page: the first line as its title, each paragraph a <p>, its line breaks <br>. */
/** Paragraphs as blank lines set them apart; in a text with hardly any blank lines, its lines. */
function paragraphsOf(text: string): string[] {
  const lines = text.split('\n');
  const blank = lines.filter((l) => l.trim() === '').length;
  return (blank * 20 < lines.length ? lines : text.split(/\n\s*\n/)).filter((p) => p.trim() !== '');
}

function webPage(text: string): string {
  const paragraphs = paragraphsOf(text);
  const title = escapeHtml(paragraphs[0]?.split('\n')[0]?.trim() ?? '');
  const body = paragraphs.map((p) => `<p>${escapeHtml(p.trim()).replaceAll('\n', '<br>\n')}</p>`).join('\n');
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${title}</title></head><body>\n${body}\n</body></html>\n`;
}

interface Variant {
  name: string;
  what: string;
  /** The changed document, or null where the variant does not apply to it. */
  apply: (text: string, entry: ManifestEntry) => Uint8Array | string | null;
  /** The facts as the changed document states them, where the change rewrites names too. */
  facts?: (facts: Facts, text: string) => Facts;
}

const HALFWIDTH: Record<string, string> = { '，': ', ', '。': '. ', '？': '? ', '！': '! ', '：': ': ', '；': '; ', '（': ' (', '）': ') ' };
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
/** The converter into the other script: a Traditional text's to Simplified, a Simplified one's to Traditional. */
const toOtherScriptOf = (text: string) => (toSimplified(text) !== text ? toSimplified : toTraditional);

/**
 * A PDF's text layer as pdftotext leaves it: every 45 lines, wherever the page falls (mid-paragraph
 * too), the page's number at its foot, a form feed, and the next page's running head.
 */
function paged(text: string, entry: ManifestEntry): string {
  const lines = text.split('\n');
  const pages = Math.ceil(lines.length / 45);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && i % 45 === 0) {
      const page = i / 45;
      const foot = entry.language === 'en' ? `Page ${page} of ${pages}` : `第 ${page} 页 共 ${pages} 页`;
      out.push('', `                                        ${foot}`, `\f${entry.publisher}                         Transcript`, '');
    }
    out.push(lines[i]!);
  }
  return out.join('\n');
}

const LABEL_COLON = /^([^\n:]{1,40}): /gm;
// A line opening with a short label and its colon, then the words (the label without a sentence's marks).
// (It opens with a letter: a line of markup, a list's item or a time is no label line.)
// ("NASDAQ:NCPL", a colon with no space after it, is no label.)
const LABEL_LINE = /^(\p{L}[^\n:.?!。？！，,*#<>[\]|]{0,39})(:(?=[ \t])|：)[ \t]*(\S[^\n]*)$/gmu;

/**
 * The text with each label line rewritten by `as`: only labels printed at least twice so (a speaker's),
 * not a sentence's lead-in printed once ("Image source: …", "My first question is: …").
 */
function withLabels(text: string, as: (label: string, colon: string, words: string) => string): string {
  const uses = new Map<string, number>();
  for (const m of text.matchAll(LABEL_LINE)) uses.set(m[1]!, (uses.get(m[1]!) ?? 0) + 1);
  return text.replace(LABEL_LINE, (all, label: string, colon: string, words: string) => ((uses.get(label) ?? 0) >= 2 ? as(label, colon, words) : all));
}

/** Each paragraph opening with a label set as a web page's <p><strong>Label:</strong> words</p>. */
function webPageStrongLabels(text: string): string {
  const paragraphs = paragraphsOf(text);
  const title = escapeHtml(paragraphs[0]?.split('\n')[0]?.trim() ?? '');
  const body = paragraphs
    .map((p) => {
      const m = /^(\p{L}[^\n:.?!。？！，,*#<>[\]|]{0,39})(:(?=[ \t])|：)[ \t]*([\s\S]*)$/u.exec(p.trim());
      const words = (w: string) => escapeHtml(w.trim()).replaceAll('\n', '<br>\n');
      return m ? `<p><strong>${escapeHtml(m[1]!)}${m[2]}</strong> ${words(m[3]!)}</p>` : `<p>${words(p)}</p>`;
    })
    .join('\n');
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${title}</title></head><body>\n${body}\n</body></html>\n`;
}
const VARIANTS: Variant[] = [
  { name: 'crlf', what: 'Windows line ends', apply: (t) => t.replace(/\r?\n/g, '\r\n') },
  { name: 'bom', what: 'a UTF-8 byte-order mark', apply: (t) => `\ufeff${t}` },
  { name: 'trailing', what: 'a blank and a tab after every line', apply: (t) => withBody(t, (b) => b.replace(/$/gm, ' \t')) },
  { name: 'margin', what: 'every line indented by two blanks', apply: (t) => withBody(t, (b) => b.replace(/^(?=\S)/gm, '  ')) },
  // (English only: Chinese is not wrapped at spaces.)
  { name: 'wrapped', what: 'English hard-wrapped at 72 columns', apply: (t, e) => (e.language === 'en' ? withBody(t, wrapped) : null) },
  { name: 'spaced', what: 'two more blank lines between paragraphs', apply: (t) => withBody(t, (b) => b.replace(/\n{2,}/g, '\n\n\n\n')) },
  { name: 'nbsp', what: 'a no-break space after a label’s colon', apply: (t) => withBody(t, (b) => b.replace(LABEL_COLON, '$1:\u00a0')) },
  { name: 'tab', what: 'a tab after a label’s colon', apply: (t) => withBody(t, (b) => b.replace(LABEL_COLON, '$1:\t')) },
  {
    name: 'zh-colons',
    what: 'Chinese typed with the other colon (full-width to ASCII, or ASCII to full-width)',
    apply: (t, e) => (e.language === 'en' ? null : withBody(t, (b) => (b.includes('：') ? b.replaceAll('：', ': ') : b.replaceAll(':', '：')))),
  },
  {
    name: 'zh-halfwidth',
    what: 'Chinese typed with ASCII punctuation (，。？！：；（） as ,.?!:;())',
    apply: (t, e) => (e.language === 'en' ? null : withBody(t, (b) => b.replace(/[，。？！：；（）]/g, (c) => HALFWIDTH[c] ?? c))),
  },
  {
    name: 'other-script',
    what: 'Chinese in the other script (simplified ↔ traditional), the facts converted alike',
    apply: (t, e) => (e.language === 'en' ? null : toOtherScriptOf(t)(t)),
    facts: (f, t) => Facts.parse(JSON.parse(toOtherScriptOf(t)(JSON.stringify(f)))),
  },
  { name: 'paged', what: 'page breaks every 45 lines: a page number, a form feed, a running head', apply: (t, e) => (e.shape === 'text' ? paged(t, e) : null) },
  {
    name: 'legacy-encoding',
    what: 'saved as GBK (Chinese) or Windows-1252 (English)',
    apply: (t, e) => {
      const encoding = e.language === 'en' ? 'windows-1252' : 'gbk';
      const bytes = iconv.encode(t, encoding);
      // Only where the encoding holds every character (a round trip gives the text back).
      return iconv.decode(bytes, encoding) === t ? bytes : null;
    },
  },
  { name: 'web-page', what: 'plain text served as a simple web page', apply: (t, e) => (e.shape === 'text' ? webPage(t) : null) },
  {
    name: 'web-page-strong',
    what: 'plain text served as a web page, each label in <strong>',
    apply: (t, e) => (e.shape === 'text' ? webPageStrongLabels(t) : null),
  },
  // (The label variants change plain text only: Markdown sets its labels its own way already.)
  {
    name: 'bold-labels',
    what: 'plain text as Markdown, each label in bold (**Name:**)',
    apply: (t, e) => (e.shape === 'text' ? withBody(t, (b) => withLabels(b, (label, colon, words) => `**${label}${colon}** ${words}`)) : null),
  },
  {
    name: 'capital-labels',
    what: 'each label in capitals (ANA LIMA:)',
    apply: (t, e) => (e.shape === 'text' ? withBody(t, (b) => withLabels(b, (label, colon, words) => `${label.toUpperCase()}${colon} ${words}`)) : null),
  },
  {
    name: 'label-lines',
    what: 'each label on a line of its own over the words',
    apply: (t, e) => (e.shape === 'text' ? withBody(t, (b) => withLabels(b, (label, colon, words) => `${label}${colon}\n${words}`)) : null),
  },
  {
    name: 'heading-labels',
    what: 'each label a Markdown heading over the words (### Name)',
    apply: (t, e) => (e.shape === 'text' ? withBody(t, (b) => withLabels(b, (label, _colon, words) => `### ${label}\n\n${words}`)) : null),
  },
  {
    name: 'dash-labels',
    what: 'each label set off with a dash, not a colon (Name — words)',
    apply: (t, e) => (e.shape === 'text' ? withBody(t, (b) => withLabels(b, (label, _colon, words) => `${label} — ${words}`)) : null),
  },
  {
    name: 'timestamps',
    what: 'a time before each label ([00:01:05] Name:)',
    apply: (t, e) => {
      if (e.shape !== 'text') return null;
      let n = 0;
      return withBody(t, (b) =>
        withLabels(b, (label, colon, words) => {
          n += 37;
          const time = [Math.floor(n / 3600), Math.floor(n / 60) % 60, n % 60].map((v) => String(v).padStart(2, '0')).join(':');
          return `[${time}] ${label}${colon} ${words}`;
        }),
      );
    },
  },
];

const only = values.only ? new Set(values.only.split(',')) : null;
const DATA_FILE = /\.(?:json|ya?ml|csv|tsv|xml|html?|srt|vtt)$/i;
const score = (input: Uint8Array | string, entry: ManifestEntry, facts: Facts) => {
  let record: ConferenceRecord | null = null;
  try {
    record = importTranscript(typeof input === 'string' ? Buffer.from(input) : input, { fileName: entry.file }).record;
  } catch {
    // Refused: every fact is wrong, as eval.ts counts it.
  }
  return tally(scoreRecord(record, facts));
};

const documents: { entry: ManifestEntry; text: string; facts: Facts; right: number; total: number }[] = [];
for (const entry of manifest.documents) {
  const textFile = join(dir, entry.file);
  const factsFile = join(here, 'facts', `${entry.id}.json`);
  if (!existsSync(textFile) || !existsSync(factsFile) || DATA_FILE.test(entry.file)) continue;
  if (entry.shape !== 'text' && entry.shape !== 'markdown') continue;
  // (A text stored in an older encoding is left out: the changes are made to its decoded words.)
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(textFile));
  } catch {
    continue;
  }
  // A data set's records kept in a .txt (JSON, rows with tabs): its syntax is not a copy's to change.
  if (/^\s*[[{]/.test(text) || (text.slice(0, 2000).match(/\t/g)?.length ?? 0) > 20) continue;
  const facts = Facts.parse(JSON.parse(readFileSync(factsFile, 'utf8')));
  documents.push({ entry, text, facts, ...score(text, entry, facts) });
}

const rows: string[] = [];
const worst = Number(values.worst);
for (const variant of VARIANTS) {
  if (only && !only.has(variant.name)) continue;
  let docs = 0;
  let original = 0;
  let changed = 0;
  let total = 0;
  const losses: [number, string][] = [];
  for (const d of documents) {
    const input = variant.apply(d.text, d.entry);
    if (input === null) continue;
    if (values.write) {
      mkdirSync(join(values.write, variant.name), { recursive: true });
      writeFileSync(join(values.write, variant.name, d.entry.file), input);
      if (variant.facts) {
        mkdirSync(join(values.write, variant.name, 'facts'), { recursive: true });
        writeFileSync(join(values.write, variant.name, 'facts', `${d.entry.id}.json`), JSON.stringify(variant.facts(d.facts, d.text), null, 2));
      }
    }
    const t = score(input, d.entry, variant.facts ? variant.facts(d.facts, d.text) : d.facts);
    docs++;
    original += d.right;
    changed += t.right;
    total += d.total;
    if (t.right < d.right) losses.push([d.right - t.right, `${d.entry.id} ${d.right}→${t.right}`]);
  }
  losses.sort((a, b) => b[0] - a[0]);
  const lost =
    losses.length === 0
      ? 'none'
      : `${losses.length}: ${losses
          .slice(0, worst)
          .map(([, s]) => s)
          .join(', ')}${losses.length > worst ? ', …' : ''}`;
  rows.push(`| ${variant.name} | ${variant.what} | ${docs} | ${original}/${total} | ${changed}/${total} | ${lost} |`);
}
console.log('| variant | the copy | documents | facts right, as stored | facts right, copied so | documents that lost facts |');
console.log('| --- | --- | ---: | ---: | ---: | --- |');
for (const row of rows) console.log(row);
console.log(`\nimporter from ${srcRoot}`);
