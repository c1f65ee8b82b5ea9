// Approving in the browser with a real SMTP server: the link box opens in the row clicked, with the
// QR code drawn and "Copied" for that link only; two applications approved and e-mailed at once.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { smtpMailer } from '../../src/app/mailer.ts';
import { browserSkip, launchBrowser, openWatched, signIn } from '../support/browser.ts';
import { ApiClient } from '../support/client.ts';
import { PASSWORD, staff } from '../support/people.ts';
import { testServer } from '../support/server.ts';
import { mailbox } from '../support/smtp.ts';

describe('access links in the browser', { skip: browserSkip() }, async () => {
  const box = await mailbox();
  const { url, ctx } = await testServer({ mailer: await smtpMailer(box.url) });
  const admin = await staff(ctx, url, 'admin', 'Ada Admin');
  const created = await admin.post('/api/conferences', { title: 'Harbour Briefing', startsAt: '2030-05-02T10:00:00+08:00', timeZone: 'Asia/Shanghai' });
  const slug = created.body.conference.slug as string;
  await admin.post(`/api/conferences/${slug}/state`, { status: 'scheduled' });
  // Fjord Post is registered as foreign: that is the origin the approval offers.
  await admin.post('/api/outlets', { name: 'Fjord Post', aliases: [], origin: 'foreign' });
  const ids: Record<string, string> = {};
  for (const [name, email, outlet] of [
    ['Ola Berg', 'ola@fjordpost.example', 'Fjord Post'],
    ['Ivo Brandt', 'ivo@northwire.example', 'North Wire'],
    ['Rhea Stone', 'rhea@delta.example', 'Delta Radio'],
  ] as const) {
    ids[name] = (await new ApiClient(url).post('/api/accreditations', { name, email, outlet, conference: slug })).body.accreditation.id;
  }
  const browser = await launchBrowser();

  test('approve one: e-mailed, the link and its QR code in its own row; then two at once', async () => {
    const office = await openWatched(browser, `${url}/signin`);
    await office.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    await signIn(office.page, url, 'ada.admin@press.example', PASSWORD);
    await office.page.goto(`${url}/admin#accreditations`);
    const ola = office.page.locator(`tr[data-accreditation="${ids['Ola Berg']}"]`);
    await ola.waitFor();
    await ola.getByText('Registered: Fjord Post · Foreign').waitFor();
    await ola.getByRole('button', { name: 'Approve: Ola Berg' }).click();

    const box1 = office.page.locator(`tr[data-link-for="${ids['Ola Berg']}"]`);
    await box1.getByText('E-mailed to ola@fjordpost.example.').waitFor();
    const link = await box1.getByRole('textbox').inputValue();
    const mail = await box.next('ola@fjordpost.example');
    assert.ok(mail.text?.includes(link));
    const qr = box1.getByRole('img', { name: 'QR code of the access link for Ola Berg' });
    await qr.waitFor();
    assert.ok(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'the QR code is drawn');
    await box1.getByRole('button', { name: 'Copy' }).click();
    await box1.getByRole('button', { name: 'Copied' }).waitFor();
    assert.equal(await office.page.evaluate(() => navigator.clipboard.readText()), link);

    for (const name of ['Ivo Brandt', 'Rhea Stone']) await office.page.getByRole('checkbox', { name: `Select ${name}` }).check();
    await office.page.getByRole('button', { name: 'Approve and send (2)' }).click();
    await office.page.getByText('2 approved, 2 e-mailed.').waitFor();
    for (const email of ['ivo@northwire.example', 'rhea@delta.example']) await box.next(email);
    const ivoBox = office.page.locator(`tr[data-link-for="${ids['Ivo Brandt']}"]`);
    await ivoBox.waitFor();
    // "Copied" stays with Ola's link; Ivo's box offers "Copy".
    await ivoBox.getByRole('button', { name: 'Copy' }).waitFor();
    await box1.getByRole('button', { name: 'Copied' }).waitFor();

    // Revoking cannot be undone: it asks first, and "No" changes nothing.
    const rhea = office.page.locator(`tr[data-accreditation="${ids['Rhea Stone']}"]`);
    await rhea.getByRole('button', { name: 'Revoke' }).click();
    await rhea.getByText('Revoke the accreditation of Rhea Stone?', { exact: false }).waitFor();
    await rhea.getByRole('button', { name: 'No' }).click();
    const api = new ApiClient(url);
    await api.signIn('ada.admin@press.example', PASSWORD);
    const statusOf = async () =>
      (await api.request('GET', '/api/accreditations')).body.accreditations.find((a: { id: string }) => a.id === ids['Rhea Stone']).status;
    assert.equal(await statusOf(), 'approved');
    await rhea.getByRole('button', { name: 'Revoke' }).click();
    await rhea.getByRole('button', { name: 'Yes' }).click();
    for (let i = 0; i < 50 && (await statusOf()) !== 'revoked'; i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(await statusOf(), 'revoked');
    assert.deepEqual(office.errors, []);
    await office.context.close();
  });
});
