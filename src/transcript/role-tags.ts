// A data set's role tags before the speakers' labels: "[Analyst] Joe Moore, Morgan Stanley: …",
// "[CEO] Jensen Huang: …", "[IR] Toshiya Hari: …". The tag is the data set's note of the speaker's part,
// not printed by the call's transcript; taken off, the label under it is read as any other.
import type { SourceLine } from './types.ts';

// A tag of one to three words in brackets, then a label of up to eight words and its colon.
const TAGGED_LABEL = /^([ \t]*)\[([A-Za-z][A-Za-z&/ .-]{0,30})\][ \t]+(?=[^\s:[\]][^:[\]\n]{0,80}:[ \t])/;
// Tags on so many lines, two kinds at least: the data set's scheme, not a bracketed aside.
const MIN_TAGGED_LINES = 3;

/** The lines with their role tags taken off, or the lines as they are. */
export function withRoleTagsOff(lines: SourceLine[]): SourceLine[] {
  let tagged = 0;
  const tags = new Set<string>();
  for (const line of lines) {
    if (line.text.charCodeAt(line.text.search(/\S/)) !== 0x5b) continue;
    const m = TAGGED_LABEL.exec(line.text);
    if (!m) continue;
    tagged++;
    tags.add(m[2]!.toLowerCase());
  }
  if (tagged < MIN_TAGGED_LINES || tags.size < 2) return lines;
  const out: SourceLine[] = [];
  for (const line of lines) {
    const m = line.text.startsWith('[') || line.text.startsWith(' ') || line.text.startsWith('\t') ? TAGGED_LABEL.exec(line.text) : null;
    out.push(m ? { ...line, text: m[1]! + line.text.slice(m[0].length) } : line);
  }
  return out;
}
