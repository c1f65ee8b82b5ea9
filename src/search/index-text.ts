// What the full-text index sees of a turn's text in one language: `body`, the text with Chinese cut
// into space-separated words (phrases and ranking use it), and `extra`, the dictionary words found
// inside longer Chinese words (so 中美 finds 中美关系). The FTS5 table is contentless: snippets are
// made from the stored turn text, so this derived text is never shown.
import { cutWords, HAN_RUN, hasHan, innerWords } from './segment.ts';

export interface IndexText {
  body: string;
  extra: string;
}

/** NFKC folds full-width letters and digits (ＷＴＯ, １２) into the forms people type. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC');
}

/** The text with every run of Han characters replaced by its words separated by spaces. */
export function segmentedText(text: string): string {
  const normal = normalizeText(text);
  return hasHan(normal) ? normal.replace(HAN_RUN, (run) => ` ${cutWords(run).join(' ')} `) : normal;
}

export function indexText(text: string): IndexText {
  const body = segmentedText(text);
  if (!hasHan(body)) return { body, extra: '' };
  const extra = (normalizeText(text).match(HAN_RUN) ?? []).flatMap(innerWords);
  return { body, extra: extra.join(' ') };
}

let last: { text: string; value: IndexText } | null = null;

/**
 * The SQL function presser_search_text(text, part): the index triggers ask for `body` and then
 * `extra` of the same text, so the last result is kept to segment each text once.
 */
export function searchTextPart(text: unknown, part: unknown): string {
  if (typeof text !== 'string') return '';
  if (last?.text !== text) last = { text, value: indexText(text) };
  return part === 'extra' ? last.value.extra : last.value.body;
}
