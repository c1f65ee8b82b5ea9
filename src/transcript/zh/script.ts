// Chinese in either script, read alike. The importer reads a copy of the text folded to Simplified
// characters one for one (every offset holds, so every line, label and position stays where it
// was) and puts the document's own characters back into what it prints: a rule written with "记者"
// reads "記者", and the record of a Traditional text stays Traditional. The character tables are
// OpenCC's (opencc-js): Traditional to Simplified, and the Taiwan and Hong Kong variants before it.
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import HK_VARIANTS from 'opencc-js/dict/HKVariantsRev';
import TW_VARIANTS from 'opencc-js/dict/TWVariantsRev';

let table: Uint16Array | null = null;

/** A table of the Basic Multilingual Plane: the Simplified character for each Traditional one, 0 for the rest. */
function foldTable(): Uint16Array {
  if (table) return table;
  const pairs = (dict: string) => dict.split('|').map((entry) => entry.split(' ') as [string, string, ...string[]]);
  const simplifiedOf = new Map<string, string>();
  for (const [from, to] of pairs(TS_CHARACTERS)) simplifiedOf.set(from, to);
  table = new Uint16Array(0x10000);
  const put = (from: string, to: string) => {
    // One UTF-16 unit for one: a pair outside the plane would move every offset after it.
    if (from.length === 1 && to.length === 1 && from !== to) table![from.charCodeAt(0)] = to.charCodeAt(0);
  };
  for (const [from, to] of simplifiedOf) put(from, to);
  // "為" (Taiwan's form) is OpenCC's "爲", Simplified "为"; a variant whose standard form has no
  // Simplified one of its own ("核" for "覈") is left as it is.
  for (const dict of [TW_VARIANTS, HK_VARIANTS])
    for (const [variant, standard] of pairs(dict)) {
      const to = simplifiedOf.get(standard);
      if (to !== undefined && table[variant.charCodeAt(0)] === 0) put(variant, to);
    }
  return table;
}

const FIRST_HAN = 0x3400;
const ANY_HAN = /[\u3400-\u9fff]/;

/** The text with every Traditional character in its Simplified form, the same length; the text itself when it has none. */
export function foldedToSimplified(text: string): string {
  // Most texts the importer reads have no Chinese at all: settled by one native scan.
  if (!ANY_HAN.test(text)) return text;
  const fold = foldTable();
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= FIRST_HAN && fold[c] !== 0) {
      first = i;
      break;
    }
  }
  if (first < 0) return text;
  const parts: string[] = [text.slice(0, first)];
  let from = first;
  for (let i = first; i < text.length; i++) {
    const to = fold[text.charCodeAt(i)]!;
    if (to === 0) continue;
    if (i > from) parts.push(text.slice(from, i));
    parts.push(String.fromCharCode(to));
    from = i + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * The text as the importer reads it: Traditional characters folded to Simplified, and punctuation
 * typed after a Chinese character on a Latin keyboard ("记者: 想问, 何时?") in the full-width form
 * Chinese prints ("记者： 想问， 何时？"): the same length, so ScriptRestorer gives the document's own back.
 */
export function foldedChinese(text: string): string {
  const folded = withNameDotsFolded(foldedToSimplified(text));
  // Most texts have no such mark after a Chinese character: settled by one native scan.
  if (!HAN_THEN_ASCII_MARK.test(folded)) return folded;
  let out = '';
  let from = 0;
  for (let at = 1; at < folded.length; at++) {
    const full = FULL_WIDTH[folded.charCodeAt(at)];
    if (full === undefined) continue;
    const before = folded.charCodeAt(at - 1);
    if (before < FIRST_HAN || before > LAST_HAN) continue;
    // ("中文.com", "第3.5": a letter or digit after it makes it a Latin word's.)
    const after = folded.charCodeAt(at + 1);
    if ((after >= 0x30 && after <= 0x39) || (after >= 0x41 && after <= 0x5a) || (after >= 0x61 && after <= 0x7a)) continue;
    out += folded.slice(from, at) + full;
    from = at + 1;
  }
  return from === 0 ? folded : out + folded.slice(from);
}

// "瑪格麗特・胡佛", "安娜‧科瓦奇": a transliterated name's parts joined by another dot than "·" (U+00B7),
// a Japanese font's or Taiwan's; read as "·", the document's own given back (ScriptRestorer).
const NAME_DOTS = /[\u30fb\u2027\u2022\u2219\uff65]/;
const NAME_DOT_BETWEEN_HAN = /(?<=\p{Script=Han})[\u30fb\u2027\u2022\u2219\uff65](?=\p{Script=Han})/gu;

function withNameDotsFolded(text: string): string {
  return NAME_DOTS.test(text) ? text.replace(NAME_DOT_BETWEEN_HAN, '·') : text;
}

const HAN_THEN_ASCII_MARK = /[\u3400-\u9fff][:,.?!;]/;
const FULL_WIDTH: Record<number, string> = { 58: '：', 44: '，', 46: '。', 63: '？', 33: '！', 59: '；' };
const LAST_HAN = 0x9fff;
const NAME_DOT = 0xb7;

/**
 * Gives strings read from the folded copy the document's own characters back. A folded character
 * the document always wrote one way is written so; one it wrote two ways ("发" for both "發" and
 * "髮") is looked up in the folded text by the characters around it.
 */
export class ScriptRestorer {
  private readonly single = new Map<string, string>();
  private readonly several = new Map<string, Map<string, number>>();
  private cursor = 0;

  constructor(
    private readonly original: string,
    private readonly folded: string,
  ) {
    const seen = new Map<string, Map<string, number>>();
    const changed = new Set<string>();
    for (let i = 0; i < folded.length; i++) if (folded.charCodeAt(i) !== original.charCodeAt(i)) changed.add(folded[i]!);
    for (let i = 0; i < folded.length; i++) {
      const f = folded[i]!;
      if (!changed.has(f)) continue;
      const forms = seen.get(f) ?? new Map<string, number>();
      forms.set(original[i]!, (forms.get(original[i]!) ?? 0) + 1);
      seen.set(f, forms);
    }
    for (const [f, forms] of seen) {
      if (forms.size === 1) this.single.set(f, forms.keys().next().value!);
      else this.several.set(f, forms);
    }
  }

  /**
   * Every string in the value (a result's record, report and decisions) with the document's own
   * characters back, in place; an object held twice (a person on every turn) is given them once.
   */
  restoreAll<T>(value: T, done = new WeakSet<object>()): T {
    if (typeof value === 'string') return this.restore(value) as T;
    if (value === null || typeof value !== 'object' || done.has(value)) return value;
    done.add(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.restoreAll(value[i], done);
      return value;
    }
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) object[key] = this.restoreAll(object[key], done);
    return value;
  }

  /** The string in the document's own characters. */
  restore(text: string): string {
    let out = '';
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) < FIRST_HAN && text.charCodeAt(i) !== NAME_DOT) continue;
      const c = text[i]!;
      const back = this.single.get(c) ?? (this.several.has(c) ? this.inContext(text, i) : undefined);
      if (back === undefined || back === c) continue;
      out += text.slice(from, i) + back;
      from = i + 1;
    }
    return from === 0 ? text : out + text.slice(from);
  }

  /** The original of the ambiguous character at `at`, found by the words around it; else its commonest form. */
  private inContext(text: string, at: number): string {
    for (const reach of [6, 3, 1]) {
      const start = Math.max(0, at - reach);
      const window = text.slice(start, Math.min(text.length, at + reach + 1));
      if (window.length < 2) continue;
      // Strings are asked for mostly in the document's order: looked for from the last place found first.
      let found = this.folded.indexOf(window, this.cursor);
      if (found < 0) found = this.folded.indexOf(window);
      if (found >= 0) {
        this.cursor = found;
        return this.original[found + at - start]!;
      }
    }
    let best = '';
    let most = 0;
    for (const [form, n] of this.several.get(text[at]!)!) if (n > most) [best, most] = [form, n];
    return best;
  }
}
