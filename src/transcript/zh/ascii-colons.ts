// A Chinese page typed on a Latin keyboard prints its labels' colons as ASCII ("记者: 请问…",
// "…的预期？詹姆斯: 你知道…"). Where such a colon follows a short run of Chinese at a label's place
// (a line's start, past its list or heading marks, or right after a finished sentence), and that run
// recurs so or is a role ("记者", "问"), the colon is read as the full-width one the Chinese readers
// expect. Colons inside a sentence, in a title printed once and in times stay as printed.
import type { SourceLine } from '../types.ts';

const HAN = /\p{Script=Han}/u;
const LABEL_COLON = /((?:^[\s>*#_-]*|[。？！?!…][\s\u3000]*)(?:\*\*|__)?)([\p{Script=Han}·]{1,12})((?:\*\*|__)?)[ \t]*:(?![\d/])[ \t]*/gu;
const ROLE = /^(?:问|答|记者|主持人|提问|发言人)$/u;

/** The lines with each Chinese label's ASCII colon made full-width, or the lines as they were. */
export function withChineseLabelColons(lines: SourceLine[]): SourceLine[] {
  const uses = new Map<string, number>();
  const candidates: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (!text.includes(':') || !HAN.test(text)) continue;
    let found = false;
    for (const m of text.matchAll(LABEL_COLON)) {
      uses.set(m[2]!, (uses.get(m[2]!) ?? 0) + 1);
      found = true;
    }
    if (found) candidates.push(i);
  }
  if (candidates.length === 0) return withLatinNamesColons(lines);
  const isLabel = (run: string) => (uses.get(run) ?? 0) >= 2 || ROLE.test(run);
  const out = lines.slice();
  for (const i of candidates) {
    const line = lines[i]!;
    const text = line.text.replace(LABEL_COLON, (all, before: string, run: string, after: string) => (isLabel(run) ? `${before}${run}${after}：` : all));
    if (text !== line.text) out[i] = { ...line, text };
  }
  return withLatinNamesColons(out);
}

// "### Sachi Kamiya:" over "### 唐鳳：": a foreign speaker's Latin name, its ASCII colon ending the line or
// Chinese after it, among Chinese labels with full-width colons.
const LATIN_LABEL =
  /^([\s>*#_-]*(?:\*\*|__)?)(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})((?:\*\*|__)?)[ \t]*:(?=[ \t]*(?:\*\*|__)?[ \t]*(?:$|\p{Script=Han}))/u;
const LATIN_LABEL_ANY = /^[\s>*#_-]*(?:\*\*|__)?(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})(?:\*\*|__)?[ \t]*:/u;
const CHINESE_LABEL = /^[\s>*#_-]*(?:\*\*|__)?([\p{Script=Han}·]{1,12})(?:\*\*|__)?[ \t]*：/u;

function withLatinNamesColons(lines: SourceLine[]): SourceLine[] {
  // Settled by one scan for most documents: no full-width colon, no Chinese label to stand among.
  if (!lines.some((line) => line.text.includes('：'))) return lines;
  const uses = new Map<string, number>();
  // (A bilingual page's "SteveKerr: I thought …" over "SteveKerr: 我以为…": the name labels English too, and stays as printed.)
  const inEnglish = new Set<string>();
  const chineseUses = new Map<string, number>();
  for (const line of lines) {
    const m = line.text.includes(':') ? LATIN_LABEL.exec(line.text) : null;
    if (m) uses.set(m[2]!, (uses.get(m[2]!) ?? 0) + 1);
    else if (line.text.includes(':')) {
      const english = LATIN_LABEL_ANY.exec(line.text);
      if (english) inEnglish.add(english[1]!);
    }
    const han = !m && line.text.includes('：') ? CHINESE_LABEL.exec(line.text) : null;
    if (han) chineseUses.set(han[1]!, (chineseUses.get(han[1]!) ?? 0) + 1);
  }
  for (const name of inEnglish) uses.delete(name);
  // The other speakers' labels are Chinese, each printed more than once.
  if (![...chineseUses.values()].some((n) => n >= 2) || ![...uses.values()].some((n) => n >= 2)) return lines;
  return lines.map((line) => {
    const m = line.text.includes(':') ? LATIN_LABEL.exec(line.text) : null;
    if (!m || uses.get(m[2]!)! < 2) return line;
    return { ...line, text: `${m[1]}${m[2]}${m[3]}：${line.text.slice(m[0].length)}` };
  });
}
