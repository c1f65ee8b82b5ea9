// A talk's transcript where only the audience is labelled, each intervention a bracketed line of its
// own ("[Audience member: Why not a ring buffer?]"), the speaker's words unlabelled around them. Each
// such line becomes a question set apart ("**Audience member: …**"), so the plain paragraphs under it
// are the answer (unlabelled-answers.ts), given to the speaker the page names. A Chinese report's excerpt
// sets the reporters' questions so between the official's labelled answers ("（記者：點解今日無人喺度？）"):
// each becomes the reporter's labelled turn ("記者：…").
import { isWord } from './dictionary.ts';
import { isNameLike } from './labels/words.ts';
import type { SourceLine } from './types.ts';

// Per opening bracket, the aside it opens: "[Audience member: …]", "(Reporter: …)", "（記者：…）"; the words may hold other brackets.
const ROLE_WORD = "([A-Za-z][A-Za-z .'’-]{0,30}?|\\p{Script=Han}{1,4})\\s*[:：]\\s*";
const BRACKETED_TURNS: Record<string, RegExp> = {
  '[': new RegExp(`^\\s*\\[${ROLE_WORD}(\\S[^\\]]*?)\\s*\\]\\s*$`, 'u'),
  '(': new RegExp(`^\\s*\\(${ROLE_WORD}(\\S.*?)\\s*\\)\\s*$`, 'u'),
  '（': new RegExp(`^[\\s\u3000]*（${ROLE_WORD}(\\S.*?)\\s*）\\s*$`, 'u'),
};
const CLOSERS: Record<string, string> = { '[': ']', '(': ')', '（': '）' };
const ROLE =
  /^(?:audience(?: member)?|questioner|question|q|attendee|participant|someone|man|woman|male|female|voice|host|moderator|interviewer|reporter|journalist|记者|記者|问|問|提问|提問|观众|觀眾|主持人)(?:\s*\d{1,2})?$/iu;
const HAN_ROLE = /^\p{Script=Han}/u;
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
    out.push({ ...lines[i]!, text: HAN_ROLE.test(aside.role) ? `${aside.role}：${aside.words}` : `**${aside.role}: ${aside.words}**` });
    i = aside.last;
  }
  return out;
}

// A wrapped aside runs on for a few lines of its paragraph before its bracket closes.
const MAX_ASIDE_LINES = 8;

/** The bracketed aside opening at line `at` (on that line, or wrapped over the next few), or null. */
function asideAt(lines: readonly SourceLine[], at: number, named = false): { role: string; words: string; last: number } | null {
  const first = lines[at]!.text;
  const opener = openingBracket(first);
  if (!opener || (first.indexOf(':') < 0 && first.indexOf('：') < 0)) return null;
  let text = first;
  let last = at;
  while (!text.trimEnd().endsWith(CLOSERS[opener]!) && last - at < MAX_ASIDE_LINES) {
    const next = lines[last + 1];
    if (!next || next.text.trim() === '' || openingBracket(next.text)) return null;
    text = `${text.trimEnd()} ${next.text.trim()}`;
    last++;
  }
  const m = BRACKETED_TURNS[opener]!.exec(text);
  return m && (named || ROLE.test(m[1]!.trim())) ? { role: m[1]!.trim(), words: m[2]!, last } : null;
}

// A label at a line's start, the way the page prints the others ("Draghi: Well, …").
const PLAIN_NAME_LABEL = /^\p{Lu}[\p{L}'’.-]+(?:[ ](?:\p{Lu}[\p{L}'’.-]+|de|van|von|der|da|di|du|la|le)){0,3}:[ \t]+\S/u;
const MIN_PLAIN_LABELS = 2;
const MIN_BRACKETED_WORDS = 4;

/**
 * "[Christine Graeff: Before we start with the Q&A, …]": a named speaker's words set in square brackets
 * (a press office's chair or host) on a page that labels the others plainly ("Draghi: …"): that
 * speaker's labelled turn, the brackets off.
 */
export function withBracketedNamedTurns(lines: SourceLine[]): SourceLine[] {
  // Most documents open no line with a bracket: settled before any label is looked for.
  if (!lines.some((line) => line.text.charCodeAt(0) === 0x5b /* [ */)) return lines;
  let plain = 0;
  for (const line of lines) if (PLAIN_NAME_LABEL.test(line.text) && ++plain >= MIN_PLAIN_LABELS) break;
  if (plain < MIN_PLAIN_LABELS) return lines;
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const aside = line.text.startsWith('[') ? asideAt(lines, i, true) : null;
    if (!aside || !isBracketedName(aside.role) || !hasMoreWordsThan(aside.words, MIN_BRACKETED_WORDS)) {
      out.push(line);
      continue;
    }
    out.push({ ...line, text: `${aside.role}: ${aside.words}` });
    i = aside.last;
  }
  return out;
}

/** "Christine Graeff", "Razmusa": a name; never a role ("Reporter"), nor a word alone ("[Translation: …]", "[Note: …]"). */
function isBracketedName(printed: string): boolean {
  if (ROLE.test(printed) || !isNameLike(printed, 4)) return false;
  return printed.includes(' ') || !isWord(printed);
}

function hasMoreWordsThan(text: string, n: number): boolean {
  return text.split(/\s+/, n + 2).filter(Boolean).length > n;
}

/** "[", "(" or "（" after the line's spaces, or null: read by character code, as this runs for every line. */
function openingBracket(text: string): string | null {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0x3000)) i++;
  const c = text.charCodeAt(i);
  return c === 0x5b || c === 0x28 || c === 0xff08 ? text.charAt(i) : null;
}
