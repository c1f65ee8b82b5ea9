// The press office edits in the browser: a scheduled conference edited and cancelled (the public page
// says so), a live one corrected with the change logged; an application whose outlet only resembles a
// registered one, decided by the admin; two outlets merged after a confirmation.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserSkip, launchBrowser, openWatched, seriousA11yViolations, signIn } from '../support/browser.ts';
import { ApiClient } from '../support/client.ts';
import { liveConference, PASSWORD, staff } from '../support/people.ts';
import { sampleRecord } from '../support/records.ts';
import { testServer } from '../support/server.ts';

describe('the press office edits in the browser', { skip: browserSkip() }, async () => {
  const { url, ctx, store } = await testServer();
  const admin = await staff(ctx, url, 'admin', 'Ada Admin');
  const browser = await launchBrowser();

  test('edit and cancel a scheduled conference; correct a live one, the change logged', async () => {
    const start = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const slug = (await admin.post('/api/conferences', { title: 'Ferry Briefing', startsAt: start, timeZone: 'Europe/Oslo' })).body.conference.slug as string;
    await admin.post(`/api/conferences/${slug}/state`, { status: 'scheduled' });
    const live = await liveConference(admin, 'Quay Briefing');

    const office = await openWatched(browser, `${url}/signin`);
    await signIn(office.page, url, 'ada.admin@press.example', PASSWORD);
    await office.page.goto(`${url}/admin#conferences`);
    const row = office.page.locator(`tr[data-slug="${slug}"]`);
    await row.getByRole('button', { name: 'Edit: Ferry Briefing' }).click();
    const panel = office.page.getByRole('region', { name: 'Edit "Ferry Briefing"' });
    await panel.getByLabel('Title').fill('Ferry Timetable Briefing');
    await panel.getByLabel('Venue').fill('Pier 4');
    await panel.getByLabel('Occasion').fill('Summer timetable');
    await panel.getByLabel('Host', { exact: true }).fill('Ministry of Harbours');
    await panel.getByLabel('Topic', { exact: true }).fill('Ferries');
    await panel.getByRole('button', { name: 'Save' }).click();
    await office.page.getByRole('region', { name: 'Edit "Ferry Timetable Briefing"' }).getByText('Saved.').waitFor();
    await row.getByText('Pier 4').waitFor();
    const info = (await admin.get(`/api/conferences/${slug}/live`)).body.conference;
    assert.deepEqual([info.title, info.venue, info.startsAt && Date.parse(info.startsAt)], ['Ferry Timetable Briefing', 'Pier 4', Date.parse(start)]);
    assert.deepEqual([info.occasion, info.host, info.topic], ['Summer timetable', 'Ministry of Harbours', 'Ferries']);
    assert.deepEqual(await seriousA11yViolations(office.page), []);

    await row.getByRole('button', { name: 'Cancel the conference' }).click();
    await row.getByText('Cancel "Ferry Timetable Briefing"? Its public page will say it is cancelled').waitFor();
    await row.getByRole('button', { name: 'Yes' }).click();
    await row.getByText('Cancelled', { exact: true }).waitFor();
    const reader = await openWatched(browser, `${url}/c/${slug}`);
    await reader.page.locator('#state-note', { hasText: 'This conference has been cancelled.' }).waitFor();
    await reader.page.goto(url);
    await reader.page.locator('section[aria-labelledby="upcoming"] li', { hasText: 'Ferry Timetable Briefing' }).getByText('Cancelled').waitFor();

    // A reader has the live page open while the title and venue are corrected: it changes without a reload.
    const follower = await openWatched(browser, `${url}/c/${live}`);
    await follower.page.locator('#connection[data-state="open"]').waitFor();
    await follower.page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const liveRow = office.page.locator(`tr[data-slug="${live}"]`);
    await liveRow.getByRole('button', { name: 'Edit: Quay Briefing' }).click();
    const livePanel = office.page.getByRole('region', { name: 'Edit "Quay Briefing"' });
    await livePanel.getByText('only its title, venue and start time can change').waitFor();
    assert.equal(await livePanel.getByLabel(/^Languages/).count(), 0, 'languages are fixed once live');
    assert.equal(await livePanel.getByLabel('Occasion').count(), 0, 'the occasion is fixed once live');
    await livePanel.getByLabel('Title').fill('Quay and Harbour Briefing');
    await livePanel.getByLabel('Venue').fill('Harbour Hall');
    await livePanel.getByRole('button', { name: 'Save' }).click();
    await office.page
      .getByRole('region', { name: 'Edit "Quay and Harbour Briefing"' })
      .getByText('Ada Admin changed the title from "Quay Briefing" to "Quay and Harbour Briefing"')
      .waitFor();
    await follower.page.locator('h1', { hasText: 'Quay and Harbour Briefing' }).waitFor();
    await follower.page.locator('dl.facts dd', { hasText: 'Harbour Hall' }).waitFor();
    await follower.page.waitForFunction(() => document.title.startsWith('Quay and Harbour Briefing'));
    assert.equal(await follower.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded), true, 'no reload');
    assert.deepEqual(office.errors, []);
    assert.deepEqual(reader.errors, []);
    assert.deepEqual(follower.errors, []);
    await office.context.close();
    await reader.context.close();
    await follower.context.close();
  });

  test('a near-duplicate outlet waits for the admin; two outlets merged after a confirmation', async () => {
    const slug = await liveConference(admin, 'Lagoon Briefing');
    const registered = await admin.post('/api/outlets', { name: 'Lagoon Times', country: 'XB', origin: 'foreign' });
    assert.equal(registered.status, 201, JSON.stringify(registered.body));
    const second = sampleRecord({ slug: 'harbour-record' });
    second.turns[4]!.outlet = { name: 'H. Daily', aliases: [], country: 'XA', origin: 'domestic' };
    await store.conferences.saveRecord(second, { contentHash: 'h-daily' }, new Date().toISOString());
    const apply = async (name: string, outlet: string) => {
      const res = await new ApiClient(url).post('/api/accreditations', {
        name,
        email: `${name.split(' ')[0]!.toLowerCase()}@press.example`,
        outlet,
        conference: slug,
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body.accreditation.id as string;
    };
    const same = await apply('Ola Berg', 'LAGOON TIMES TV');
    const typo = await apply('Rhea Stone', 'Lagoon Tmes');

    const office = await openWatched(browser, `${url}/signin`);
    await signIn(office.page, url, 'ada.admin@press.example', PASSWORD);
    await office.page.goto(`${url}/admin#accreditations`);
    await office.page.locator(`tr[data-accreditation="${same}"]`).getByText('Registered: Lagoon Times · Foreign').waitFor();
    const typoRow = office.page.locator(`tr[data-accreditation="${typo}"]`);
    await typoRow.getByRole('group', { name: 'Not registered. Similar outlets:' }).waitFor();
    await typoRow.getByRole('button', { name: 'Approve: Rhea Stone' }).click();
    await typoRow.getByText('Pick one of the similar outlets or confirm a new outlet first.').waitFor();
    assert.equal((await admin.get('/api/accreditations?status=pending')).body.accreditations.length, 2, 'nothing approved yet');
    await typoRow.getByRole('radio', { name: 'Use Lagoon Times (Foreign)' }).check();
    await typoRow.getByRole('button', { name: 'Approve: Rhea Stone' }).click();
    await office.page.locator(`tr[data-link-for="${typo}"]`).waitFor();
    const lagoon = ((await admin.get('/api/outlets')).body.outlets as { name: string; aliases: string[] }[]).find((o) => o.name === 'Lagoon Times');
    assert.deepEqual(lagoon?.aliases, ['Lagoon Tmes']);

    await office.page.goto(`${url}/admin#outlets`);
    // Registering a near-duplicate asks first.
    await office.page.getByLabel('Name', { exact: true }).fill('Harbour Dailly');
    await office.page.getByRole('button', { name: 'Create' }).click();
    await office.page.getByText('Similar outlets are registered: Harbour Daily. Register "Harbour Dailly" anyway?').waitFor();
    await office.page.getByRole('button', { name: 'Register anyway' }).click();
    await office.page.locator('tr[data-outlet="Harbour Dailly"]').waitFor();

    await office.page.getByRole('button', { name: 'Edit: H. Daily' }).click();
    const editor = office.page.getByRole('region', { name: 'Edit: H. Daily' });
    await editor.getByLabel('Merge H. Daily into').selectOption({ label: 'Harbour Daily' });
    await editor.getByRole('button', { name: 'Merge' }).click();
    await editor.getByText('This cannot be undone.', { exact: false }).waitFor();
    await editor.getByRole('button', { name: 'Yes' }).click();
    await office.page.getByText('"H. Daily" is now part of "Harbour Daily".').waitFor();
    await office.page.locator('tr[data-outlet="H. Daily"]').waitFor({ state: 'detached' });
    await office.page.locator('tr[data-outlet="Harbour Daily"]').getByText('H. Daily').waitFor();

    await office.page.getByRole('button', { name: 'Edit: Harbour Daily', exact: true }).click();
    await office.page.getByLabel('Another name for Harbour Daily').fill('HD');
    await office.page.getByRole('button', { name: 'Add name' }).click();
    await office.page.locator('tr[data-outlet="Harbour Daily"]').getByText('H. Daily, HD').waitFor();
    const rows = (await admin.get('/api/analytics?chart=outlets')).body.outlets.rows as { outlet: string; questions: number }[];
    assert.deepEqual(
      rows.map((r) => [r.outlet, r.questions]),
      [['Harbour Daily', 2]],
      'the statistics follow the kept outlet',
    );
    assert.deepEqual(office.errors, []);
    assert.deepEqual(office.dialogs, [], 'confirmations are asked in the page');
    await office.context.close();
  });
});
