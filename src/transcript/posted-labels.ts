// A call's transcript as some providers print it, each turn opened by the speaker's name, firm and
// post with no colon: "David Huang Hon Hai Technology Group – CFO Thank you, Kristen." or, alone on
// its line, "Robert Cheng Bank of America - Analyst". The post is read word by word from a post's
// vocabulary, so where it ends and the words begin is known; the line is rewritten with a label the
// conventions read: "David Huang, CFO:" for the company's people, "Robert Cheng (Bank of America):"
// for an analyst or a reporter, whose firm is the outlet. Read only where several lines open so.
import { isNameAlone } from './names-over-roles.ts';
import type { SourceLine } from './types.ts';

// A name of two or three capitalised words, a firm of capitalised words (or "of", "and", "&"), a dash.
const OPENING =
  /^[ \t]*(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}?) ((?:[\p{Lu}\d][\p{L}\d&.,'’()-]*)(?: (?:[\p{Lu}\d&][\p{L}\d&.,'’()-]*|of|and|de|du|the))*) [–—-] /u;
const POST_WORDS = new Set(
  'chairman chairwoman chairperson chair ceo cfo coo cto cio president vice senior junior executive chief financial operating officer manager managing director head investor investors relations ir spokesperson spokesman spokeswoman analyst reporter journalist editor correspondent treasurer secretary general counsel partner founder co-founder evp svp vp deputy global corporate communications strategy finance research equity'.split(
    ' ',
  ),
);
const JOINERS = new Set(['and', 'of', '&']);
const ASKERS = /^(?:analyst|reporter|journalist|correspondent|editor|investor)$/i;
const MIN_LINES = 3;

interface Posted {
  name: string;
  firm: string;
  post: string;
  words: string;
}

/** The lines with each posted opening rewritten as a label, or the lines as they are. */
export function withPostedLabels(lines: SourceLine[]): SourceLine[] {
  // Most documents have no " – " or " - " near a line's start: settled before any pattern.
  let candidates = 0;
  for (const line of lines) if (hasDashNearStart(line.text) && ++candidates >= MIN_LINES) break;
  if (candidates < MIN_LINES) return lines;
  // (Under a name alone on its line, "Farmland Partners Inc. - CFO" is that person's firm and post: names-over-roles.ts.)
  const posted = lines.map((line, i) => (hasDashNearStart(line.text) && !isNameAlone(lines[i - 1]?.text ?? '') ? postedOpening(line.text) : null));
  if (posted.filter((p) => p !== null).length < MIN_LINES) return lines;
  return lines.map((line, i) => {
    const p = posted[i];
    if (!p) return line;
    const label = ASKERS.test(p.post) ? `${p.name} (${p.firm})` : `${p.name}, ${p.post}`;
    return { ...line, text: p.words ? `${label}: ${p.words}` : `${label}:` };
  });
}

function hasDashNearStart(text: string): boolean {
  // Only the line's start is read: a view of it, not a scan of a long line.
  const head = text.length > 93 ? text.slice(0, 93) : text;
  if (!head.includes(' - ') && !head.includes(' – ') && !head.includes(' — ')) return false;
  const at = head.search(DASH);
  return at > 8 && at < 90;
}

const DASH = / [–—-] /;

function postedOpening(text: string): Posted | null {
  const m = OPENING.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length).split(' ');
  let n = 0;
  while (n < rest.length) {
    const word = rest[n]!.toLowerCase().replace(/[,.:]$/, '');
    if (POST_WORDS.has(word)) n++;
    else if (JOINERS.has(word) && n > 0 && POST_WORDS.has(rest[n + 1]?.toLowerCase().replace(/[,.:]$/, '') ?? '')) n++;
    else break;
  }
  if (n === 0) return null;
  const words = rest.slice(n).join(' ').trim();
  // The words open as speech does, with a capital, a digit or a quotation mark; a list of the
  // call's participants ("Young Liu Hon Hai – Chairman David Huang Hon Hai – CFO …") is no turn.
  if (words && !/^["“‘'\p{Lu}\d(]/u.test(words)) return null;
  const next = / [–—-] (\p{L}+)/u.exec(words.slice(0, 120));
  if (next && POST_WORDS.has(next[1]!.toLowerCase())) return null;
  const post = rest
    .slice(0, n)
    .join(' ')
    .replace(/[,.:]$/, '');
  return { name: m[1]!, firm: m[2]!, post, words };
}
