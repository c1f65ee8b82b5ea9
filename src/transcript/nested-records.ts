// Utterance records kept inside a tree rather than in one list, as a parser's regression data keeps a
// call grouped by analyst ({ analyst: { "Harshit Patel": { analyst_company: "…", dialogue: [{ dialogue, speaker }] } } }):
// every list of records that say who spoke and what, in the document's order, and the firm each
// group's key names beside its list. Read from JSON, or from YAML (a text that opens as a YAML mapping).
import { yamlLibrary } from './lazy-libraries.ts';

const MAX_DEPTH = 6;
const MIN_RECORDS = 4;
// "analyst_company", "firm", "organisation": the field naming the firm a person asks for.
export const FIRM_KEY = /company|firm|organi[sz]ation|affiliation|outlet|employer/i;

export interface NestedRecords {
  records: Record<string, unknown>[];
  /** "Harshit Patel – Equirus Securities": each group's key and the firm printed beside its records. */
  firms: string[];
}

/** The records found anywhere in the tree, in order, or null when there are too few. */
export function nestedRecords(parsed: unknown, speakerKeys: readonly string[], textKeys: readonly string[]): NestedRecords | null {
  const found: NestedRecords = { records: [], firms: [] };
  const isRecord = (item: unknown): item is Record<string, unknown> => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
    const keys = Object.keys(item).map((k) => k.toLowerCase());
    return speakerKeys.some((k) => keys.includes(k)) && textKeys.some((k) => keys.includes(k));
  };
  const walk = (node: unknown, key: string | null, depth: number): void => {
    if (depth > MAX_DEPTH || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      if (node.length > 0 && node.every(isRecord)) found.records.push(...node);
      else for (const item of node) walk(item, null, depth + 1);
      return;
    }
    const entries = Object.entries(node);
    const firm = entries.find(([k, v]) => FIRM_KEY.test(k) && typeof v === 'string' && v.trim() !== '');
    if (key && firm) found.firms.push(`${key} – ${(firm[1] as string).trim()}`);
    for (const [k, v] of entries) walk(v, k, depth + 1);
  };
  walk(parsed, null, 0);
  return found.records.length >= MIN_RECORDS ? found : null;
}

// A YAML mapping's first key alone on its line, then a nested line: "analyst:" over "  Harshit Patel:".
const YAML_OPENING = /^\uFEFF?[\w .-]{1,60}:[ \t]*\r?\n[ \t]+(?:- )?[\w .'-]{1,60}:/;

/** The text parsed as YAML where it opens as a nested mapping, else null. */
export function parsedYaml(text: string): unknown {
  if (!YAML_OPENING.test(text.slice(0, 300))) return null;
  try {
    return yamlLibrary().parse(text, { logLevel: 'error' });
  } catch {
    return null;
  }
}
