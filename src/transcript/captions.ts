// Subtitles of a recorded conference (SRT, WebVTT): the cues' words given back as the importer reads
// any transcript. A speaker's change starts a paragraph: a WebVTT voice tag ("<v Ana Lima>"), a
// caption's ">>" (broadcast captioning's mark of a new speaker), or a label opening a cue's line
// ("ANA LIMA: …"); a labelled paragraph carries its cue's time ("[00:01:05] Ana Lima: …"). Cues
// with no such mark continue the paragraph before them, their line breaks made spaces; a line that
// repeats the last one (rolling captions show each line twice) is read once. srt-vtt-parser reads
// the cues.
import { subtitleParserLibrary } from './lazy-libraries.ts';

const WEBVTT = /^\uFEFF?WEBVTT(?:[ \t]|\r?\n|$)/;
const SRT_START = /^\uFEFF?\s*\d+[ \t]*\r?\n\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]+-->[ \t]+\d/;

export function looksLikeCaptions(text: string): boolean {
  return WEBVTT.test(text) || SRT_START.test(text.slice(0, 200));
}

const VOICE = /^<v(?:\.[\w-]+)*[ \t]+([^<>\n]{1,100})>/;
const TAG = /<\/?[a-z][^<>\n]{0,200}>|<\d{1,2}:\d{2}(?::\d{2})?\.\d{3}>/gi;
const OVERRIDE = /\{\\[^}]*\}/g;
const SPEAKER_CHANGE = /^[ \t]*>>+[ \t]*/;
// "ANA LIMA:", "Dr. Ana Lima:", "记者：": a short label opening the line.
const LINE_LABEL = /^(?:\p{Lu}|\p{Script=Han})[^:：\n]{0,40}[:：](?:\s|$)/u;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': ' ', '&lrm;': '', '&rlm;': '' };
// With no speaker marked at all, a pause this long between cues starts a paragraph.
const PARAGRAPH_PAUSE_MS = 2000;

/** The cues as paragraphs, or null when the text is not subtitles or has no cue. */
export function captionsText(text: string): string | null {
  let entries: { from: number; to: number; text: string }[];
  try {
    entries = subtitleParserLibrary().parse(text).entries;
  } catch {
    return null;
  }
  if (entries.length === 0) return null;
  const paragraphs: string[] = [];
  let lastLine = '';
  let lastEnd = 0;
  let marked = false;
  // Who the paragraph being written is by: the same speaker's next cue continues it.
  let speaking = '';
  for (const cue of entries) {
    const voice = VOICE.exec(cue.text.trimStart());
    const voiceName = voice?.[1]?.trim() ?? '';
    const lines = cue.text
      .replace(OVERRIDE, '')
      .replace(TAG, '')
      .replace(/&(?:amp|lt|gt|nbsp|lrm|rlm);/g, (e) => ENTITIES[e] ?? e)
      .split(/\r?\n/);
    let opens = voice && voiceName !== speaking ? `${stamp(cue.from)}${voiceName}: ` : null;
    if (voice) {
      marked = true;
      speaking = voiceName;
    }
    for (let line of lines) {
      const change = SPEAKER_CHANGE.exec(line);
      if (change) line = line.slice(change[0].length);
      line = line.replace(/\s+/g, ' ').trim();
      if (line === '' || line === lastLine) continue;
      lastLine = line;
      const label = voice ? undefined : LINE_LABEL.exec(line)?.[0];
      const labelName = label?.replace(/[:：]\s*$/, '').trim();
      if (label && labelName === speaking) line = line.slice(label.length).trim();
      else if (change || label) {
        marked = true;
        speaking = labelName ?? '';
        paragraphs.push(label ? `${stamp(cue.from)}${line}` : line);
        opens = null;
        continue;
      }
      if (line === '') continue;
      if (opens !== null) paragraphs.push(opens + line);
      else if (paragraphs.length === 0 || (!marked && cue.from - lastEnd >= PARAGRAPH_PAUSE_MS)) paragraphs.push(line);
      else paragraphs[paragraphs.length - 1] += ` ${line}`;
      opens = null;
    }
    lastEnd = cue.to;
  }
  return paragraphs.length > 0 ? `${paragraphs.join('\n\n')}\n` : null;
}

/** "[01:02:05] ": the cue's start, as the importer reads a turn's time. */
function stamp(ms: number): string {
  const s = Math.floor(ms / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `[${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}] `;
}
