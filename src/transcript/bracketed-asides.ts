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
  for (const line of lines) {
    const m = opensWithBracket(line.text) ? BRACKETED_TURN.exec(line.text) : null;
    if (m && ROLE.test(m[1]!.trim()) && ++asides >= MIN_ASIDES) break;
  }
  if (asides < MIN_ASIDES) return lines;
  return lines.map((line) => {
    const m = opensWithBracket(line.text) ? BRACKETED_TURN.exec(line.text) : null;
    return m && ROLE.test(m[1]!.trim()) ? { ...line, text: `**${m[1]!.trim()}: ${m[2]!}**` } : line;
  });
}

/** "[" after the line's spaces: read by character code, as this runs for every line. */
function opensWithBracket(text: string): boolean {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return text.charCodeAt(i) === 0x5b;
}
