// Text whose UTF-8 was once read as Windows-1252 and saved again ("Q.Â\u00a0What…", "itâ€™s"): each
// such run of two or three characters is encoded back to the bytes it was read from and decoded as
// the UTF-8 it is, where those bytes are one valid character; any other text is left as it is.
import { iconvLibrary } from './lazy-libraries.ts';

// A UTF-8 lead byte as Windows-1252 shows it, then one or two continuation bytes as it shows them.
const CONTINUATION =
  '\\u0080-\\u00bf\\u20ac\\u201a\\u0192\\u201e\\u2026\\u2020\\u2021\\u02c6\\u2030\\u0160\\u2039\\u0152\\u017d\\u2018\\u2019\\u201c\\u201d\\u2022\\u2013\\u2014\\u02dc\\u2122\\u0161\\u203a\\u0153\\u017e\\u0178';
const RUN = new RegExp(`[\\u00c2-\\u00df][${CONTINUATION}]|[\\u00e0-\\u00ef][${CONTINUATION}]{2}`, 'g');
// Only these characters open a run: most texts hold none and are settled with a scan.
const LEADS = /[\u00c2-\u00ef]/;
// Fewer than this many runs read back are a name spelt with accents ("Ângela"), not a misreading.
const MIN_RUNS = 2;

export function withMojibakeRepaired(text: string): string {
  if (!LEADS.test(text)) return text;
  const iconv = iconvLibrary();
  let repaired = 0;
  const out = text.replace(RUN, (run) => {
    const bytes = iconv.encode(run, 'win1252');
    const char = bytes.toString('utf8');
    // One character, no replacement mark: the bytes were UTF-8.
    if (char.includes('\ufffd') || [...char].length !== 1) return run;
    repaired++;
    return char;
  });
  return repaired >= MIN_RUNS ? out : text;
}
