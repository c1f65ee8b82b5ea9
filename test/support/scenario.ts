// A press office with something on every page, built through the real API: a published record with
// a correction, a live bilingual conference with a waiting hand and an open question, a scheduled one.
import type { AppContext } from '../../src/app/context.ts';
import { ApiClient } from './client.ts';
import { liveConference, PASSWORD, staff } from './people.ts';

export interface Scenario {
  admin: ApiClient;
  moderator: ApiClient;
  transcriber: ApiClient;
  interpreter: ApiClient;
  published: string;
  live: string;
  scheduled: string;
  /** Opens to sign the journalist in (once); get another with journalistLink(). */
  journalistLink(): Promise<string>;
  emails: Record<'admin' | 'moderator' | 'transcriber' | 'interpreter', string>;
  password: string;
}

async function ok<T = any>(answer: Promise<{ status: number; body: T }>, expected = 200): Promise<T> {
  const { status, body } = await answer;
  if (status !== expected) throw new Error(`expected ${expected}, got ${status}: ${JSON.stringify(body)}`);
  return body;
}

/** Applies for the conference and approves; returns the accreditation id. */
export async function accredit(
  admin: ApiClient,
  url: string,
  name: string,
  outlet: string,
  conference: string,
  origin: 'domestic' | 'foreign',
): Promise<{ id: string; link: string }> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@${outlet.toLowerCase().replace(/\W+/g, '')}.example`;
  const applied = await ok(new ApiClient(url).post('/api/accreditations', { name, email, outlet, conference }), 201);
  const approved = await ok(admin.post(`/api/accreditations/${applied.accreditation.id}/approve`, { origin }));
  return { id: applied.accreditation.id, link: approved.accessLink };
}

async function signedInJournalist(url: string, link: string): Promise<ApiClient> {
  const client = new ApiClient(url);
  const opened = await client.get(new URL(link).pathname);
  if (opened.status !== 303) throw new Error(`access link failed: ${opened.status}`);
  return client;
}

export async function buildScenario(ctx: AppContext, url: string): Promise<Scenario> {
  const admin = await staff(ctx, url, 'admin', 'Ada Admin');
  const moderator = await staff(ctx, url, 'moderator', 'Mo Moderator');
  const transcriber = await staff(ctx, url, 'transcriber', 'Tess Transcriber');
  const interpreter = await staff(ctx, url, 'interpreter', 'Ian Interpreter');

  // The published record: a question, an answer in two paragraphs and both languages, one correction.
  const published = await liveConference(admin, 'Spring Harbour Review', { venue: 'Old Customs House', occasion: 'Quarterly briefing' });
  const ivo = await signedInJournalist(url, (await accredit(admin, url, 'Ivo Brandt', 'North Wire', published, 'foreign')).link);
  const base = `/api/conferences/${published}`;
  await ok(transcriber.post(`${base}/turns`, { kind: 'statement' }), 201);
  await ok(transcriber.post(`${base}/turns/1/text`, { lang: 'en', append: 'Good morning. The new quay opens in June.\n\nIt will carry twice the freight.' }));
  await ok(interpreter.post(`${base}/turns/1/text`, { lang: 'zh', append: '早上好。新码头六月启用。\n\n运力将翻倍。' }));
  await ok(transcriber.post(`${base}/turns/1/final`));
  await ok(ivo.post(`${base}/hands`, { topic: 'Dues', question: 'Same dues for all?' }), 201);
  const floor = await ok(moderator.post(`${base}/floor`, {}));
  await ok(transcriber.post(`${base}/turns/${floor.seq}/text`, { lang: 'en', append: 'Will foreign carriers pay the same dues?' }));
  await ok(interpreter.post(`${base}/turns/${floor.seq}/text`, { lang: 'zh', append: '外国承运人是否缴纳同样的费用？' }));
  await ok(transcriber.post(`${base}/turns/${floor.seq}/final`));
  const answer = await ok(transcriber.post(`${base}/turns`, { kind: 'answer' }), 201);
  await ok(transcriber.post(`${base}/turns/${answer.turn.seq}/text`, { lang: 'en', append: 'Yes, the same dues, for al.' }));
  await ok(interpreter.post(`${base}/turns/${answer.turn.seq}/text`, { lang: 'zh', append: '是的，一视同仁。' }));
  await ok(transcriber.post(`${base}/turns/${answer.turn.seq}/final`));
  await ok(transcriber.patch(`${base}/turns/${answer.turn.seq}`, { text: { en: 'Yes, the same dues, for all.' } }));
  await ok(admin.post(`${base}/state`, { status: 'ended' }));
  await ok(admin.post(`${base}/state`, { status: 'published' }));

  // The live conference: a statement, an open question, and a hand waiting.
  const live = await liveConference(admin, 'Harbour Briefing', { venue: 'Pier 4 Press Room' });
  const mira = await accredit(admin, url, 'Mira Okafor', 'Harbour Daily', live, 'domestic');
  await signedInJournalist(url, mira.link);
  const lb = `/api/conferences/${live}`;
  await ok(transcriber.post(`${lb}/turns`, { kind: 'statement' }), 201);
  await ok(transcriber.post(`${lb}/turns/1/text`, { lang: 'en', append: 'Welcome. Dredging of the east channel begins on Monday.' }));
  await ok(interpreter.post(`${lb}/turns/1/text`, { lang: 'zh', append: '欢迎各位。东航道疏浚工程周一开工。' }));
  await ok(transcriber.post(`${lb}/turns/1/final`));
  const ana = await signedInJournalist(url, (await accredit(admin, url, 'Ana Lima', 'Delta Radio', live, 'foreign')).link);
  await ok(ana.post(`${lb}/hands`, { topic: 'Ferries', question: 'When do the ferries return?' }), 201);
  const given = await ok(moderator.post(`${lb}/floor`, {}));
  await ok(transcriber.post(`${lb}/turns/${given.seq}/text`, { lang: 'en', append: 'When will the ferries return to the east pier?' }));
  const ola = await signedInJournalist(url, (await accredit(admin, url, 'Ola Berg', 'Fjord Post', live, 'foreign')).link);
  await ok(ola.post(`${lb}/hands`, { topic: 'Fees', question: 'Will port fees rise?' }), 201);

  const scheduledCreated = await ok(
    admin.post('/api/conferences', { title: 'Autumn Shipping Outlook', date: '2031-10-01', principals: ['Lena Marsh'], venue: 'Old Customs House' }),
    201,
  );
  const scheduled = scheduledCreated.conference.slug as string;
  await ok(admin.post(`/api/conferences/${scheduled}/state`, { status: 'scheduled' }));

  return {
    admin,
    moderator,
    transcriber,
    interpreter,
    published,
    live,
    scheduled,
    journalistLink: async () => {
      const found = (await ok(admin.get('/api/accreditations?status=approved'))).accreditations.find((a: { name: string }) => a.name === 'Mira Okafor');
      return (await ok(admin.post(`/api/accreditations/${found.id}/link`))).accessLink as string;
    },
    emails: {
      admin: 'ada.admin@press.example',
      moderator: 'mo.moderator@press.example',
      transcriber: 'tess.transcriber@press.example',
      interpreter: 'ian.interpreter@press.example',
    },
    password: PASSWORD,
  };
}
