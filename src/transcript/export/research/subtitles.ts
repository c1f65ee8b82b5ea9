// WebVTT and SRT subtitles from the turns that have times (startsAt/endsAt, seconds from the start;
// live conferences record them). A turn is cut into cues of a readable length, and its time is shared
// among them by their length. Untimed turns are left out.
import { attribution, paragraphs, primaryText, type ConferenceRecord, type Turn } from '../../../domain/record.ts';

export interface Cue {
  /** Seconds from the start of the conference. */
  start: number;
  end: number;
  /** Who speaks ("Wang Yi", "Jane Doe, Reuters"); empty for narration. */
  speaker: string;
  text: string;
  /** The first cue of its turn. */
  opensTurn: boolean;
}

/** Characters per cue: two lines of 42 for Latin script, two of 20 for Chinese. */
const MAX_LATIN = 84;
const MAX_HAN = 40;
/** For a last turn with no end: a reading pace, and never less than this. */
const CHARS_PER_SECOND = 15;
const MIN_SECONDS = 2;

export function isTimed(turn: Turn): turn is Turn & { startsAt: number } {
  return typeof turn.startsAt === 'number' && Number.isFinite(turn.startsAt) && turn.startsAt >= 0;
}

/**
 * The turns whose times are real, in order. Several turns stamped with the same start are not
 * (a default such as 0 given to all of them): they are left out rather than stacked on one cue time.
 */
export function realTimedTurns(record: ConferenceRecord): (Turn & { startsAt: number })[] {
  const timed = record.turns.filter(isTimed);
  const starts = new Map<number, number>();
  for (const turn of timed) starts.set(turn.startsAt, (starts.get(turn.startsAt) ?? 0) + 1);
  return timed.filter((turn) => starts.get(turn.startsAt) === 1).sort((a, b) => a.startsAt - b.startsAt);
}

export function hasTimes(record: ConferenceRecord): boolean {
  return realTimedTurns(record).length > 0;
}

const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Pieces of Chinese (and Japanese) text join without a space; Latin words with one. */
function joiner(before: string, after: string): string {
  return HAN.test(before.slice(-1)) || HAN.test(after.slice(0, 1)) ? '' : ' ';
}

/** Pieces of at most `max` characters: sentences, then clauses, then words (or characters, in Chinese). */
export function cueTexts(text: string, max?: number): string[] {
  const limit = max ?? (/\p{Script=Han}/u.test(text) ? MAX_HAN : MAX_LATIN);
  const out: string[] = [];
  for (const paragraph of paragraphs(text)) {
    const units = paragraph
      .split(/(?<=[.!?…])\s+|(?<=[。！？])/u)
      .flatMap((s) => (s.length > limit ? s.split(/(?<=[,;:])\s+|(?<=[，、；：])/u) : [s]))
      .flatMap((s) => (s.length > limit ? hardWrap(s, limit) : [s]))
      .map((s) => s.trim())
      .filter(Boolean);
    let current = '';
    for (const unit of units) {
      const joined = current ? `${current}${joiner(current, unit)}${unit}` : unit;
      if (current && joined.length > limit) {
        out.push(current);
        current = unit;
      } else current = joined;
    }
    if (current) out.push(current);
  }
  return out;
}

function hardWrap(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let line = '';
  // Chinese is cut between characters, never at spaces it does not have; other text between words.
  const byCharacter = /\p{Script=Han}/u.test(text) || !text.includes(' ');
  for (const word of byCharacter ? Array.from(text) : text.split(/\s+/)) {
    const sep = !byCharacter && line ? ' ' : '';
    if (line && line.length + sep.length + word.length > limit) {
      pieces.push(line);
      line = word;
    } else line += sep + word;
  }
  if (line) pieces.push(line);
  return pieces;
}

/** Cues for the timed turns, in the record's first language or the one asked for. */
export function subtitleCues(record: ConferenceRecord, lang?: string): Cue[] {
  const timed = realTimedTurns(record);
  const cues: Cue[] = [];
  timed.forEach((turn, i) => {
    const text = lang ? (turn.text[lang] ?? '') : primaryText(turn, record.conference.languages);
    const pieces = cueTexts(text);
    if (pieces.length === 0) return;
    const start = turn.startsAt;
    const next = timed[i + 1]?.startsAt;
    const end =
      typeof turn.endsAt === 'number' && turn.endsAt > start
        ? turn.endsAt
        : next !== undefined && next > start
          ? next
          : start + Math.max(MIN_SECONDS, text.length / CHARS_PER_SECOND);
    const total = pieces.reduce((n, p) => n + p.length, 0);
    let at = start;
    pieces.forEach((piece, j) => {
      const until = j === pieces.length - 1 ? end : at + ((end - start) * piece.length) / total;
      cues.push({ start: at, end: until, speaker: turn.kind === 'narration' ? '' : attribution(turn), text: piece, opensTurn: j === 0 });
      at = until;
    });
  });
  return cues;
}

/** HH:MM:SS.mmm (WebVTT) or HH:MM:SS,mmm (SRT). */
export function timestamp(seconds: number, separator: '.' | ','): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${separator}${pad(ms % 1000, 3)}`;
}

function vttEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A cue's text and a NOTE must never hold the timing arrow. */
function noArrow(text: string): string {
  return text.replace(/-->/g, '->');
}

/** WebVTT with each speaker as a voice span: <v Wang Yi>…. */
export function toWebVtt(record: ConferenceRecord, lang?: string): string {
  const c = record.conference;
  const blocks = ['WEBVTT', `NOTE\n${noArrow([c.title, c.date].filter(Boolean).join(', '))}`];
  subtitleCues(record, lang).forEach((cue, i) => {
    const voice = cue.speaker ? `<v ${vttEscape(noArrow(cue.speaker))}>` : '';
    blocks.push(`${i + 1}\n${timestamp(cue.start, '.')} --> ${timestamp(cue.end, '.')}\n${voice}${vttEscape(noArrow(cue.text))}`);
  });
  return `${blocks.join('\n\n')}\n`;
}

/** SRT: numbered cues; the speaker's name opens the first cue of each turn. */
export function toSrt(record: ConferenceRecord, lang?: string): string {
  const blocks = subtitleCues(record, lang).map((cue, i) => {
    const text = cue.opensTurn && cue.speaker ? `${cue.speaker}: ${cue.text}` : cue.text;
    return `${i + 1}\n${timestamp(cue.start, ',')} --> ${timestamp(cue.end, ',')}\n${noArrow(text)}`;
  });
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';
}
