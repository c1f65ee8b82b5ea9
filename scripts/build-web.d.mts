export declare const ROOT: string;
export declare const ENTRIES: Record<string, string>;
export interface WebManifest {
  /** "live.js" → "live-HASH.js" */
  files: Record<string, string>;
  /** Source files of the build, relative to the root. */
  inputs: string[];
}
export declare function webIsStale(root?: string): boolean;
export declare function buildWeb(root?: string, options?: { quiet?: boolean }): WebManifest;
