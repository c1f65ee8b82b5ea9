import { chromium } from 'playwright-core';
const B = 'http://127.0.0.1:4321';
const demo = '2019-09-14-minister-of-water-resources-of-the-republic-of-alvania-tomas';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
for (const locale of ['en-GB', 'zh-CN']) {
  for (const state of [undefined, '/tmp/audit/admin.json']) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale, ...(state ? { storageState: state } : {}) });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
    const paths = ['/', '/search', '/search?q=water', '/analytics', '/accreditation', '/signin', '/console', '/admin#conferences', '/admin#accreditations', '/admin#outlets', '/admin#users', '/admin#embed', `/c/${demo}`, `/console/${demo}/moderate`, `/console/${demo}/write`, `/embed/${demo}`, '/journalist', '/access/abc', '/nope', '/setup'];
    for (const p of paths) {
      const res = await page.goto(B + p);
      await page.waitForTimeout(p.startsWith('/admin') ? 600 : 100);
      const h1 = await page.locator('h1').first().textContent({ timeout: 500 }).catch(() => '-');
      console.log(locale, state ? 'admin' : 'anon', res?.status(), p, '|', await page.title(), '|', h1?.trim());
    }
    await ctx.close();
  }
}
await browser.close();
