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
  for (const raw of pieces) {
    const trimmed = raw.trim();
    const piece = options.collapseSpaces && hasExtraSpace(trimmed) ? trimmed.replace(EXTRA_SPACE, ' ') : trimmed;
    if (piece === '') continue;
    if (out !== '') out += joiner(out, piece);
    out += piece;
  }
  return out;
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
