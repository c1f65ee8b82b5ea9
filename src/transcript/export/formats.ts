// The export formats' names, apart from the exporters: the CLI lists them in --help without
// loading every renderer.
export const EXPORT_FORMATS = ['json', 'md', 'txt', 'html', 'csv', 'vtt', 'srt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CORPUS_FORMATS = ['convokit', 'tei', 'qa-csv', 'vtt', 'srt'] as const;
export type CorpusFormat = (typeof CORPUS_FORMATS)[number];
