// "AmanpourTell me how you navigate …": a label the document prints with its colon time and again,
// once run into the first word of a turn with the colon and the space lost (a scrape's slip). A
// lower-case letter and a capital side by side open no word of English, so where the document's own
// label stands so at the start of a paragraph, it is that label: read as "Amanpour: Tell me …". So is
// the label where its colon's place was left blank ("Journalist \u00a0Mr Keating, …") or where a question
// opens right after it ("Journalist What is …", the colon lost with the bold around the label).
import type { LabelDetection } from './labels/index.ts';
import type { ParagraphLines } from './types.ts';

// "Journalist \u00a0Mr Keating, …": the colon's place left as a wide or no-break space; "Journalist What is …":
// a question opening right after the label (its colon lost with its bold).
const WIDE_GAP = /^(?:[ \t]*\u00a0|[ \t]{2,})\s*\p{Lu}/u;
const QUESTION_OPENS = /^ (?:What|How|Why|When|Where|Who|Which|Is|Are|Do|Does|Did|Can|Could|Will|Would|Should|Have|Has)\b/;

/** What follows the label at a paragraph's start shows the colon was lost: run into the next word, a wide gap, a question. */
function lostItsColon(rest: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(rest) || WIDE_GAP.test(rest) || QUESTION_OPENS.test(rest);
}

const EMPHASIS_AROUND = /^(?:\*\*|__)(.+)(?:\*\*|__)$/;

// The label printed with its colon this often at least: a speaker's, not a word that opens a line once.
const MIN_USES = 2;

/** The paragraphs with each such run-together label given its colon back, or null when there is none. */
export function withColonlessLabels(paragraphs: readonly ParagraphLines[], detection: LabelDetection): ParagraphLines[] | null {
  if (detection.convention !== 'colon-labels' && detection.convention !== 'us-honorific') return null;
  const uses = new Map<string, number>();
  for (const hit of detection.hits) uses.set(hit.parsed.label, (uses.get(hit.parsed.label) ?? 0) + 1);
  // Labels ending in a lower-case letter ("Amanpour", "Christiane Amanpour"): a capital after one opens the next word.
  const labels =
    detection.convention === 'colon-labels' ? [...uses].filter(([label, n]) => n >= MIN_USES && /\p{Ll}$/u.test(label)).map(([label]) => label) : [];
  // "**PRIME MINISTER**" alone over the words, where "PRIME MINISTER:" is printed too and another label recurs.
  const alone = [...uses.values()].some((n) => n >= MIN_USES) ? new Set(uses.keys()) : new Set<string>();
  if (labels.length === 0 && alone.size === 0) return null;
  let changed = false;
  // (Only among the turns: above the first label, "PRIME MINISTER" alone is a letterhead.)
  const firstLabelled = detection.hits[0]?.paragraph ?? paragraphs.length;
  const out = paragraphs.map((paragraph, p) => {
    const first = paragraph[0];
    if (first === undefined) return paragraph;
    const text = first.text.trimStart();
    const bare = paragraph.length === 1 && p > firstLabelled ? text.replace(EMPHASIS_AROUND, '$1').trim() : '';
    if (alone.has(bare)) {
      changed = true;
      return [{ ...first, text: `${bare}:` }];
    }
    const label = labels.find((l) => text.startsWith(l) && lostItsColon(text.slice(l.length)));
    if (label === undefined) return paragraph;
    changed = true;
    return [{ ...first, text: `${label}: ${text.slice(label.length).trimStart()}` }, ...paragraph.slice(1)];
  });
  return changed ? out : null;
}
