// A conversation written out as blocks of fields, one block a turn (a pipeline's "standardized
// text" of a call):
//   Speaker: Tarik El Mejjad
//   Company: Bank of America
//   Utterance 4: Hi. Good afternoon, everyone. …
// Read as the records a JSON export would hold, with the call's date from a "Call Date:" field
// above them and the people's posts and firms as the call's participants lists (json-records.ts).
import { recordsText } from './json-records.ts';

const SPEAKER_FIELD = /^\s*(?:speaker|speaker name|name)\s*:\s*(\S.*?)\s*$/i;
const WORDS_FIELD = /^\s*(?:utterance|text|content|statement|transcript|remarks)(?:\s*#?\d+)?\s*:\s*(.*)$/i;
const POST_FIELD = /^\s*(?:job title|title|position|role|post)\s*:\s*(\S.*?)\s*$/i;
const FIRM_FIELD = /^\s*(?:company|firm|organi[sz]ation|affiliation|outlet)\s*:\s*(\S.*?)\s*$/i;
const DATE_FIELD = /^\s*(?:call|event|meeting|conference)?\s*date\s*:\s*(\S.*?)\s*$/i;
const MIN_BLOCKS = 3;

interface Block {
  speaker: string;
  post: string | null;
  firm: string | null;
  text: string;
}

/** The blocks as "Speaker: words" paragraphs under the call's date and participants, or null when the text is not written so. */
export function fieldBlocksText(text: string): string | null {
  if (!/^\s*speaker\s*:/im.test(text.slice(0, 4000))) return null;
  // Blocks set apart by one blank line or several: empty runs between them are no paragraphs.
  const paragraphs = text.split(/\r?\n(?:[ \t]*\r?\n)+/);
  const blocks: Block[] = [];
  let date: string | null = null;
  // From the first block on, blocks are most of the text: what comes between them is their continuation.
  let afterFirst = 0;
  for (const paragraph of paragraphs) {
    const block = blockOf(paragraph.split(/\r?\n/));
    if (block) blocks.push(block);
    else if (blocks.length === 0) date ??= dateField(paragraph);
    if (blocks.length > 0) afterFirst++;
  }
  if (blocks.length < MIN_BLOCKS || blocks.length * 2 < afterFirst) return null;
  const host = hostFirm(blocks);
  const participants = new Map<string, Record<string, string>>();
  for (const b of blocks) {
    if (participants.has(b.speaker) || (!b.post && !b.firm)) continue;
    // The host's people by their posts; the others (analysts, reporters) by their firms.
    participants.set(b.speaker, b.firm && b.firm !== host ? { name: b.speaker, company: b.firm } : { name: b.speaker, title: b.post ?? b.firm! });
  }
  return recordsText({
    ...(date ? { date } : {}),
    participants: [...participants.values()],
    records: blocks.map((b) => ({ speaker: b.speaker, text: b.text })),
  });
}

function blockOf(lines: readonly string[]): Block | null {
  const speaker = SPEAKER_FIELD.exec(lines[0] ?? '')?.[1];
  if (!speaker) return null;
  let post: string | null = null;
  let firm: string | null = null;
  for (let i = 1; i < lines.length; i++) {
    const words = WORDS_FIELD.exec(lines[i]!);
    if (words) return { speaker, post, firm, text: [words[1]!, ...lines.slice(i + 1)].join('\n').trim() };
    post ??= POST_FIELD.exec(lines[i]!)?.[1] ?? null;
    firm ??= FIRM_FIELD.exec(lines[i]!)?.[1] ?? null;
  }
  return null;
}

/** "Call Date: 2025-04-24" in the header (not "Created on:", the day the file was written). */
function dateField(paragraph: string): string | null {
  for (const line of paragraph.split(/\r?\n/)) {
    const m = DATE_FIELD.exec(line);
    if (m) return m[1]!;
  }
  return null;
}

/** The firm of those who speak with a post: the company holding the call. */
function hostFirm(blocks: readonly Block[]): string | null {
  const counts = new Map<string, number>();
  for (const b of blocks) if (b.post && b.firm) counts.set(b.firm, (counts.get(b.firm) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
