// Libraries only some documents need, loaded on their first use rather than with the importer:
// YAML for front matter and profiles, zod to validate a profile, html-to-text for web pages,
// chardet and iconv-lite for text that is not Unicode, fast-xml-parser for a transcript kept as an XML record,
// marked for a Markdown table, csv-parse for a CSV, srt-vtt-parser for subtitles, jieba's word classes to tell a
// Chinese name from a word. A
// plain transcript (`presser convert FILE.txt`) is then read without loading them. Synchronous,
// as the importer is: Node's require of the packages' CommonJS builds.
import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');
type Zod = typeof import('zod');
type HtmlToText = typeof import('html-to-text');
type Chardet = typeof import('chardet');
type Iconv = typeof import('iconv-lite');
type XmlParser = typeof import('fast-xml-parser');
type Marked = typeof import('marked');
type CsvParse = typeof import('csv-parse/sync');
type SubtitleParser = typeof import('@plussub/srt-vtt-parser');
type JiebaModule = typeof import('@node-rs/jieba');
type Jieba = InstanceType<JiebaModule['Jieba']>;

const load = createRequire(import.meta.url);
let yaml: Yaml | undefined;
let zod: Zod | undefined;
let htmlToText: HtmlToText | undefined;
let chardet: Chardet | undefined;
let iconv: Iconv | undefined;
let xmlParser: XmlParser | undefined;
let marked: Marked | undefined;
let csvParse: CsvParse | undefined;
let subtitleParser: SubtitleParser | undefined;
let jieba: Jieba | undefined;

export const yamlLibrary = (): Yaml => (yaml ??= load('yaml') as Yaml);
export const zodLibrary = (): Zod => (zod ??= load('zod') as Zod);
export const htmlToTextLibrary = (): HtmlToText => (htmlToText ??= load('html-to-text') as HtmlToText);
export const chardetLibrary = (): Chardet => (chardet ??= load('chardet') as Chardet);
export const iconvLibrary = (): Iconv => (iconv ??= load('iconv-lite') as Iconv);
export const xmlParserLibrary = (): XmlParser => (xmlParser ??= load('fast-xml-parser') as XmlParser);
export const markedLibrary = (): Marked => (marked ??= load('marked') as Marked);
export const csvParseLibrary = (): CsvParse => (csvParse ??= load('csv-parse/sync') as CsvParse);
export const subtitleParserLibrary = (): SubtitleParser => (subtitleParser ??= load('@plussub/srt-vtt-parser') as SubtitleParser);
export const jiebaLibrary = (): Jieba =>
  (jieba ??= (load('@node-rs/jieba') as JiebaModule).Jieba.withDict((load('@node-rs/jieba/dict') as { dict: Uint8Array }).dict));
