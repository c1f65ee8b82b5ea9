// A page that reposts an interview often runs the wire's headlines over it in capitals: "FED'S WILLIAMS: WE
// AREN'T REALLY TALKING ABOUT RATE CUTS RIGHT NOW". Each reads like a label in capitals, but what follows it is
// capitals too, where the transcript's own turns are set in ordinary case. Their labels are dropped; the
// lines stay where they are (the preamble, as a rule), nobody's turn.
import type { LabelDetection, LabelHit } from './labels/index.ts';

const LOWER = /\p{Ll}/u;
const HAN = /\p{Script=Han}/u;
const PERSON_FIRST = /^\s*(?:MR|MS|MRS|DR|PROF|SIR|DAME)\b/;
const MIN_WORDS = 3;
// The transcript's own turns in ordinary case: this many at least, and the headlines a minority.
const MIN_ORDINARY = 4;

/** The detection without the labels of headlines set wholly in capitals, or null where there are none. */
export function withoutCapitalHeadlines(detection: LabelDetection): LabelDetection | null {
  const { hits } = detection;
  let ordinary = 0;
  let headlines = 0;
  for (const hit of hits) {
    if (isCapitalHeadline(hit)) headlines++;
    else if (LOWER.test(hit.parsed.body)) ordinary++;
  }
  if (headlines === 0 || ordinary < MIN_ORDINARY || headlines * 4 > hits.length) return null;
  return { ...detection, hits: hits.filter((hit) => !isCapitalHeadline(hit)) };
}

function isCapitalHeadline(hit: LabelHit): boolean {
  const { label, body } = hit.parsed;
  if (LOWER.test(label) || LOWER.test(body) || HAN.test(label) || HAN.test(body)) return false;
  // ("MANAGEMENT: MR. ARUN KUMAR JAIN – CHAIRMAN …": a call's list of its people, read by the cast, not a headline.)
  if (PERSON_FIRST.test(body)) return false;
  // Words in Latin capitals (a Chinese line has no lower case either, and is no headline for that).
  let capitalWords = 0;
  for (const word of body.trim().split(/\s+/)) if (CAPITAL_WORD.test(word)) capitalWords++;
  return capitalWords >= MIN_WORDS;
}

const CAPITAL_WORD = /^[^\p{L}]*\p{Lu}{2,}/u;
