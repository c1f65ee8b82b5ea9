// A page set as one long line (an OCR'd fax, a text layer that lost its line breaks): "… 15 Feb,
// 10.00am. Question: How did the talks go? Mr Vaile: The meeting …". A label the document uses at
// line starts, and more than once, found again right after a finished sentence inside such a
// line starts a turn of its own there.
import type { LabelDetection } from './labels/index.ts';
import type { ParagraphLines, SourceLine } from './types.ts';
import { isGivenName } from './first-names.ts';
import { isCapitalsLabel, TITLE_WORDS } from './labels/words.ts';

// Only lines this long are searched: a page's worth of words, not an ordinary paragraph line.
const LONG_LINE = 400;
const SENTENCE_END = /[.?!"”’)]\s*$/;

/** The paragraphs with every long line cut before each inline label, or null when there is none. */
export function splitInlineLabels(paragraphs: readonly ParagraphLines[], detection: LabelDetection): ParagraphLines[] | null {
  if (detection.convention === 'caps-period') return splitCapsPeriodLabels(paragraphs, new Set(detection.hits.map((hit) => hit.parsed.label.toUpperCase())));
  if (detection.convention === 'chinese') return splitAt(paragraphs, chineseBoldCuts);
  if (detection.convention !== 'colon-labels' && detection.convention !== 'us-honorific') return null;
  const counts = new Map<string, number>();
  for (const hit of detection.hits) counts.set(hit.parsed.label, (counts.get(hit.parsed.label) ?? 0) + 1);
  const labels = [...counts].filter(([label, n]) => n >= 2 && label.length >= 2).map(([label]) => `${label}:`);
  // A label printed once at a line start and again and again inside one long line: a conversation whose
  // breaks were lost after its first turn. The other speakers' labels there are read too (speakersRunOn).
  const runOn = labels.length === 0 ? labelsRunOn(paragraphs, [...counts.keys()]) : null;
  if (runOn) return splitAt(paragraphs, (text) => (text.length < LONG_LINE ? [] : speakersRunOn(text, runOn)));
  if (labels.length === 0) {
    const recurring = splitRecurringCapsLabels(paragraphs);
    if (recurring) return recurring;
  }
  // In bold, any label printed at a line start ("Q", a name used once there) is evidence enough.
  const boldLabels = [...counts.keys()].map((label) => `${label}:`);
  if (boldLabels.length === 0) return null;
  // The reporters' "Q" at line starts, no colon after it, and again inside long lines ("… Trey. Q Thanks, Sean."):
  // cut there too.
  const askers = counts.has('Q') && recurringQuestionMarks(paragraphs);
  return splitAt(paragraphs, (text) => (askers ? withQuestionMarkCuts(text, cutsIn(text, labels, boldLabels)) : cutsIn(text, labels, boldLabels)));
}

/** The labels printed once at a line start that come again, twice or more, after sentences inside long lines; null when none does. */
function labelsRunOn(paragraphs: readonly ParagraphLines[], once: readonly string[]): string[] | null {
  const found: string[] = [];
  for (const label of once) {
    if (label.length < 2) continue;
    let seen = 0;
    for (const paragraph of paragraphs) for (const line of paragraph) if (line.text.length >= LONG_LINE) seen += inlineCuts(line.text, [`${label}:`]).length;
    if (seen >= 2) found.push(`${label}:`);
  }
  return found.length > 0 ? found : null;
}

// "… look forward to your comments. Min Zhang (ST): Good afternoon …", "… would like to add? Minister Wong: The
// only thing …": in such a line, a name after a finished sentence, then its colon: an office or a given name
// first, or the outlet in brackets after it.
const RUN_ON_LABEL = /(?<=[.?!]["”’)]?[ \t]+)(\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,3})([ \t]\(\p{Lu}[\p{L}&.' -]{0,40}\))?:[ \t]+(?=\S)/gu;

function speakersRunOn(text: string, labels: readonly string[]): number[] {
  const cuts = new Set(inlineCuts(text, labels));
  for (const m of text.matchAll(RUN_ON_LABEL)) {
    const first = m[1]!.split(/[ \t]/, 1)[0]!.toLowerCase();
    if (m[2] || (m[1]!.includes(' ') && (TITLE_WORDS.has(first) || isGivenName(first)))) cuts.add(m.index);
  }
  return [...cuts].sort((a, b) => a - b);
}

// "…without any further delay.   JOURNALIST: What will … ?   ROWLAND: Well, …": a page whose paragraphs
// lost their breaks (a wide gap or a finished sentence between them), labelled in capitals and a colon
// that never open a line. A name's label may carry the speaker's posts the first time
// ("MICHELLE ROWLAND, SHADOW MINISTER FOR CITIZENSHIP:").
const CAPS_COLON_LABEL = String.raw`(\p{Lu}[\p{Lu}'’.-]+(?:[ \t\u00a0]\p{Lu}[\p{Lu}'’.-]+){0,3})(?:,[ \t\u00a0][\p{Lu}\d ,'’&.\u00a0-]{2,160}?)?:[ \t\u00a0]`;
const INLINE_CAPS_COLON = new RegExp(String.raw`(?<=[.?!]["”’)]?[ \t\u00a0]+|[ \t\u00a0]{3})` + CAPS_COLON_LABEL, 'gu');
// (A label that recurs so may also follow a question broken off: "… and that -- MR. SPICER: Hold on.")
const INLINE_CAPS_COLON_AFTER_DASH = new RegExp(String.raw`(?<=--[ \t\u00a0]+)` + CAPS_COLON_LABEL, 'gu');
// Two labels at least, each found twice: a conversation, not a heading's or a note's capitals.
const MIN_RECURRING_LABELS = 2;

/** The paragraphs cut before each inline capitals label that recurs in long lines, or null when there is no conversation so set. */
export function splitRecurringCapsLabels(paragraphs: readonly ParagraphLines[]): ParagraphLines[] | null {
  const counts = new Map<string, number>();
  for (const paragraph of paragraphs)
    for (const line of paragraph)
      if (line.text.length >= LONG_LINE) for (const m of line.text.matchAll(INLINE_CAPS_COLON)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const recurring = new Set([...counts].filter(([, n]) => n >= 2).map(([label]) => label));
  if (recurring.size === 0) return null;
  // One official's label and the reporters' "Q" again and again is a conversation too.
  const askers = recurringQuestionMarks(paragraphs);
  if (recurring.size < MIN_RECURRING_LABELS && !askers) return null;
  // "MICHELLE ROWLAND" opens a turn where "ROWLAND" recurs.
  const opens = (label: string) => recurring.has(label) || recurring.has(label.split(/[ \t\u00a0]/).pop()!);
  return splitAt(paragraphs, (text) => {
    const cuts =
      text.length < LONG_LINE
        ? []
        : [...text.matchAll(INLINE_CAPS_COLON), ...text.matchAll(INLINE_CAPS_COLON_AFTER_DASH)]
            .filter((m) => opens(m[1]!))
            .map((m) => m.index)
            .sort((a, b) => a - b);
    return askers ? withQuestionMarkCuts(text, cuts) : cuts;
  });
}

/** The cuts with one before each inline "Q" (in a line of any length: the document prints them so). */
function withQuestionMarkCuts(text: string, cuts: readonly number[]): number[] {
  if (!text.includes('Q', 1)) return [...cuts];
  return [...new Set([...cuts, ...[...text.matchAll(INLINE_QUESTION_MARK)].map((m) => m.index)])].sort((a, b) => a - b);
}

// "…some questions.  John Roberts. Q The removal …? MR. SPICER: Well, …": the Presidency Project's "Q", no
// colon, run into one line with the official's capitals labels. After a finished sentence, a sentence broken
// off ("-- Q But --") or a wide gap, before a capital, "(Inaudible)" or a question broken off ("Q -- ask real quick").
const INLINE_QUESTION_MARK = /(?<=[.?!]["”’)]?[ \t\u00a0]+|--[ \t\u00a0]+|[ \t\u00a0]{2})Q[.:]?[ \t\u00a0]+(?=["“‘(]?\p{Lu}|--)/gu;

/** Whether long lines hold such a "Q" again and again: a reporters' mark, not a letter in a sentence. */
function recurringQuestionMarks(paragraphs: readonly ParagraphLines[]): boolean {
  let seen = 0;
  for (const paragraph of paragraphs)
    for (const line of paragraph) {
      if (line.text.length < LONG_LINE) continue;
      for (const _ of line.text.matchAll(INLINE_QUESTION_MARK)) if (++seen >= MIN_QUESTION_MARKS) return true;
    }
  return false;
}
const MIN_QUESTION_MARKS = 3;

/** The paragraphs with each line cut where `cuts` says a turn begins, or null when it says nowhere. */
function splitAt(paragraphs: readonly ParagraphLines[], cutsOf: (text: string) => number[]): ParagraphLines[] | null {
  let changed = false;
  const out: ParagraphLines[] = [];
  for (const paragraph of paragraphs) {
    let current: SourceLine[] = [];
    for (const line of paragraph) {
      const cuts = cutsOf(line.text);
      if (cuts.length === 0) {
        current.push(line);
        continue;
      }
      changed = true;
      let from = 0;
      for (const cut of cuts) {
        // (An italic question's closing star, where the answer's bold label opens: "…?*" + "**Quist:**".)
        const italicClose = line.text.charAt(cut - 1) === '*' && line.text.startsWith('**', cut);
        const piece = line.text.slice(from, italicClose ? cut - 1 : cut);
        if (piece.trim() !== '') current.push({ ...line, text: piece });
        if (current.length > 0) out.push(current);
        current = [];
        from = cut;
      }
      current.push({ ...line, text: line.text.slice(from) });
    }
    if (current.length > 0) out.push(current);
  }
  return changed ? out : null;
}

function cutsIn(text: string, labels: readonly string[], boldLabels: readonly string[]): number[] {
  // A label ends a short line ("…own? Prime Minister:"), or follows a sentence before the line's first colon
  // ("ours. Question: On the …") or after the line's own label ("Q: … said. ANSWER: …"); a line with one colon,
  // its own label's, holds no other.
  const plain =
    labels.length === 0
      ? []
      : text.length >= LONG_LINE || sentenceBeforeColon(text) || text.indexOf(': ', text.indexOf(': ') + 2) > 0
        ? inlineCuts(text, labels)
        : text.endsWith(':')
          ? endCut(text, labels)
          : // "…could have got out of PM: No.": a label in capitals inside a short line, a capital after it.
            text.indexOf(': ', 1) > 0
            ? inlineCuts(text, labels, true)
            : [];
  const bold = text.includes('**', 2) ? boldCuts(text, boldLabels) : [];
  if (bold.length === 0) return plain;
  return [...new Set([...plain, ...bold])].sort((a, b) => a - b);
}

// (A web page's no-break space after a colon is a plain one by now: import.ts withPlainSpaceAfterColons.)
function sentenceBeforeColon(text: string): boolean {
  const colon = text.indexOf(': ');
  return colon > 0 && SENTENCE_INSIDE.test(text.slice(0, colon));
}

const SENTENCE_INSIDE = /[.?!]["”’)]?[ \t]+\S/;

/**
 * "…their own? Prime Minister:": a typescript's line that ends in a label the document uses (its words
 * on the next line), after a finished sentence: the label's start.
 */
function endCut(text: string, labels: readonly string[]): number[] {
  for (const label of labels) {
    const at = text.length - label.length;
    if (at > 1 && text.endsWith(label) && text.charAt(at - 1) === ' ' && SENTENCE_END.test(text.slice(0, at))) return [at];
  }
  return [];
}

/**
 * Where, after a finished sentence, one of the labels and a space begin. A label in capitals needs no
 * sentence before it where a capital opens the words after it: "…what was his reaction to what PM: Well, I
 * think …", "JOURNALIST: PM: I have been around …" (a question cut off, or not caught, as a typist prints it).
 */
function inlineCuts(text: string, labels: readonly string[], capitalsOnly = false): number[] {
  const cuts: number[] = [];
  for (const label of labels) {
    const capitals = isCapitalsLabel(label);
    if (capitalsOnly && !capitals) continue;
    for (let at = text.indexOf(label, 1); at >= 0; at = text.indexOf(label, at + label.length)) {
      const after = text.charAt(at + label.length);
      // (A web page's no-break space after the colon is a space.)
      if (after !== ' ' && after !== '\t' && after !== '\u00a0') continue;
      // "…and another one on theSECRETARY GEITHNER:  Let me …": a question cut off, the official's label run into its last word.
      const glued = capitals && label.includes(' ') && /\p{Ll}/u.test(text.charAt(at - 1));
      if (/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) && !glued) continue;
      const before = text.slice(Math.max(0, at - 3), at);
      if (
        glued ||
        (!capitalsOnly && (SENTENCE_END.test(before) || (capitals && BROKEN_OFF.test(before)))) ||
        (capitals && CAPITAL_AFTER.test(text.slice(at + label.length, at + label.length + 4)) && SPOKEN_BEFORE.test(text.slice(0, at)))
      )
        cuts.push(at);
    }
  }
  return cuts.sort((a, b) => a - b);
}

const CAPITAL_AFTER = /^[ \t]+\p{Lu}/u;
// Words or a label before it: never the end of the line's own label ("PRESIDENTIAL SPOKESPERSON DELACRUZ:").
const SPOKEN_BEFORE = /[\p{Ll}:]/u;

/**
 * "… Dave (off microphone).**Q:** Hi." and "(Laughter)** Hon. Jo Bloggs:** Good!": a label the
 * document prints in bold at line starts, glued after a finished sentence. Bold marks it as a
 * label, so a line of any length is cut there.
 */
function boldCuts(text: string, labels: readonly string[]): number[] {
  const cuts: number[] = [];
  // Read only where a bold run after a sentence is no label otherwise.
  let recurring: string[] | null = null;
  for (let at = text.indexOf('**', 2); at >= 0; at = text.indexOf('**', at + 2)) {
    // "*PE: How has it changed?***Rizzo:** Over the …": an italic question closes where the answer's bold label
    // opens; the switch from italics to bold is the label's mark.
    if (
      text.startsWith('***', at) &&
      SENTENCE_END.test(text.slice(Math.max(0, at - 3), at)) &&
      NAME_THEN_BOLD_COLON.test(text.slice(at + 3, at + 3 + LABEL_REACH))
    ) {
      cuts.push(at + 1);
      at++;
      continue;
    }
    // (Or a question broken off with a dash: "… about the ferries --** SECRETARY FENN:** What number …".)
    const before = text.slice(Math.max(0, at - 3), at);
    if (!SENTENCE_END.test(before) && !BROKEN_OFF.test(before)) continue;
    // A web page may print a no-break space inside the label ("Sec.\u00a0Yellen").
    const rest = text
      .slice(at + 2, at + 2 + LABEL_REACH)
      .trimStart()
      .replace(/\s+/g, ' ');
    // Or a name in capitals and its colon, set in bold, that never opens a line ("…?** SEC. YELLEN:** Well,").
    if (
      labels.some((label) => rest.startsWith(`${label}**`) || rest.startsWith(`${label.replace(/:$/, '')}**:`)) ||
      BOLD_CAPITALS_LABEL.test(rest) ||
      (NAME_THEN_BOLD_COLON.test(rest) && (recurring ??= recurringBoldLabels(text)).some((label) => rest.startsWith(label)))
    )
      cuts.push(at);
  }
  return cuts;
}

const LABEL_REACH = 60;

// "…Thank you.** Secretary Yellen:** So, …" again and again in a Q&A run into one line: a name in bold with
// its colon, two to four capitalised words, glued after sentences at least twice, is a label.
const BOLD_NAME_LABEL = /(?<=[.?!]["”’)]?\s*)\*\*\s*(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}:\*\*)/gu;

// What a recurring bold name label starts with: a capital, a few words, the colon and the bold's close.
const NAME_THEN_BOLD_COLON = /^\p{Lu}[^:*]{1,50}:\*\*/u;

function recurringBoldLabels(text: string): string[] {
  const seen = new Map<string, number>();
  for (const m of text.matchAll(BOLD_NAME_LABEL)) seen.set(m[1]!, (seen.get(m[1]!) ?? 0) + 1);
  return [...seen].filter(([, n]) => n >= 2).map(([label]) => label);
}
const BROKEN_OFF = /(?:--|[—–])\s*$/;

// "…这是为什么？**达巍：**美国人…": a Chinese answerer's name and colon in bold, glued to the question's end;
// Its bold may close before the colon ("？**达巍****： 2008年以后").
// A name is two to four characters ("。”**随后话锋一转：**“…" is the writer's words), or a foreign name
// written with its dot ("？**克里斯托弗·杰默：**").
const CHINESE_BOLD_LABEL = /(?<=[？?！!。」”])\*\*(?:[\p{Script=Han}·]{2,4}|\p{Script=Han}{1,6}·\p{Script=Han}{1,6}(?:·\p{Script=Han}{1,6})?)(?:\*\*)*[：:]/gu;

function chineseBoldCuts(text: string): number[] {
  if (!text.includes('**', 2)) return [];
  return [...text.matchAll(CHINESE_BOLD_LABEL)].map((m) => m.index);
}
const BOLD_CAPITALS_LABEL = /^\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){1,3}:\*\*/u;

// "… as I said. CHAIR POWELL. Yes.", "Nancy. NANCY MARSHALL- GENZER. Hi, Chair Powell.": in a document labelled by
// capitals and a period, two to four words in capitals and a period after a finished sentence open a turn
// (a text layer's "MARSHALL- GENZER" joined again).
const INLINE_CAPS_LABEL =
  /(?<=[.?!]["”’)]?[ \t]+)(\p{Lu}[\p{Lu}'’]+(?:-[ \t]?\p{Lu}[\p{Lu}'’]+)?(?:[ \t]+\p{Lu}[\p{Lu}'’]+(?:-[ \t]?\p{Lu}[\p{Lu}'’]+)?){1,3})\.[ \t]+(?=\S)/gu;

const CAPITALS_AFTER_SENTENCE = /[.?!]["”’)]?[ \t]+\p{Lu}\p{Lu}/u;

function splitCapsPeriodLabels(paragraphs: readonly ParagraphLines[], labels: ReadonlySet<string>): ParagraphLines[] | null {
  let changed = false;
  const out: ParagraphLines[] = [];
  for (const paragraph of paragraphs) {
    let current: SourceLine[] = [];
    for (const line of paragraph) {
      // Most lines hold no sentence's end followed by two capitals: settled by one plain pattern.
      if (!CAPITALS_AFTER_SENTENCE.test(line.text)) {
        current.push(line);
        continue;
      }
      let from = 0;
      let text = line.text;
      for (const m of line.text.matchAll(INLINE_CAPS_LABEL)) {
        // A label the document prints at line starts, or a name ("NANCY …", "MS. …"): not a heading's capitals.
        const first = m[1]!.split(/[ \t-]/, 1)[0]!;
        if (!labels.has(m[1]!) && !isGivenName(first) && !TITLE_WORDS.has(first.toLowerCase())) continue;
        const piece = text.slice(from, m.index);
        if (piece.trim() !== '') current.push({ ...line, text: piece });
        if (current.length > 0) out.push(current);
        current = [];
        changed = true;
        from = m.index;
      }
      text = line.text.slice(from);
      // "MARSHALL- GENZER.": the hyphen a text layer broke the name at, joined again.
      current.push({ ...line, text: from > 0 ? text.replace(/^([^.]*?)-[ \t](?=\p{Lu})/u, '$1-') : text });
    }
    if (current.length > 0) out.push(current);
  }
  return changed ? out : null;
}
