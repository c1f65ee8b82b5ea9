// Colours and number formats shared by the charts.
import type { Origin } from '../../src/domain/record.ts';

/** Okabe and Ito's palette (distinguishable with colour-blindness), then a few more; yellow left out (too light on white). */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#332288', '#44AA99', '#882255', '#999933'];
export const ORIGIN_COLOURS: Record<Origin, string> = { domestic: '#0072B2', foreign: '#E69F00', unknown: '#8a8a8a' };
export const OTHERS_COLOUR = '#bdbdbd';
export const UNATTRIBUTED_COLOUR = '#6b6b6b';
export const KIND_COLOURS = { question: ['#0072B2', '#56B4E9'], answer: ['#D55E00', '#E69F00'] } as const;
export const DIRECTION_COLOURS = { rising: '#009E73', falling: '#D55E00' } as const;
export const GRID = '#e2e2e2';

export function formatters(lang: string) {
  const whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  return {
    whole: (v: number) => whole.format(v),
    decimal: (v: number) => decimal.format(v),
    percent: (v: number) => percent.format(v),
    /** Tick labels of a count axis: whole numbers only. */
    countTick: (v: number | string) => (typeof v === 'number' && Number.isInteger(v) ? whole.format(v) : ''),
  };
}

/** Height for a horizontal bar chart: enough room for every label on its own line. */
export function barsHeight(bars: number, extra = 90): number {
  return Math.max(160, bars * 26 + extra);
}
