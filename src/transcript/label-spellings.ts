// One person under two spellings of their label: "CoachReyes" (a title run into the surname, as
// some transcribers print it) and "Reyes" are one speaker. The glued title is split off so the
// label reads "Coach Reyes", which the cast then merges with "Reyes".
import { TITLE_WORDS } from './labels/words.ts';

// Titles of sport and business that also precede a name, besides the offices of TITLE_WORDS.
const MORE_TITLES = new Set(['coach', 'manager', 'skipper', 'referee', 'commissioner', 'ceo', 'cfo']);
const GLUED = /^(\p{Lu}\p{Ll}+\.?)(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{Ll}'’-]+)?)$/u;

/** "CoachReyes" → "Coach Reyes"; any other label as it is. */
/** A title printed before a name: the label words' titles and a few of sport and business. */
export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase();
  return TITLE_WORDS.has(w) || MORE_TITLES.has(w);
}

export function withGluedTitleSplit(label: string): string {
  const m = GLUED.exec(label);
  if (!m) return label;
  return isTitleWord(m[1]!) ? `${m[1]} ${m[2]}` : label;
}

/** The last word of a label, for telling two spellings of one speaker: "CoachReyes", "Reyes" → "reyes". */
export function surnameKey(label: string): string {
  const words = withGluedTitleSplit(label.trim().replace(/[.:]+$/, '')).split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase();
}
