// A glossary a publisher prints above the transcript ("Industry glossary" over "Make: Figma's
// design tool…", "MCP: Multi-Context Platform…"): its entries look like colon labels, but they
// define words and nobody says them. The heading and its entries are taken out, with a report line.
import type { CleanupChange, SourceLine } from './types.ts';

const HEADING =
  /^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:industry |key |financial |technical )?(?:glossary(?: of terms)?|key terms|terms used|definitions|(?:行业)?(?:术语)(?:表)?|词汇表|名词解释)\s*[:：]?\s*(?:\*\*|__)?\s*$/iu;
// "Make: Figma's AI-powered…", "* **MCP** — Multi-Context Platform…": a short term, then its definition.
const ENTRY = /^\s*(?:[-*•]\s+)?(?:\*\*|__)?[^\s:：][^:：]{0,40}?(?:\*\*|__)?\s*(?:[:：]|\s[–—-]{1,2}\s)\s*\S/u;
const MAX_HEADING_LINE = 40;

/** The lines without any glossary: its heading and the entries under it. */
export function takeGlossary(lines: SourceLine[], report: CleanupChange[]): SourceLine[] {
  let dropped: Set<number> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.length > MAX_HEADING_LINE || !HEADING.test(text)) continue;
    const entries: number[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const entry = lines[j]!.text;
      if (entry.trim() === '') continue;
      // "INDUSTRY GLOSSARY" over "行业术语": the heading in a second language.
      if (entries.length === 0 && entry.length <= MAX_HEADING_LINE && HEADING.test(entry)) {
        entries.push(j);
        continue;
      }
      if (!ENTRY.test(entry) && !wrappedOn(lines, entries, j)) break;
      entries.push(j);
    }
    if (entries.length === 0 || HEADING.test(lines[entries[entries.length - 1]!]!.text)) continue;
    dropped ??= new Set();
    for (const at of [i, ...entries]) {
      dropped.add(at);
      report.push({ rule: 'header-footer', line: lines[at]!.no, before: lines[at]!.text.trim(), after: '', reason: 'a glossary of terms, nobody’s words' });
    }
    i = j - 1;
  }
  return dropped ? lines.filter((_, i) => !dropped.has(i)) : lines;
}

// An entry hard-wrapped: the line right under it, its definition unfinished, goes on in lower case.
const UNFINISHED = /[^.!?;)\]。！？；）]\s*$/u;
const GOES_ON = /^\s*\p{Ll}/u;

function wrappedOn(lines: readonly SourceLine[], entries: readonly number[], at: number): boolean {
  const above = lines[at - 1]!.text;
  return entries.at(-1) === at - 1 && !HEADING.test(above) && UNFINISHED.test(above) && GOES_ON.test(lines[at]!.text);
}
