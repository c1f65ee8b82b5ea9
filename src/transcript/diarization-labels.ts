// A speech recogniser's diarization labels ("SPEAKER_00:", "[SPEAKER_03]", as WhisperX and
// pyannote print them): numbered voices, nobody named. Rewritten as the placeholder a
// transcription service prints ("Speaker 00:"), which the labels and the cast already read.
import type { SourceLine } from './types.ts';

const DIARIZED = /^(\s*\[?)SPEAKER_(\d{1,3})(\]?)(?=\s*[:：]|\s*$|\s)/;

export function withDiarizationLabels(lines: SourceLine[]): SourceLine[] {
  // Most documents have none: settled by one search of each line's start.
  if (!lines.some((line) => DIARIZED.test(line.text))) return lines;
  return lines.map((line) => (DIARIZED.test(line.text) ? { ...line, text: line.text.replace(DIARIZED, '$1Speaker $2$3') } : line));
}
