// Access links that reach people, over HTTP against a real SMTP server: the e-mail in the
// journalist's language with the link and a calendar invitation, the QR code, approving several at
// once, a refused e-mail that still leaves the link with the admin, and the used link's page.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { smtpMailer } from '../../src/app/mailer.ts';
import { ApiClient } from '../support/client.ts';
import { staff } from '../support/people.ts';
import { testServer } from '../support/server.ts';
import { mailbox } from '../support/smtp.ts';

const box = await mailbox();
const { url, ctx } = await testServer({ mailer: await smtpMailer(box.url, 'Press Office <press@ministry.example>') });
const admin = await staff(ctx, url, 'admin', 'Ada Admin');
const created = await admin.post('/api/conferences', {
  title: 'Harbour Briefing',
  startsAt: '2030-05-02T10:00:00+08:00',
  timeZone: 'Asia/Shanghai',
  venue: 'Old Customs House',
});
const slug = created.body.conference.slug as string;
await admin.post(`/api/conferences/${slug}/state`, { status: 'scheduled' });

async function applyAs(name: string, email: string, outlet: string, lang?: 'en' | 'zh') {
  const answer = await new ApiClient(url).post('/api/accreditations', { name, email, outlet, conference: slug, ...(lang ? { lang } : {}) });
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return answer.body.accreditation.id as string;
}

describe('access links by e-mail', () => {
  test('approval e-mails the link with a calendar invitation; the answer has the QR code', async () => {
    const id = await applyAs('Ola Berg', 'ola@fjordpost.example', 'Fjord Post');
    const approved = await admin.post(`/api/accreditations/${id}/approve`, { origin: 'foreign' });
    assert.equal(approved.status, 200);
    assert.equal(approved.body.emailed, true);
    assert.equal(approved.body.emailError, null);
    assert.match(approved.body.accessQr, /^data:image\/svg\+xml;base64,/);
    assert.match(Buffer.from(approved.body.accessQr.split(',')[1], 'base64').toString(), /<svg[^>]*>.*<path/s);

    const mail = await box.next('ola@fjordpost.example');
    assert.equal(mail.subject, 'Your accreditation: Harbour Briefing');
    assert.match(mail.from?.text ?? '', /press@ministry\.example/);
    assert.ok(mail.text?.includes(approved.body.accessLink), 'the e-mail carries the link');
    assert.match(mail.text ?? '', /It starts May 2, 2030, 10:00 AM GMT\+8\./);
    const ics = mail.attachments.find((a) => a.filename === 'invitation.ics');
    assert.ok(ics, 'a calendar invitation is attached');
    const calendar = ics.content.toString();
    assert.match(calendar, /BEGIN:VEVENT/);
    assert.match(calendar, /DTSTART:20300502T020000Z/);
    assert.match(calendar, /SUMMARY:Harbour Briefing/);
    assert.match(calendar, /LOCATION:Old Customs House/);

    // The link from the e-mail signs in once; the second time it explains, in the reader's language.
    const link = new URL(approved.body.accessLink);
    const journalist = new ApiClient(url);
    assert.equal((await journalist.get(link.pathname)).status, 303);
    const again = await new ApiClient(url).request('GET', link.pathname, undefined, { accept: 'text/html', 'accept-language': 'zh-CN,zh;q=0.9' });
    assert.equal(again.status, 401);
    assert.match(again.body, /此链接已失效/);
    assert.match(again.body, /回复发送此链接的邮件/);
  });

  test('an application made in Chinese gets its e-mail in Chinese', async () => {
    const id = await applyAs('李明', 'li.ming@xinhua.example', '新华社', 'zh');
    assert.equal((await admin.post(`/api/accreditations/${id}/approve`, { origin: 'domestic' })).body.emailed, true);
    const mail = await box.next('li.ming@xinhua.example');
    assert.equal(mail.subject, '您的采访证：Harbour Briefing');
    assert.match(mail.text ?? '', /李明：您好/);
  });

  test('approve and send several at once; one that cannot be approved does not stop the others', async () => {
    const ids = [await applyAs('Ivo Brandt', 'ivo@northwire.example', 'North Wire'), await applyAs('Rhea Stone', 'rhea@delta.example', 'Delta Radio')];
    const answer = await admin.post('/api/accreditations/approve', { items: [...ids.map((id) => ({ id, origin: 'foreign' })), { id: 'no-such-application' }] });
    assert.equal(answer.status, 200);
    assert.deepEqual(
      answer.body.results.map((r: { ok: boolean }) => r.ok),
      [true, true, false],
    );
    assert.equal(answer.body.results[2].code, 'not_found');
    for (const email of ['ivo@northwire.example', 'rhea@delta.example']) {
      const mail = await box.next(email);
      assert.ok(answer.body.results.some((r: { accessLink?: string }) => r.accessLink && mail.text?.includes(r.accessLink)));
    }
  });
});

describe('when the mail server refuses or is missing', () => {
  test('the approval stands, the answer says why, and the admin has the link', async () => {
    const refusing = await mailbox({ refuse: true });
    const server = await testServer({ mailer: await smtpMailer(refusing.url) });
    const office = await staff(server.ctx, server.url, 'admin', 'Bo Admin');
    const conf = await office.post('/api/conferences', { title: 'Quiet Briefing' });
    const quiet = conf.body.conference.slug as string;
    await office.post(`/api/conferences/${quiet}/state`, { status: 'scheduled' });
    const applied = await new ApiClient(server.url).post('/api/accreditations', {
      name: 'Ola Berg',
      email: 'ola@fjordpost.example',
      outlet: 'Fjord Post',
      conference: quiet,
    });
    const approved = await office.post(`/api/accreditations/${applied.body.accreditation.id}/approve`, {});
    assert.equal(approved.status, 200);
    assert.equal(approved.body.emailed, false);
    assert.match(approved.body.emailError, /mailbox unavailable/);
    assert.equal(approved.body.accreditation.status, 'approved');
    assert.equal((await new ApiClient(server.url).get(new URL(approved.body.accessLink).pathname)).status, 303);

    const plain = await testServer();
    const office2 = await staff(plain.ctx, plain.url, 'admin', 'Cy Admin');
    const c2 = await office2.post('/api/conferences', { title: 'Plain Briefing' });
    await office2.post(`/api/conferences/${c2.body.conference.slug}/state`, { status: 'scheduled' });
    const a2 = await new ApiClient(plain.url).post('/api/accreditations', {
      name: 'Ola Berg',
      email: 'ola@fjordpost.example',
      outlet: 'Fjord Post',
      conference: c2.body.conference.slug,
    });
    const ok2 = await office2.post(`/api/accreditations/${a2.body.accreditation.id}/approve`, {});
    assert.equal(ok2.body.emailError, 'no_mailer');
  });

  test('a setting that is not an SMTP URL is refused clearly', async () => {
    await assert.rejects(smtpMailer('http://mail.example.org'), /must start with smtp:\/\/ or smtps:\/\//);
    await assert.rejects(smtpMailer('not a url'), /is not a URL/);
  });
});
