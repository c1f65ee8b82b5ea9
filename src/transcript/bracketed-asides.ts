// A talk's transcript where only the audience is labelled, each intervention a bracketed line of its
// own ("[Audience member: Why not a ring buffer?]"), the speaker's words unlabelled around them. Each
// such line becomes a question set apart ("**Audience member: …**"), so the plain paragraphs under it
// are the answer (unlabelled-answers.ts), given to the speaker the page names.
import type { SourceLine } from './types.ts';

const BRACKETED_TURN = /^\s*\[([A-Za-z][A-Za-z .'’-]{0,30}?)\s*:\s*(\S[^\]]*?)\s*\]\s*$/;
const ROLE =
  /^(?:audience(?: member)?|questioner|question|q|attendee|participant|someone|man|woman|male|female|voice|host|moderator|interviewer)(?:\s*\d{1,2})?$/i;
const MIN_ASIDES = 2;

export function withBracketedAsides(lines: SourceLine[]): SourceLine[] {
  let asides = 0;
  for (let i = 0; i < lines.length && asides < MIN_ASIDES; i++) {
    const aside = asideAt(lines, i);
    if (aside) {
      asides++;
      i = aside.last;
    }
  }
  if (asides < MIN_ASIDES) return lines;
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const aside = asideAt(lines, i);
    if (!aside) {
      out.push(lines[i]!);
      continue;
    }
    out.push({ ...lines[i]!, text: `**${aside.role}: ${aside.words}**` });
    i = aside.last;
  }
  return out;
}

// A wrapped aside runs on for a few lines of its paragraph before its bracket closes.
const MAX_ASIDE_LINES = 8;

/** The bracketed aside opening at line `at` (on that line, or wrapped over the next few), or null. */
function asideAt(lines: readonly SourceLine[], at: number): { role: string; words: string; last: number } | null {
  const first = lines[at]!.text;
  if (!opensWithBracket(first) || first.indexOf(':') < 0) return null;
  let text = first;
  let last = at;
  while (!text.trimEnd().endsWith(']') && last - at < MAX_ASIDE_LINES) {
    const next = lines[last + 1];
    if (!next || next.text.trim() === '' || opensWithBracket(next.text)) return null;
    text = `${text.trimEnd()} ${next.text.trim()}`;
    last++;
  }
  const m = BRACKETED_TURN.exec(text);
  return m && ROLE.test(m[1]!.trim()) ? { role: m[1]!.trim(), words: m[2]!, last } : null;
}

/** "[" after the line's spaces: read by character code, as this runs for every line. */
function opensWithBracket(text: string): boolean {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return text.charCodeAt(i) === 0x5b;
}
