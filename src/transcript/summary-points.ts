// An article's summary over the transcript it reposts: its key points set as "topic: gist" lines
// ("AI 发展速度惊人：马斯克强调…", "Autonomy: the cars will drive themselves within the year."). Each
// topic reads like a label but is printed once, and they come one after another before the speakers
// whose labels recur begin: the editor's points, not speakers. Their labels are dropped, and the
// lines stay in the preamble.
import type { LabelDetection, LabelHit } from './labels/index.ts';
import type { ParagraphLines } from './types.ts';

// A run of this many one-time labels at least; the conversation's labels recur this often at least.
const MIN_POINTS = 3;
const MIN_RECURRING = 3;
// A point is a line or two: its paragraph holds at most this many characters.
const MAX_POINT = 200;

/** The detection without the labels of a summary's points, or null where there are none. */
export function withoutSummaryPoints(detection: LabelDetection, paragraphs: readonly ParagraphLines[]): LabelDetection | null {
  const { hits } = detection;
  // Most documents' first labels recur: settled by the first few keys and their counts.
  if (hits.length < MIN_POINTS + 2 * MIN_RECURRING) return null;
  const keys = hits.map(keyOf);
  const uses = new Map<string, number>();
  for (const key of keys) uses.set(key, (uses.get(key) ?? 0) + 1);
  const firstRecurring = keys.findIndex((key) => uses.get(key)! >= MIN_RECURRING);
  if (firstRecurring < MIN_POINTS) return null;
  // The conversation: two labels at least, each recurring.
  let recurring = 0;
  for (const n of uses.values()) if (n >= MIN_RECURRING) recurring++;
  if (recurring < 2) return null;
  for (let i = 0; i < firstRecurring; i++) if (uses.get(keys[i]!) !== 1 || !isPoint(hits[i]!, paragraphs)) return null;
  return { ...detection, hits: hits.slice(firstRecurring) };
}

// A speaker's first label often carries their post ("Anna Cross, Group Finance Director"), the later ones not.
const POST_OR_NOTE = /\s*[,(（，].*$/u;

function keyOf(hit: LabelHit): string {
  return hit.parsed.label.replace(POST_OR_NOTE, '').toLowerCase();
}

function isPoint(hit: LabelHit, paragraphs: readonly ParagraphLines[]): boolean {
  if (hit.parsed.selfEvident) return false;
  let length = 0;
  for (const line of paragraphs[hit.paragraph]!) length += line.text.length;
  return length <= MAX_POINT;
}
