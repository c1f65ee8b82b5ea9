// "AmanpourTell me how you navigate …": a label the document prints with its colon time and again,
// once run into the first word of a turn with the colon and the space lost (a scrape's slip). A
// lower-case letter and a capital side by side open no word of English, so where the document's own
// label stands so at the start of a paragraph, it is that label: read as "Amanpour: Tell me …".
import type { LabelDetection } from './labels/index.ts';
import type { ParagraphLines } from './types.ts';

// The label printed with its colon this often at least: a speaker's, not a word that opens a line once.
const MIN_USES = 2;

/** The paragraphs with each such run-together label given its colon back, or null when there is none. */
export function withColonlessLabels(paragraphs: readonly ParagraphLines[], detection: LabelDetection): ParagraphLines[] | null {
  if (detection.convention !== 'colon-labels') return null;
  const uses = new Map<string, number>();
  for (const hit of detection.hits) uses.set(hit.parsed.label, (uses.get(hit.parsed.label) ?? 0) + 1);
  // Labels ending in a lower-case letter ("Amanpour", "Christiane Amanpour"): a capital after one opens the next word.
  const labels = [...uses].filter(([label, n]) => n >= MIN_USES && /\p{Ll}$/u.test(label)).map(([label]) => label);
  if (labels.length === 0) return null;
  let changed = false;
  const out = paragraphs.map((paragraph) => {
    const first = paragraph[0];
    if (first === undefined) return paragraph;
    const text = first.text.trimStart();
    const label = labels.find((l) => text.startsWith(l) && /^\p{Lu}\p{Ll}/u.test(text.slice(l.length, l.length + 2)));
    if (label === undefined) return paragraph;
    changed = true;
    return [{ ...first, text: `${label}: ${text.slice(label.length)}` }, ...paragraph.slice(1)];
  });
  return changed ? out : null;
}
