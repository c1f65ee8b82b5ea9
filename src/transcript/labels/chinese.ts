// Chinese transcripts: a label before a full-width colon — "新华社记者：", "发言人：", "毛宁：",
// "问：", "答：". Text after the colon is the turn.
import { label, leadingWhitespace, type LabelConvention, type ParsedLabel } from './types.ts';
import { hasOnlyLabelMarks, isChineseClause, questionNumberLength, simplified } from '../zh/labels.ts';

const IDEOGRAPH = /[\u3400-\u9fff]/u;
// Punctuation that only occurs in a sentence, never in a label.
// Book-title marks may hold an outlet's name ("《环球时报》记者"), checked apart.
const SENTENCE_PUNCTUATION = /[，。、；！？“”‘’,.;!?"]/u;
const SELF_EVIDENT = new Set(['问', '答', '提问', '记者', '发言人', '主持人']);
const MAX_LABEL = 16;
const LATIN_OUTLET = /^[A-Z][A-Za-z0-9&.'’ -]{0,15}$/;

export const chineseLabels: LabelConvention = {
  name: 'chinese',
  parse(line: string): ParsedLabel | null {
    const indent = leadingWhitespace(line);
    const start = indent + questionNumberLength(line, indent);
    // Labels here start with a CJK character or a Latin outlet name ("CNN记者").
    const first = line.charCodeAt(start);
    if (first < 0x2e80 && !((first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a))) return null;
    const end = Math.min(line.length, start + MAX_LABEL + 1);
    let colon = -1;
    let ideographs = false;
    for (let i = start; i < end; i++) {
      const c = line.charCodeAt(i);
      if (c === 0xff1a || c === 0x3a) {
        colon = i;
        break;
      }
      if (c >= 0x3400 && c <= 0x9fff) ideographs = true;
    }
    if (colon <= start) return null;
    const name = line.slice(start, colon).trim();
    // An outlet known by its Latin name before a full-width colon: "BBC：", "Bloomberg：".
    if (!ideographs) return line.charCodeAt(colon) === 0xff1a && LATIN_OUTLET.test(name) ? label(name, line.slice(colon + 1)) : null;
    if (!IDEOGRAPH.test(name) || SENTENCE_PUNCTUATION.test(name) || !hasOnlyLabelMarks(name) || isChineseClause(name)) return null;
    const plain = simplified(name);
    if (/\d/.test(name) && !plain.endsWith('记者')) return null;
    const selfEvident = SELF_EVIDENT.has(plain) || plain.endsWith('记者');
    return label(name, line.slice(colon + 1), { selfEvident });
  },
};
