// The names of the charts, apart from the charts themselves: `presser stats --help` lists them
// without loading the measures.
export const CHARTS = ['outlets', 'origins', 'floor', 'lengths', 'mentions', 'terms'] as const;
export type ChartName = (typeof CHARTS)[number];
