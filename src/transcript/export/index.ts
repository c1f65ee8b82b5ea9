import type { ConferenceRecord } from '../../domain/record.ts';
import { hasTimes } from './research/subtitles.ts';
import { EXPORT_FORMATS, type ExportFormat } from './formats.ts';

export { EXPORT_FORMATS, type ExportFormat };

type Render = (record: ConferenceRecord) => string;

/**
 * Each format's renderer is loaded when it is first asked for: `presser convert` to JSON need not
 * read the HTML exporter and its JSX runtime, nor the CSV library (start-up time, issue 11).
 */
interface Exporter {
  mediaType: string;
  extension: string;
  load: () => Promise<Render>;
}

const EXPORTERS: Record<ExportFormat, Exporter> = {
  json: { mediaType: 'application/json', extension: 'json', load: async () => (await import('./json.ts')).toJson },
  md: { mediaType: 'text/markdown; charset=utf-8', extension: 'md', load: async () => (await import('./markdown.ts')).toMarkdown },
  txt: { mediaType: 'text/plain; charset=utf-8', extension: 'txt', load: async () => (await import('./text.ts')).toText },
  html: { mediaType: 'text/html; charset=utf-8', extension: 'html', load: async () => (await import('./html.tsx')).toHtml },
  csv: { mediaType: 'text/csv; charset=utf-8', extension: 'csv', load: async () => (await import('./csv.ts')).toCsv },
  vtt: { mediaType: 'text/vtt; charset=utf-8', extension: 'vtt', load: async () => (await import('./research/subtitles.ts')).toWebVtt },
  srt: { mediaType: 'application/x-subrip; charset=utf-8', extension: 'srt', load: async () => (await import('./research/subtitles.ts')).toSrt },
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

export async function exportRecord(record: ConferenceRecord, format: ExportFormat): Promise<string> {
  const render = await EXPORTERS[format].load();
  return render(record);
}

export function exportMediaType(format: ExportFormat): string {
  return EXPORTERS[format].mediaType;
}

export function exportExtension(format: ExportFormat): string {
  return EXPORTERS[format].extension;
}
