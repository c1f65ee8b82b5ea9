// The checks every page passes in a browser, as readable lines: axe-core's serious and critical
// findings, controls the keyboard never reaches, script errors, and content wider than the screen.
import type { Watched } from './browser.ts';
import { seriousA11yViolations, unreachableByKeyboard } from './browser.ts';

export async function pageProblems(watched: Watched, label: string, options: { keyboard: boolean }): Promise<string[]> {
  const { page } = watched;
  const problems: string[] = [];
  for (const v of await seriousA11yViolations(page)) problems.push(`${label}: ${v}`);
  if (options.keyboard) for (const m of await unreachableByKeyboard(page)) problems.push(`${label}: not reachable by keyboard: ${m}`);
  for (const e of watched.errors) problems.push(`${label}: page error: ${e}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 1) problems.push(`${label}: ${overflow}px wider than the screen`);
  return problems;
}

/** What markup typed into a record could have become: none of it may exist on the page. */
export async function injectedMarkup(watched: Watched): Promise<Record<string, number>> {
  return watched.page.evaluate(() => ({
    inlineScripts: [...document.scripts].filter((s) => !s.src && s.type !== 'application/json').length,
    handlers: document.querySelectorAll('[onerror], [onload], [onclick], [onmouseover], [onfocus]').length,
    javascriptLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
    images: document.querySelectorAll('img, svg').length,
    bold: document.querySelectorAll('main b').length,
  }));
}
