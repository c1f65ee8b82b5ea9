// The analytics page: draws each chart into the canvas the server left for it. The tables stay on
// the page (folded away once their chart is drawn) as the charts' accessible equivalent.
import type { AnalyticsPageData } from '../../src/http/pages/page-data.ts';
import { busyForms } from '../lib/busy-forms.ts';
import { readPageData } from '../lib/page-data.ts';
import { chartPlans, type ChartPlan } from './configs.ts';
import { Chart } from './setup.ts';

busyForms();
const data = readPageData<AnalyticsPageData>();
const plans = chartPlans(data);

function planFor(box: HTMLElement): ChartPlan | null {
  switch (box.dataset.chart) {
    case 'outlets':
      return plans.outlets();
    case 'origins':
      return plans.origins();
    case 'floor':
      return plans.floor();
    case 'lengths':
      return plans.lengths();
    case 'mentions':
      return plans.mentions();
    case 'terms':
      return plans.terms(box.dataset.lang ?? '');
    default:
      return null;
  }
}

for (const box of document.querySelectorAll<HTMLElement>('.chart-box[data-chart]')) {
  const canvas = box.querySelector('canvas');
  const plan = planFor(box);
  if (!canvas || !plan) continue;
  // The height goes through the CSSOM, which the page's Content-Security-Policy allows.
  const holder = canvas.parentElement!;
  if (plan.height !== null) holder.style.height = `${plan.height}px`;
  box.hidden = false;
  new Chart(canvas, plan.config as ConstructorParameters<typeof Chart>[1]);
  box.dataset.drawn = 'true';
  const table = box.closest('section')?.querySelector<HTMLDetailsElement>('details.chart-data');
  if (table) table.open = false;
}
