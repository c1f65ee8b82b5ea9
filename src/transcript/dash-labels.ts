// Labels set off with a dash instead of a colon: "The President — Well, I'm certainly not …",
// "MARA QUIST – We had a good week." (Q — is read as a question's mark already, types.ts QA_DASH.)
// A label the colon convention would read, printed so at the start of lines again and again, is given
// its colon, so the conventions read it as any other.
import { colonLabels } from './labels/colon.ts';
import type { SourceLine } from './types.ts';

// A short label, a spaced em or en dash, then the words.
const DASH_LABEL = /^([ \t]*)([^\s—–][^—–:]{0,38}?)[ \t]+[—–][ \t]+(?=\S)/u;
const MIN_USES = 2;
const MAX_WORDS = 4;

export function withDashLabels(lines: SourceLine[]): SourceLine[] {
  // Most documents have no dash near a line's start: settled by one look at each line.
  const uses = new Map<string, number>();
  for (const line of lines) {
    const dash = line.text.search(/[—–]/u);
    if (dash < 2 || dash > 42) continue;
    const m = DASH_LABEL.exec(line.text);
    if (m) uses.set(m[2]!, (uses.get(m[2]!) ?? 0) + 1);
  }
  // (A name and a firm before a dash and a post, "Kristen Fang Hon Hai Technology Group – Senior IR
  // Manager", is a call's label of another shape: a dash label is a name or an office, a few words.)
  const labels = new Set(
    [...uses]
      .filter(([label, n]) => n >= MIN_USES && label.length > 1 && label.split(/\s+/).length <= MAX_WORDS && colonLabels.parse(`${label}: …`) !== null)
      .map(([label]) => label),
  );
  if (labels.size === 0) return lines;
  return lines.map((line) => {
    const m = DASH_LABEL.exec(line.text);
    return m && labels.has(m[2]!) ? { ...line, text: `${m[1]}${m[2]}: ${line.text.slice(m[0].length)}` } : line;
  });
}
