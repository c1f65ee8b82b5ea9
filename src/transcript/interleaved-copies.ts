// A call's text as a translation tool lays it out for reading: every paragraph numbered and tagged,
// its machine translation under it, and often the original once more, plain or after "原文：":
//
//   [107] [EN] Operator:And our first question comes from the line of Keith Weiss …
//          [中] 接线员：我们的第一个问题来自摩根士丹利的 Keith Weiss 的线路。
//   Operator:And our first question comes from the line of Keith Weiss …
//
// Read as the transcript it is: the tags off, the translation a paragraph of the same turn (its own
// translated label dropped, the original's says who speaks), the repeated original gone, and the tool's
// rules and count of paragraphs ("共 172 段中英对照") with it. Read before a publisher's furniture is
// looked for, so its footers are found as the page prints them.
import type { SourceLine } from './types.ts';

const ORIGINAL = /^\s*\[\s*\d{1,4}\s*\]\s*\[EN\]\s?/;
const TRANSLATION = /^\s*\[中\]\s?/;
const REPEATED = /^\s*(?:原文[：:]\s*)?/;
// The label the translation gives the speaker: "接线员：", "基思·韦斯：", "Sanjit Singh:".
const TRANSLATED_LABEL = /^[^：:。，？！\s]{1,24}[：:]\s*/u;
const LABELLED = /^[^：:。，？！]{1,60}?[：:]/u;
const TOOLS_LINE = /^\s*(?:[=─━]{10,}|共\s*\d+\s*段中英对照)\s*$/u;
const MIN_TAGGED = 3;

export function withInterleavedCopiesRead(lines: SourceLine[]): SourceLine[] {
  let originals = 0;
  let translations = 0;
  for (const line of lines) {
    if (line.text.includes('[EN]') && ORIGINAL.test(line.text)) originals++;
    else if (line.text.includes('[中]') && TRANSLATION.test(line.text)) translations++;
    if (originals >= MIN_TAGGED && translations >= MIN_TAGGED) break;
  }
  if (originals < MIN_TAGGED || translations < MIN_TAGGED) return lines;
  const out: SourceLine[] = [];
  let original: string | null = null;
  let labelled = false;
  // A label or a heading on its own ("Operator", "Jimmy Sexton--Head of Investor Relations") is given once, as printed.
  let alone = false;
  for (const line of lines) {
    const text = line.text;
    if (ORIGINAL.test(text)) {
      original = text.replace(ORIGINAL, '').trim();
      labelled = LABELLED.test(original);
      alone = isLabelOrHeading(original);
      out.push({ ...line, text: '' }, { ...line, text: original });
    } else if (TRANSLATION.test(text)) {
      if (alone) {
        out.push({ ...line, text: '' });
        continue;
      }
      const translated = text.replace(TRANSLATION, '').trim();
      out.push({ ...line, text: '' }, { ...line, text: labelled ? translated.replace(TRANSLATED_LABEL, '') : translated });
    } else if (TOOLS_LINE.test(text) || (original !== null && text.trim() !== '' && text.replace(REPEATED, '').trim() === original)) {
      out.push({ ...line, text: '' });
    } else out.push(line);
  }
  return out;
}

const ENDS_SENTENCE = /[.?!:;,。？！：；，"”’)]\s*$/u;
const MAX_LABEL_CHARS = 80;
const MAX_LABEL_WORDS = 10;

/** A few words that end no sentence: a speaker's label or a section's heading, not speech to translate. */
function isLabelOrHeading(text: string): boolean {
  if (text.length > MAX_LABEL_CHARS || ENDS_SENTENCE.test(text)) return false;
  const words = text.split(/\s+/);
  // ("Thank you", said and not printed as a label, is speech: every word of a label or heading is capitalised.)
  return words.length <= MAX_LABEL_WORDS && words.every((word) => LABEL_WORD.test(word));
}

// "Sridhar", "Ramaswamy--Chief", "--", "Analyst", "and", "of": a word of a name, a post or a heading.
const LABEL_WORD = /^\(?(?:[-–—]+|&|and|of|the|for|\p{Lu}[\p{L}\d.'’&-]*(?:[-–—]+\p{Lu}?[\p{L}\d.'’&-]*)*)[,)]?$/u;
