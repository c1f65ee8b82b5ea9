// A paragraph's lines become one line: joined with single spaces, except between CJK
// characters (Chinese is written without spaces) and after a dash or a kept hyphen.
import { isCjkChar } from '../chars.ts';
import { endsWithSplit } from './evidence.ts';

const EXTRA_SPACE = /[ \t\u00a0]{2,}|\t|\u00a0/g;

export interface ReflowOptions {
  /** Collapse runs of spaces inside lines (clean mode). */
  collapseSpaces: boolean;
}

export function reflow(pieces: readonly string[], options: ReflowOptions): string {
  let out = '';
  // The joiner looks at the end of the piece before, never at `out`: reading a string being
  // built by concatenation would flatten it again for every line.
  let previous = '';
  for (const raw of pieces) {
    const piece = options.collapseSpaces ? collapseSpaces(raw) : raw.trim();
    if (piece === '') continue;
    if (previous !== '') out += joiner(previous, piece);
    out += piece;
    previous = piece;
  }
  return out;
}

/** The line trimmed, with each run of spaces, tabs and no-break spaces made one space. */
export function collapseSpaces(line: string): string {
  const trimmed = line.trim();
  return hasExtraSpace(trimmed) ? trimmed.replace(EXTRA_SPACE, ' ') : trimmed;
}

function joiner(before: string, after: string): string {
  const last = before.charCodeAt(before.length - 1);
  if (isCjkChar(last) && isCjkChar(after.charCodeAt(0))) return '';
  if (last === 0x2014 || ((last === 0x2d || last === 0xad) && endsWithSplit(before))) return '';
  return ' ';
}

function hasExtraSpace(text: string): boolean {
  return text.includes('  ') || text.includes('\t') || text.includes('\u00a0');
}
