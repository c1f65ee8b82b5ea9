import type { ConferenceRecord } from '../../domain/record.ts';
import { toCsv } from './csv.ts';
import { toHtml } from './html.tsx';
import { toJson } from './json.ts';
import { toMarkdown } from './markdown.ts';
import { toText } from './text.ts';
import { hasTimes, toSrt, toWebVtt } from './research/subtitles.ts';
import { EXPORT_FORMATS, type ExportFormat } from './formats.ts';

export { EXPORT_FORMATS, type ExportFormat };

interface Exporter {
  mediaType: string;
  extension: string;
  render: (record: ConferenceRecord) => string;
}

const EXPORTERS: Record<ExportFormat, Exporter> = {
  json: { mediaType: 'application/json', extension: 'json', render: toJson },
  md: { mediaType: 'text/markdown; charset=utf-8', extension: 'md', render: toMarkdown },
  txt: { mediaType: 'text/plain; charset=utf-8', extension: 'txt', render: (r: ConferenceRecord) => toText(r) },
  html: { mediaType: 'text/html; charset=utf-8', extension: 'html', render: toHtml },
  csv: { mediaType: 'text/csv; charset=utf-8', extension: 'csv', render: (r: ConferenceRecord) => toCsv(r) },
  vtt: { mediaType: 'text/vtt; charset=utf-8', extension: 'vtt', render: (r: ConferenceRecord) => toWebVtt(r) },
  srt: { mediaType: 'application/x-subrip; charset=utf-8', extension: 'srt', render: (r: ConferenceRecord) => toSrt(r) },
};

const TIMED_FORMATS: ReadonlySet<string> = new Set(['vtt', 'srt']);

export function isExportFormat(value: string): value is ExportFormat {
  return Object.hasOwn(EXPORTERS, value);
}

/** Why the record cannot be given in this format, or null: subtitles need turns with times. */
export function exportProblem(record: ConferenceRecord, format: ExportFormat): string | null {
  if (TIMED_FORMATS.has(format) && !hasTimes(record)) {
    return `no turn has a time, and ${format === 'vtt' ? 'WebVTT' : 'SRT'} needs them (a live conference, or captions stamped like "[00:01:02] Name: text")`;
  }
  return null;
}

export function exportRecord(record: ConferenceRecord, format: ExportFormat): string {
  return EXPORTERS[format].render(record);
}

export function exportMediaType(format: ExportFormat): string {
  return EXPORTERS[format].mediaType;
}

export function exportExtension(format: ExportFormat): string {
  return EXPORTERS[format].extension;
}
