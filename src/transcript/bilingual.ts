// Bilingual transcripts print what a speaker said and then its translation: the same label twice
// in a row (one English paragraph, one Chinese), or one label over paragraphs in both languages,
// or both languages in one paragraph. That is one turn in two languages, never two turns. A turn
// in one language only (a later part not translated) stays in that language.
import type { CleanTurn } from './assemble.ts';
import { surnameKey } from './label-spellings.ts';
import { identityType } from './identity.ts';
import { chineseLabels } from './labels/chinese.ts';
import { colonLabels } from './labels/colon.ts';
import { allMatches } from './phrases.ts';

type Language = 'zh' | 'en';

// A piece of text too short to tell its language by itself ("OK.", "好。") goes with its neighbour.
const MIN_CJK = 4;
const MIN_LATIN_WORDS = 3;
const CJK_RUN = /[\u3400-\u9fff]{4}/u;
const THREE_LATIN_WORDS = /[A-Za-z]+[\s,]+[A-Za-z]+[\s,]+[A-Za-z]+/;
const CJK_CHARACTER = /[\u3400-\u9fff]/;
const LATIN_LETTER = /[A-Za-z]/;
// Sentences, each with its closing punctuation and quotes.
const SENTENCE = /[^.!?。！？]+(?:[.!?。！？]+["”’」）)]*)?\s*/gu;

/**
 * The turns with each one's text by language, where some turn is said in a language other than
 * the document's (`primary`); the turns as they are otherwise.
 */
export function pairLanguages(turns: readonly CleanTurn[], primary: string): CleanTurn[] {
  // Most transcripts have one script: one scan for the other, stopping at the first hit, settles it.
  // A single letter of the other script is looked for first: V8 scans for one character of a class
  // several times faster than for a run of them, and most paragraphs have none.
  const [letter, run] = primary === 'zh' ? [LATIN_LETTER, THREE_LATIN_WORDS] : [CJK_CHARACTER, CJK_RUN];
  if (!turns.some((t) => t.paragraphs.some((p) => letter.test(p) && run.test(p)))) return [...turns];
  const split = turns.map((turn) => piecesOf(turn.paragraphs));
  if (!isBilingual(split, primary)) return [...turns];
  const translated = translationLabels(turns, split);
  const out: CleanTurn[] = [];
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i]!;
    let pieces = split[i]!;
    const next = turns[i + 1];
    // "Reyes: <English>" then "Reyes: <Chinese>": the second is the first's translation.
    // The languages first: a cheap count, where comparing the labels identifies both.
    const here = next ? (single(pieces) ?? scriptOf(pieces)) : null;
    const there = next ? (single(split[i + 1]!) ?? scriptOf(split[i + 1]!)) : null;
    if (next && here && there && here !== there && (sameSpeaker(next.label, turn.label) || translated.has(`${turn.label}\n${next.label}`))) {
      pieces = [...pieces, ...split[i + 1]!];
      i++;
    }
    out.push(withLanguages(turn, withoutRepeatedLabel(pieces, turn.label), primary));
  }
  return out;
}

interface Piece {
  language: Language | null;
  text: string;
  /** Which of the turn's paragraphs it was printed in. */
  paragraph: number;
}

/** A turn's paragraphs cut where the language changes, each piece with its language (null: too short to tell). */
function piecesOf(paragraphs: readonly string[]): Piece[] {
  const pieces: Piece[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    const parts: Piece[] = [];
    for (const m of allMatches(paragraph, SENTENCE)) {
      const text = m[0];
      if (text.trim() === '') continue;
      const language = languageOf(text);
      const last = parts[parts.length - 1];
      if (last && (language === null || last.language === null || last.language === language)) {
        last.text += text;
        last.language ??= language;
      } else parts.push({ language, text, paragraph: p });
    }
    // The parts are this function's own: trimmed in place rather than copied.
    for (const part of parts) {
      part.text = part.text.trim();
      pieces.push(part);
    }
  }
  return pieces;
}

function languageOf(text: string): Language | null {
  let cjk = 0;
  let latinWords = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) cjk++;
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (letter && !inWord) latinWords++;
    inWord = letter;
  }
  if (cjk >= MIN_CJK && cjk >= latinWords) return 'zh';
  // "（英語）Will it be delayed?": a note of two characters does not make English Chinese.
  if (latinWords >= MIN_LATIN_WORDS && cjk < MIN_CJK) return 'en';
  return cjk >= MIN_CJK ? 'zh' : null;
}

/**
 * The language of pieces too short to tell by their words ("不会。", "No."), by their script alone:
 * Chinese characters and no Latin letters, or the reverse. Only for pairing a turn with its translation.
 */
function scriptOf(pieces: readonly Piece[]): Language | null {
  let cjk = false;
  let latin = false;
  for (const piece of pieces)
    for (let i = 0; i < piece.text.length; i++) {
      const c = piece.text.charCodeAt(i);
      if (c >= 0x3400 && c <= 0x9fff) cjk = true;
      else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin = true;
    }
  return cjk === latin ? null : cjk ? 'zh' : 'en';
}

/** The one language of the pieces, or null when they hold two. */
function single(pieces: readonly Piece[]): Language | null {
  let found: Language | null = null;
  for (const piece of pieces) {
    if (piece.language === null) continue;
    if (found && found !== piece.language) return null;
    found = piece.language;
  }
  return found;
}

/** Some turn is said, wholly or in part, in a language other than the document's. */
function isBilingual(split: readonly Piece[][], primary: string): boolean {
  return split.some((pieces) => pieces.some((p) => p.language !== null && p.language !== primary));
}

function withLanguages(turn: CleanTurn, pieces: readonly Piece[], primary: string): CleanTurn {
  // A piece too short to tell (a leading "OK.") is in the language of the piece before it, or after it.
  const known = pieces.find((p) => p.language !== null)?.language ?? primary;
  const byLanguage: Record<string, string[]> = {};
  const lastParagraph: Record<string, number> = {};
  let current: string = known;
  pieces.forEach((piece, k) => {
    current = piece.language ?? current;
    const paragraphs = byLanguage[current] ?? [];
    byLanguage[current] = paragraphs;
    // Pieces of one printed paragraph in one language stay one paragraph.
    const same = lastParagraph[current] === piece.paragraph && k > 0 && paragraphs.length > 0;
    if (same) paragraphs[paragraphs.length - 1] += (current === 'zh' ? '' : ' ') + piece.text;
    else paragraphs.push(piece.text);
    lastParagraph[current] = piece.paragraph;
  });
  return { ...turn, paragraphs: byLanguage[primary] ?? Object.values(byLanguage)[0] ?? turn.paragraphs, byLanguage };
}

/**
 * Where the labels of one language won and the other's stayed in the text ("Q: …" then "问：…"),
 * a paragraph that opens with the same speaker's label in the other language loses that label.
 */
function withoutRepeatedLabel(pieces: Piece[], label: string): Piece[] {
  return pieces.map((piece, k) => {
    if (k > 0 && pieces[k - 1]!.paragraph === piece.paragraph) return piece;
    const parsed = chineseLabels.parse(piece.text) ?? colonLabels.parse(piece.text);
    return parsed && parsed.body !== '' && sameSpeaker(parsed.label, label) ? { ...piece, text: parsed.body } : piece;
  });
}

/** The same label, two spellings of one speaker's ("CoachReyes", "Reyes"), or one role in two languages ("Q", "问"). */
const HAN = /\p{Script=Han}/u;

/**
 * "CGTN：" (English) then "记者：" (Chinese), "Yi Gang：" then "易纲：": a label and its translation,
 * told by the pair recurring with the words in the other language each time.
 */
function translationLabels(turns: readonly CleanTurn[], split: readonly Piece[][]): Set<string> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < turns.length; i++) {
    const [a, b] = [turns[i]!.label, turns[i + 1]!.label];
    if (a === b || HAN.test(a) === HAN.test(b)) continue;
    const [la, lb] = [single(split[i]!), single(split[i + 1]!)];
    if (!la || !lb || la === lb) continue;
    const key = `${a}\n${b}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([key]) => key));
}

function sameSpeaker(a: string, b: string): boolean {
  if (a === b) return true;
  const roleA = identityType(a);
  if ((roleA === 'questioner' || roleA === 'answerer') && identityType(b) === roleA) return true;
  const key = surnameKey(a);
  return key.length >= 3 && key === surnameKey(b);
}
