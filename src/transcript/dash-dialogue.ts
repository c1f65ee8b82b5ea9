// An interview printed as dialogue, each turn opened by a dash and nobody named ("— Mr Kostin, will
// prices fall?" / "— They will, slowly."), as Russian and European papers print them. The dashes
// alternate between the interviewer and the one interviewed; each is given the questioner's or the
// answerer's label ("Q:", "A:") so the conventions read it, and the answerer is whom the title or
// lead names. Tried only where no convention found a label.
import { ENDS_ASKING, type ParagraphLines } from './types.ts';

const DASH = /^\s*(?:[—–―]|--?)\s*(?=\S)/;
const MIN_DASHES = 4;

/** The paragraphs with each dash turn labelled "Q:" or "A:", or null when the document is not printed so. */
export function withDashDialogue(paragraphs: readonly ParagraphLines[]): ParagraphLines[] | null {
  const dashed: number[] = [];
  for (let i = 0; i < paragraphs.length; i++) if (DASH.test(paragraphs[i]![0]!.text)) dashed.push(i);
  if (dashed.length < MIN_DASHES) return null;
  // The dialogue is most of what follows its first dash: a list with dashes in an article is not.
  if (dashed.length * 2 < paragraphs.length - dashed[0]!) return null;
  const asks = (i: number) => ENDS_ASKING.test(paragraphs[i]!.map((l) => l.text).join(' '));
  // Turn about, the interviewer first: most of the odd ones ask and hardly any of the even ones do.
  const odd = dashed.filter((_, k) => k % 2 === 0);
  const even = dashed.filter((_, k) => k % 2 === 1);
  const alternates = odd.filter(asks).length * 5 >= odd.length * 3 && even.filter(asks).length * 5 <= even.length;
  if (!alternates && dashed.filter(asks).length < 2) return null;
  const asking = new Set(alternates ? odd : dashed.filter(asks));
  const isDashed = new Set(dashed);
  return paragraphs.map((p, i) => {
    if (!isDashed.has(i)) return p;
    const first = p[0]!;
    return [{ ...first, text: `${asking.has(i) ? 'Q' : 'A'}: ${first.text.replace(DASH, '')}` }, ...p.slice(1)];
  });
}
