// The language of a transcript's text: Chinese when CJK characters dominate, else English.
const SAMPLE = 4000;

/** Reads the texts in order until it has seen enough characters. */
export function detectLanguage(texts: readonly string[]): string {
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
