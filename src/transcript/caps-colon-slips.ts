// A document whose labels are a name in capitals and a period ("MICHELLE SMITH. Chris Rugaber.")
// where one label was typed with a colon instead ("CHRIS RUGABER: Thank you, …"): the slip is
// rewritten with the document's period, so the convention the document uses reads it too.
import type { SourceLine } from './types.ts';

// Two to four words in capitals (a name, perhaps an office), then the mark.
const CAPS_PERIOD = /^\s*[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z.'’-]*){1,3}\.\s+\S/;
const CAPS_COLON = /^(\s*[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z.'’-]*){1,3}):(\s+\S)/;
const MIN_PERIOD_LABELS = 5;
// A slip is rare: a document with many colon labels uses them, whatever else it prints.
const MAX_SLIP_SHARE = 0.2;

export function withCapsColonSlips(lines: SourceLine[]): SourceLine[] {
  let periods = 0;
  let colons = 0;
  for (const line of lines) {
    // Two capitals open the line (after its indent): settled by character code, no pattern, for most lines.
    const text = line.text;
    let at = 0;
    while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at++;
    const c = text.charCodeAt(at);
    const d = text.charCodeAt(at + 1);
    if (c < 0x41 || c > 0x5a || d < 0x41 || d > 0x5a) continue;
    // ("PRESS SEC. KAWAMURA:" is a colon label with an abbreviation in it.)
    if (CAPS_COLON.test(line.text)) colons++;
    else if (CAPS_PERIOD.test(line.text)) periods++;
  }
  if (colons === 0 || periods < MIN_PERIOD_LABELS || colons > periods * MAX_SLIP_SHARE) return lines;
  return lines.map((line) => {
    const m = line.text.includes(':') ? CAPS_COLON.exec(line.text) : null;
    return m ? { ...line, text: `${m[1]}.${m[2]}${line.text.slice(m[0].length)}` } : line;
  });
}
