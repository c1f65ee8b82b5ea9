// Browser tests drive Debian's Chromium through playwright-core. Without Chromium they skip, unless
// PRESSER_REQUIRE_SERVICES=1 (CI), where a missing browser is a failure.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.PRESSER_CHROMIUM ?? '/usr/bin/chromium';
export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 375, height: 812 } as const;
export const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/** The skip reason for node:test, or false when the browser tests should run. */
export function browserSkip(): string | false {
  if (existsSync(CHROMIUM) || process.env.PRESSER_REQUIRE_SERVICES === '1') return false;
  return `no Chromium at ${CHROMIUM}: install it (apt-get install chromium) to run the browser tests`;
}

let shared: Promise<Browser> | null = null;

/** One headless Chromium per test file, closed when the file ends. */
export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`PRESSER_REQUIRE_SERVICES=1 but there is no Chromium at ${CHROMIUM}; install it with apt-get install chromium`);
  shared ??= chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const launched = shared;
  after(async () => (await launched).close());
  return launched;
}

export interface Watched {
  page: Page;
  /** Uncaught errors and console errors in the page. */
  errors: string[];
  /** alert(), confirm() or prompt() calls: the app never opens one, so any is injected script. */
  dialogs: string[];
}

export async function openContext(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; locale?: string; javaScriptEnabled?: boolean; timezoneId?: string } = {},
): Promise<BrowserContext> {
  const viewport = options.viewport ?? DESKTOP;
  const context = await browser.newContext({
    viewport,
    locale: options.locale ?? 'en-GB',
    deviceScaleFactor: 1,
    isMobile: viewport.width < 600,
    hasTouch: viewport.width < 600,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  // Generous: two browser tests share two cores with five contexts each, and a first launch builds font caches.
  context.setDefaultTimeout(45_000);
  return context;
}

export async function watchedPage(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  const watched: Watched = { page, errors: [], dialogs: [] };
  page.on('pageerror', (error) => watched.errors.push(error.message));
  page.on('console', (message) => {
    // A refused stream (a conference not yet public) shows as a failed load; that is expected.
    if (message.type() === 'error' && !/Failed to load resource|EventSource/.test(message.text())) watched.errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    watched.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return watched;
}

/** A fresh context with a watched page, already at `address`; close it with its context. */
export async function openWatched(
  browser: Browser,
  address: string,
  options: Parameters<typeof openContext>[1] = {},
): Promise<Watched & { context: BrowserContext }> {
  const context = await openContext(browser, options);
  const watched = await watchedPage(context);
  await watched.page.goto(address);
  return { ...watched, context };
}

export async function signIn(page: Page, base: string, email: string, password: string): Promise<void> {
  await page.goto(`${base}/signin`);
  await page.getByLabel(/^(Email|电子邮件)$/).fill(email);
  await page.getByLabel(/^(Password|密码)$/).fill(password);
  await page.locator('main button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page as it is now, as readable lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not block it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run(context: Document): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join(', ')})`);
}

/**
 * Presses Tab through the page and reports the visible controls focus never reached. One radio per
 * group is enough: the arrow keys move within a group.
 */
export async function unreachableByKeyboard(page: Page): Promise<string[]> {
  const total = await page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    const seenGroups = new Set<string>();
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      // checkVisibility() also leaves out what a closed <details> holds (its rects are not empty).
      if (el.getClientRects().length === 0 || !el.checkVisibility({ visibilityProperty: true })) continue;
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        if (seenGroups.has(el.name)) continue;
        seenGroups.add(el.name);
        el.dataset.kbGroup = el.name;
      }
      el.dataset.kb = String(n++);
    }
    (document.activeElement as HTMLElement | null)?.blur();
    return n;
  });
  const reached = new Set<string>();
  for (let i = 0; i < total + 15; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      if (active instanceof HTMLInputElement && active.type === 'radio')
        return document.querySelector<HTMLElement>(`[data-kb-group="${CSS.escape(active.name)}"]`)?.dataset.kb ?? null;
      return active?.dataset.kb ?? null;
    });
    if (id !== null) reached.add(id);
    if (reached.size === total) break;
  }
  return page.evaluate(
    (ids) => {
      const missing: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('[data-kb]'))
        if (!ids.includes(el.dataset.kb!))
          missing.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || el.id).trim().slice(0, 40)}"`);
      return missing;
    },
    [...reached],
  );
}

/**
 * Writes docs/screenshots/NAME.png (the viewport only, at one device pixel per CSS pixel, to stay
 * small), but only under `npm run screenshots` (PRESSER_SCREENSHOTS=1): `npm test` never rewrites a
 * tracked file, so a fresh clone stays clean after the test run.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.PRESSER_SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled', caret: 'hide' });
}
