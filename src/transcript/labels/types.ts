// What a label convention recognises at the start of a line.

export type ConventionName = 'colon-labels' | 'us-honorific' | 'caps-period' | 'chinese' | 'addressed';

export interface ParsedLabel {
  /** As printed: "Wang Yi", "MS. SMITH", "Q", "新华社记者". */
  label: string;
  /** The rest of the line after the label and its separator. */
  body: string;
  /** A label that is a label by its form alone (Q, 问, 记者): no recurrence needed mid-paragraph. */
  selfEvident: boolean;
  /** A label that counts only if it recurs (a one-word capitals label could be a shouted word). */
  needsRecurrence: boolean;
  /** Numbered as minutes number their questions ("12、苏杰：…"): the one who asks it. */
  numbered?: boolean;
}

export interface LabelConvention {
  name: ConventionName;
  /** Reads a label at the start of a line, or null. Looks only at the first few dozen characters. */
  parse(line: string): ParsedLabel | null;
  /**
   * A cheap test that parse needs to pass (`start` is the line's leadingWhitespace): false means
   * parse returns null. Detection asks it of every line once, so a convention never parses the
   * lines it cannot read, and one that cannot beat the best so far is not run at all.
   */
  mayRead(line: string, start: number): boolean;
}

/** Labels are short: nothing past this many characters is looked at. */
export const LABEL_WINDOW = 90;

export function leadingWhitespace(text: string): number {
  let i = 0;
  while (i < text.length && i < LABEL_WINDOW) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000 && c !== 0xa0) break;
    i++;
  }
  return i;
}

/**
 * Where a label may start: after the line's white space and a Markdown list or quotation mark
 * ("* Q: …", "- **Ana Lima:** …", "> **Q:** …"), which is no part of the label or the words.
 */
export function labelStart(text: string): number {
  const start = leadingWhitespace(text);
  const c = text.charCodeAt(start);
  // ("| **问：…**": a reStructuredText line block, never a table's row, which has more bars.)
  const marker =
    c === 0x2d /* - */ ||
    c === 0x2a /* * */ ||
    c === 0x2b /* + */ ||
    c === 0x2022 /* • */ ||
    c === 0x3e /* > */ ||
    (c === 0x7c /* | */ && text.indexOf('|', start + 1) < 0);
  if (!marker) return start;
  const next = text.charCodeAt(start + 1);
  if (next !== 0x20 && next !== 0x09) return start;
  let i = start + 2;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i < text.length ? i : start;
}

/**
 * "Q — How many …?", "A – About one in ten.": the question's and the answer's marks set off by a dash, the words
 * opening with a capital ("Q — and when …", a question resumed after an interruption, keeps its dash).
 */
export const QA_DASH = /^[QA][ \t]*[—–][ \t]*(?=[^\s\p{Ll}])|^[QA][ \t]+-{1,2}[ \t]+(?=[^\s\p{Ll}])/u;

/** The "Q —" or "A —" label opening `text` (from the label's start), or null: the question's self-evident, the answer's where it recurs. */
export function qaDashLabel(text: string): ParsedLabel | null {
  const dashed = QA_DASH.exec(text.slice(0, 8));
  if (!dashed) return null;
  const asks = text.charCodeAt(0) === 0x51; /* Q */
  return label(asks ? 'Q' : 'A', text.slice(dashed[0].length), asks ? { selfEvident: true } : { needsRecurrence: true });
}

export function label(label: string, body: string, options: Partial<Pick<ParsedLabel, 'selfEvident' | 'needsRecurrence'>> = {}): ParsedLabel {
  return { label, body: body.trim(), selfEvident: options.selfEvident ?? false, needsRecurrence: options.needsRecurrence ?? false };
}

/** label(name, line.slice(from), options), the words trimmed by index: one string made, not two. */
export function labelFrom(name: string, line: string, from: number, options: Partial<Pick<ParsedLabel, 'selfEvident' | 'needsRecurrence'>> = {}): ParsedLabel {
  let start = from;
  let end = line.length;
  while (start < end && isWhiteSpace(line.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(line.charCodeAt(end - 1))) end--;
  return { label: name, body: line.slice(start, end), selfEvident: options.selfEvident ?? false, needsRecurrence: options.needsRecurrence ?? false };
}

/** The characters String.prototype.trim removes and \\s matches (white space and line terminators). */
export function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
