// A static site's TOML front matter ("+++" lines around `key = value` fields, as Hugo writes it):
// the same fields as YAML front matter. Only what front matter holds is read: strings, bare
// values (dates, numbers) and one-line arrays of strings; a line of any other shape ends the
// attempt and the block stays text.
import type { SourceLine } from './types.ts';

const FENCE = /^\+\+\+\s*$/;
const FIELD = /^\s*([A-Za-z_][\w-]*)\s*=\s*(.*?)\s*$/;
const MAX_LINES = 200;

/** The fields of a "+++" block at the top and the index of its closing fence, or null. */
export function readTomlFields(lines: readonly SourceLine[]): { data: Record<string, unknown>; end: number } | null {
  if (lines.length === 0 || !FENCE.test(lines[0]!.text.replace(/^\uFEFF/, ''))) return null;
  const data: Record<string, unknown> = {};
  for (let i = 1; i < lines.length && i <= MAX_LINES; i++) {
    const text = lines[i]!.text;
    if (FENCE.test(text)) return { data, end: i };
    if (text.trim() === '' || text.trim().startsWith('#')) continue;
    const field = FIELD.exec(text);
    const value = field ? tomlValue(field[2]!) : undefined;
    if (value === undefined) return null;
    data[field![1]!] = value;
  }
  return null;
}

/** A basic or literal string, an array of them, or a bare value as printed; undefined for anything else. */
function tomlValue(raw: string): unknown {
  if (raw.startsWith('[')) {
    if (!raw.endsWith(']')) return undefined;
    const items = raw.slice(1, -1).trim();
    if (items === '') return [];
    const values = items.split(',').map((item) => tomlValue(item.trim()));
    return values.every((v) => typeof v === 'string') ? values : undefined;
  }
  const quoted = /^"((?:[^"\\]|\\.)*)"$|^'([^']*)'$/.exec(raw);
  if (quoted) return quoted[2] ?? quoted[1]!.replace(/\\(["\\])/g, '$1');
  return /^[\w:.+-]+$/.test(raw) ? raw : undefined;
}
