// The language of a transcript's text: Chinese when CJK characters dominate, else English.
/** How many characters are read, at most. */
export const LANGUAGE_SAMPLE = 4000;
const SAMPLE = LANGUAGE_SAMPLE;

const CJK_IDEOGRAPH = /[\u3400-\u9fff]/;

/** Reads the texts in order until it has seen enough characters. */
export function detectLanguage(texts: readonly string[]): string {
  // Without a single ideograph in the sample the answer is English, whatever the letters: a
  // regex scan tells that much faster than the count below.
  if (!hasIdeograph(texts)) return 'en';
  let cjk = 0;
  let latin = 0;
  let seen = 0;
  for (const text of texts) {
    const n = Math.min(text.length, SAMPLE - seen);
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x3400 && c <= 0x9fff) cjk++;
      else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    }
    seen += n;
    if (seen >= SAMPLE) break;
  }
  // A CJK character carries about as much as a word of four or five Latin letters.
  return cjk * 4 > latin ? 'zh' : 'en';
}

function hasIdeograph(texts: readonly string[]): boolean {
  let seen = 0;
  for (const text of texts) {
    const n = Math.min(text.length, SAMPLE - seen);
    if (CJK_IDEOGRAPH.test(n < text.length ? text.slice(0, n) : text)) return true;
    seen += n;
    if (seen >= SAMPLE) break;
  }
  return false;
}
