// The first run in a browser: a fresh server's pages point at /setup, which makes the first admin;
// the admin then resets a staff member's password and disables the account, asked first in the page.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addUser } from '../../src/app/auth.ts';
import { browserSkip, launchBrowser, openWatched } from '../support/browser.ts';
import { ApiClient } from '../support/client.ts';
import { PASSWORD } from '../support/people.ts';
import { testServer } from '../support/server.ts';

describe('first run in the browser', { skip: browserSkip() }, async () => {
  const { url, ctx } = await testServer();
  const browser = await launchBrowser();

  test('set up the first admin, then reset a password and disable an account', async () => {
    const { page, errors, dialogs, context } = await openWatched(browser, url + '/');
    await page.getByRole('link', { name: 'Set up the first admin' }).click();
    await page.waitForURL(`${url}/setup`);
    await page.getByLabel('Your name').fill('Ada Admin');
    await page.getByLabel('Email').fill('ada@press.example');
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create the admin and sign in' }).click();
    await page.waitForURL(`${url}/admin#users`);
    await page.getByRole('cell', { name: 'ada@press.example' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Set up the first admin' }).count(), 0);

    await addUser(ctx, { email: 'tess@press.example', name: 'Tess Transcriber', role: 'transcriber', password: PASSWORD });
    await page.reload();
    const row = page.locator('tr[data-user="tess@press.example"]');
    await row.getByRole('button', { name: 'Reset password' }).click();
    await row.getByLabel('New password for Tess Transcriber').fill('a fresh password');
    await row.getByRole('button', { name: 'Set password' }).click();
    await page.getByText('Password changed for Tess Transcriber').waitFor();
    await new ApiClient(url).signIn('tess@press.example', 'a fresh password');

    await row.getByRole('button', { name: 'Disable' }).click();
    await row.getByText('Disable the account of Tess Transcriber?').waitFor();
    await row.getByRole('button', { name: 'Yes, go ahead' }).click();
    await row.getByText('Disabled', { exact: true }).waitFor();
    const refused = await new ApiClient(url).post('/api/session', { email: 'tess@press.example', password: 'a fresh password' });
    assert.equal(refused.status, 401);
    // The admin's own row offers no "Disable".
    assert.equal(await page.locator('tr[data-user="ada@press.example"]').getByRole('button', { name: 'Disable' }).count(), 0);
    assert.deepEqual(errors, []);
    assert.deepEqual(dialogs, []);
    await context.close();
  });
});
