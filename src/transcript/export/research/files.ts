// What a research export produces: named files, for a folder, a zip or an HTTP answer.

export interface ExportFile {
  /** Relative path inside the export, with forward slashes. */
  path: string;
  content: string;
}
