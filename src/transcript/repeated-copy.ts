// A transcript printed twice in one file (a feed item's summary and its full content, a scraper that
// saved the page twice, a data set that joined two copies): the second copy is no second conference.
// Found by lines: the first long line comes again, and every line from there repeats the first copy.

const LONG_LINE = 40;
const MIN_COPY_LINES = 8;
// A copy may differ in a line or two (a heading the page printed once): most of its lines match.
const MIN_MATCHED = 0.95;

/** The text with a whole second copy of its transcript taken out, or the text as it is. */
export function withoutRepeatedCopy(text: string): string {
  if (text.length < 2000) return text;
  const cut = withoutLineCopy(text);
  return cut === text ? withoutReflowedCopies(text) : cut;
}

function withoutLineCopy(text: string): string {
  // The first long line, found and searched for again as a string: most texts hold it once, settled there.
  // (Scanned line by line, no pattern: a pattern over a line of spaces would backtrack.)
  const long = firstLongLine(text);
  if (!long || text.indexOf(long.text, long.end) < 0) return text;
  const lines = text.split('\n');
  const kept: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i]!.trim() !== '') kept.push(i);
  const key = (k: number) => lines[kept[k]!]!.trim();
  const first = kept.findIndex((_, k) => key(k).length >= LONG_LINE);
  if (first < 0) return text;
  const firstText = key(first);
  let again = -1;
  for (let k = first + 1; k < kept.length; k++)
    if (key(k) === firstText) {
      again = k;
      break;
    }
  if (again < 0) return text;
  // The copy's own heading lines before its first long line ("President: George H. W. Bush"), printed before both.
  let heading = 0;
  while (first - 1 - heading >= 0 && again - 1 - heading > first && key(first - 1 - heading) === key(again - 1 - heading)) heading++;
  const start = again - heading;
  const length = again - first;
  if (length < MIN_COPY_LINES || start + length > kept.length) return text;
  let matched = 0;
  for (let m = 0; m < length; m++) if (key(first - heading + m) === key(start + m)) matched++;
  if (matched < length * MIN_MATCHED) return text;
  const cutFrom = kept[start]!;
  const cutTo = start + length < kept.length ? kept[start + length]! : lines.length;
  return [...lines.slice(0, cutFrom), ...lines.slice(cutTo)].join('\n');
}

function firstLongLine(text: string): { text: string; end: number } | null {
  for (let from = 0; from < text.length; ) {
    const newline = text.indexOf('\n', from);
    const end = newline < 0 ? text.length : newline;
    if (end - from >= LONG_LINE) {
      const line = text.slice(from, end).trim();
      if (line.length >= LONG_LINE) return { text: line, end };
    }
    from = end + 1;
  }
  return null;
}

/**
 * "Source: PMOCNA Digital: PM, you met …?PM Lee: No, …" twice on one line each, then the same words over
 * paragraphs: a scraper that saved its page's text once run together and once as printed. Whitespace
 * aside, the text is one copy two or three times over, each opening and ending as the first does, of the
 * same length but for a few words one copy printed and another did not (a "Commercial Break -" run into
 * the words); the copy with the most line breaks is kept.
 */
function withoutReflowedCopies(text: string): string {
  const bare = text.replace(/\s+/g, '');
  if (bare.length < 2 * MIN_REFLOWED_COPY) return text;
  const opening = bare.slice(0, COPY_EDGE);
  const bareStarts = [0];
  for (let at = bare.indexOf(opening, MIN_REFLOWED_COPY); at >= 0 && bareStarts.length < 3; at = bare.indexOf(opening, at + MIN_REFLOWED_COPY))
    bareStarts.push(at);
  if (bareStarts.length < 2) return text;
  const ends = bareStarts.map((_, k) => bareStarts[k + 1] ?? bare.length);
  const sizes = bareStarts.map((start, k) => ends[k]! - start);
  const shortest = Math.min(...sizes);
  if (shortest < MIN_REFLOWED_COPY || shortest < Math.max(...sizes) * (1 - MAX_COPY_DIFFERENCE)) return text;
  const ending = bare.slice(ends[0]! - COPY_EDGE, ends[0]);
  if (!ends.every((end) => bare.startsWith(ending, end - COPY_EDGE))) return text;
  // Where each copy starts in the text: the character that is its first, spaces not counted.
  const starts: number[] = [];
  for (let i = 0, seen = 0; i < text.length && starts.length < bareStarts.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    if (seen === bareStarts[starts.length]) starts.push(i);
    seen++;
  }
  let best = '';
  for (let k = 0; k < starts.length; k++) {
    const piece = text.slice(starts[k]!, k + 1 < starts.length ? starts[k + 1]! : text.length);
    if (lineBreaks(piece) > lineBreaks(best)) best = piece;
  }
  return best === '' ? text : best;
}

// The stretch, spaces aside, each copy opens and ends with as the first does.
const COPY_EDGE = 120;
// Copies differ in length by at most this share.
const MAX_COPY_DIFFERENCE = 0.02;
const MIN_REFLOWED_COPY = 200;

function lineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
