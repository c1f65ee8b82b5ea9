// US government style: "MS. SMITH:", "SECRETARY BLINKEN:", "THE PRESIDENT:" in capitals,
// and anonymous reporters as "Q" followed by spaces (or "Q:" / "Q.").
import { isFieldLabel } from './words.ts';
import { label, labelStart, QA_DASH, qaDashLabel, type LabelConvention, type ParsedLabel } from './types.ts';

// Up to five capitalised words, each letters with dots, apostrophes or hyphens, then a colon.
// ("LeBRON JAMES", "McDONALD": a name's prefix keeps its small letter in capitals.)
const CAPS_LABEL = /^((?:Mc|Mac|Le|La|De|Di|Du)?\p{Lu}[\p{Lu}.'’-]*(?: (?:Mc|Mac|Le|La|De|Di|Du)?\p{Lu}[\p{Lu}.'’-]*){0,4}):(?=\s|$)/u;
const PREFIXED_CAPITALS = /^(?:Mc|Mac|Le|La|De|Di|Du)\p{Lu}{2}/u;

const ATTRIBUTED_Q = /^((?:Q|QUESTION|Question)\s?\([^()\n]{3,80}\)):(?=\s|$)/;

const OCR_COLON_LABEL = /^(\p{Lu}{2}[\p{Lu}'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,3})[;!](?= +\p{Lu})/u;

export const usHonorificLabels: LabelConvention = {
  name: 'us-honorific',
  parse(line: string): ParsedLabel | null {
    // "**THE PRESIDENT:** Thank you.": the label in bold, read as printed plain.
    const bold = boldLabelUnwrapped(line);
    if (bold !== null) return usHonorificLabels.parse(bold);
    const start = labelStart(line);
    if (!startsWithCapitals(line, start)) return null;
    const text = start > 0 ? line.slice(start, start + 120) : line.slice(0, 120);
    const rest = start > 0 ? line.slice(start) : line;
    const dashed = qaDashLabel(rest);
    if (dashed) return dashed;
    if (text.charCodeAt(0) === 0x51 /* Q */) {
      // "Q (Reuters):", "QUESTION (Agence Europe):": the question with its asker in brackets.
      const attributed = ATTRIBUTED_Q.exec(text);
      if (attributed) return label(attributed[1]!, rest.slice(attributed[0].length), { selfEvident: true });
      const q = questionMarker(text);
      if (q > 0) return label('Q', rest.slice(q), { selfEvident: true });
    }
    const match = CAPS_LABEL.exec(text);
    if (!match) {
      // OCR reads a label's colon as ";" or "!" ("DOWNER; Well, …"): the label counts where it recurs.
      const misread = OCR_COLON_LABEL.exec(text);
      return misread ? label(misread[1]!, rest.slice(misread[0].length), { needsRecurrence: true }) : null;
    }
    const name = match[1]!;
    if (!/\p{Lu}{2}/u.test(name) || LEAD_IN.test(name)) return null;
    const body = rest.slice(match[0].length);
    if (isFieldLabel(name, body)) return null;
    // "MS. SMITH:", "THE PRESIDENT:": two words in capitals and a colon are a label by their form.
    return label(name, body, { selfEvident: name.includes(' ') });
  },
  mayRead: (line: string, start: number) =>
    startsWithCapitals(line, start) || ((line.startsWith('**', start) || line.startsWith('__', start)) && startsWithCapitals(line, start + 2)),
};

// "**MS. LEE:**", "__THE PRESIDENT:__": capitals and a colon inside the emphasis, closed right after it.
const BOLD_CAPS_LABEL = /^(\s*)(\*\*|__)(\p{Lu}[\p{Lu}.'’ -]{0,60}:)\2(?=\s)/u;

/** The line with a bold label's emphasis taken off, or null when it opens with none. */
function boldLabelUnwrapped(line: string): string | null {
  const start = labelStart(line);
  if (line.charCodeAt(start) !== 0x2a && line.charCodeAt(start) !== 0x5f) return null;
  const m = BOLD_CAPS_LABEL.exec(line.slice(start));
  return m ? line.slice(0, start) + m[1]! + m[3]! + line.slice(start + m[0].length) : null;
}

/** "Q" or two capitals (or a capital and a dot, "MR."): the only ways a label here can start. */
export function startsWithCapitals(line: string, start: number): boolean {
  const a = line.charCodeAt(start);
  if (a === 0x51) return true;
  if (a === 0x41 && QA_DASH.test(line.slice(start, start + 6))) return true;
  const b = line.charCodeAt(start + 1);
  if (isCapital(a) && (isCapital(b) || b === 0x2e)) return true;
  return (a === 0x4c || a === 0x4d || a === 0x44) && PREFIXED_CAPITALS.test(line.slice(start, start + 6));
}

function isCapital(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch;
}

/** Length of a "Q" marker ("Q:", "Q.", "Q   ", "Q\t"), or 0 when the Q starts a word. */
export function questionMarker(text: string): number {
  const next = text.charAt(1);
  if (next === ':' || next === '.') return 2;
  if (next === '\t') return 2;
  // Text copied from a web page spaces "Q" with no-break spaces.
  if (next === ' ' || next === '\u00a0') {
    const after = text.charAt(2);
    if (after === ' ' || after === '\u00a0') return 2;
    // "Q Thank you" with one space: a marker only before a capital or a quote, or the dash of a
    // question resumed after an interruption ("Q — and when will it go to Congress?").
    if (/^[\p{Lu}"“'‘(\d—–]/u.test(text.charAt(2))) return 2;
  }
  if (text.length === 1) return 1;
  return 0;
}

// "AN INTERVIEW WITH:", "REMARKS BY:": words that lead in to a name on the next line, never a speaker.
const LEAD_IN = / (?:WITH|BY|OF|FOR|FROM|AND|TO|AT|THE|ON|IN)$/;
