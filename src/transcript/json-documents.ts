// A transcript kept whole in a JSON document rather than as one record per utterance: a
// knowledge base's entry ({ "title": "…", "excerpt": "…", "html": "<p>任正非：…</p>" }) is read as
// an archive's XML record is (its longest text the transcript, its title and date fields the front
// matter); a translation tool's paragraph pairs ({ "pairs": [{ "en": "Ana Lima: …", "zh": "Ana Lima：…" }] })
// become each paragraph in the first language, then its translation, as a bilingual transcript prints them.
import { collect, fieldsAsDocument, withFrontMatter } from './xml-record.ts';

// Language codes a translation's fields are keyed by ("en", "zh", "zh-Hant", "pt_BR").
const LANGUAGE_KEY = /^[a-z]{2}(?:[-_][A-Za-z]{2,4})?$/;
const MIN_PAIRS = 4;
const MAX_HEADING = 80;
const SENTENCE_END = /[.!?。！？…"”’')）]$/u;
// "Ines Marlow:", "Operator:": a label opening the original, a few words before a colon.
const LEADING_LABEL = /^(\p{Lu}[\p{L}.'’-]*(?: [\p{L}.'’-]+){0,3}:)(?=\s|\S)/u;
// The same label in the translation: up to 24 characters before a colon of either width.
const TRANSLATED_LABEL = /^[^\s:：，。,.!?！？]{1,12}(?: [^\s:：，。,.!?！？]{1,12}){0,2}\s*[:：]\s*/u;

/** The JSON document as text the importer reads, or null when it holds neither pairs nor a long text. */
export function jsonDocumentText(json: string, pageText: (html: string) => string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  const fields: [string, string][] = [];
  const pairs = languagePairs(parsed);
  if (pairs) {
    // The document's other fields ("meta": { "url": … }) over the pairs, the pairs themselves not.
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      for (const [key, value] of Object.entries(parsed)) if (!Array.isArray(value)) collect(value, key, fields);
    return withFrontMatter(fields, `${pairs.join('\n\n')}\n`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  collect(parsed, '', fields);
  return fieldsAsDocument(fields, pageText);
}

/**
 * The paragraphs of an array of translation pairs, or null: each turn's paragraphs in the original
 * language, then the same turn's translations under the original's label ("Ines Marlow:"), so the
 * importer reads the label twice in a row as one turn in two languages. A turn starts at a pair
 * whose original opens with a label; unlabelled pairs (the front page, a turn's later paragraphs)
 * follow the turn they are in.
 */
function languagePairs(parsed: unknown): string[] | null {
  const arrays = Array.isArray(parsed) ? [parsed] : typeof parsed === 'object' && parsed !== null ? Object.values(parsed).filter(Array.isArray) : [];
  const pairs = arrays.find((a) => a.length >= MIN_PAIRS && a.every(isTranslationPair)) as Record<string, string>[] | undefined;
  if (!pairs) return null;
  const paragraphs: string[] = [];
  let label: string | undefined;
  let originals: string[] = [];
  let translations: string[] = [];
  const flush = () => {
    paragraphs.push(...originals);
    // The tool may keep the label with a full-width colon, translate it ("主持人：") or leave it out.
    if (translations.length > 0)
      paragraphs.push(label ? `${label} ${translations[0]!.replace(TRANSLATED_LABEL, '')}` : translations[0]!, ...translations.slice(1));
    originals = [];
    translations = [];
  };
  for (const pair of pairs) {
    const [original, ...others] = Object.values(pair).map((text) => text.trim());
    if (!original) continue;
    const opens = LEADING_LABEL.exec(original)?.[1];
    // "Full Conference Call Transcript": a heading between the turns, no turn's later paragraph.
    const heading = !opens && original.length <= MAX_HEADING && !SENTENCE_END.test(original);
    if (opens || !label || heading) {
      flush();
      label = opens;
    }
    originals.push(original);
    // A translation that carries its original again under it ("…（美国东部时间）\nThursday, April 24…"): only the translation.
    for (const other of others) {
      const own = other.split(/\n\s*\n|\n/).filter((p) => p.trim() !== '' && !original.includes(p.trim()));
      if (own.length > 0) translations.push(own.join('\n'));
    }
  }
  flush();
  return paragraphs;
}

function isTranslationPair(item: unknown): boolean {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
  const entries = Object.entries(item);
  return entries.length >= 2 && entries.every(([key, value]) => LANGUAGE_KEY.test(key) && typeof value === 'string');
}
