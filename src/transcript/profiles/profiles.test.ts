// Publisher profiles: shipped ones validate and are recognised from cues; a user's profile
// refines the generic inference (a label's part, furniture) and the decisions say so.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fixture } from '../fixtures/read.ts';
import { importTranscript, TranscriptError } from '../import.ts';
import { profilesFromJson, readProfile, recogniseProfile, shippedProfiles, shippedSpecs } from './profile.ts';

describe('publisher profiles', () => {
  it('ships valid profiles, each with cues', () => {
    const profiles = shippedProfiles();
    assert.ok(profiles.length >= 4);
    for (const p of profiles) assert.ok(p.cues.length > 0, p.name);
  });

  it('reads the same profiles from the JSON the build writes as from the YAML files', () => {
    const json = JSON.stringify(shippedSpecs(new URL('./', import.meta.url)));
    assert.deepEqual(profilesFromJson(json), shippedProfiles());
    assert.deepEqual(
      profilesFromJson(json).map((p) => p.source),
      readdirSync(new URL('./', import.meta.url))
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => `shipped:${f}`),
    );
  });

  it('recognises a shipped profile from the cues in the opening, and none without them', () => {
    assert.equal(recogniseProfile('Northwind Q3 Earnings Call\n\nOperator: [Operator Instructions] First question.')?.name, 'earnings-call');
    assert.equal(recogniseProfile('A Press Conference on Harbour Safety\n\nQ: Why?\nA: Because.'), null);
  });

  it('refines the inference: a label the profile names takes its part, and the decision says which profile decided', () => {
    const profile = readProfile(
      ['name: larkspur', 'cues: [larkspur mills]', 'labels:', '  Odile Brandt: { role: moderator }', 'furniture:', "  - '^Operator: That concludes'"].join(
        '\n',
      ),
      'test',
    );
    const plain = importTranscript(fixture('operator-call.txt'), { profile: null });
    const refined = importTranscript(fixture('operator-call.txt'), { profile });
    assert.equal(plain.profile, null);
    // Inference alone finds the host too (she introduces the chief executive); the profile decides it here.
    assert.doesNotMatch(plain.decisions[1]!.speakerRule, /^profile/);
    assert.equal(refined.profile, 'larkspur');
    assert.deepEqual([refined.record.turns[1]!.kind, refined.record.turns[1]!.speaker?.role], ['moderation', 'moderator']);
    assert.equal(refined.decisions[1]!.speakerRule, 'profile larkspur: label Odile Brandt');
    // The furniture line is gone, and reported.
    assert.equal(refined.record.turns.length, plain.record.turns.length - 1);
    assert.ok(refined.report.some((c) => c.rule === 'header-footer' && c.reason === 'furniture in profile larkspur'));
    // Everything the profile does not name is inferred as before.
    assert.deepEqual(
      refined.record.turns.slice(2).map((t) => [t.kind, t.speaker?.name, t.outlet?.name ?? null]),
      plain.record.turns.slice(2, -1).map((t) => [t.kind, t.speaker?.name, t.outlet?.name ?? null]),
    );
  });

  it('records for every turn which rule decided its kind, speaker and outlet', () => {
    const { decisions, record } = importTranscript(fixture('operator-call.txt'));
    assert.equal(decisions.length, record.turns.length);
    const question = decisions.find((d) => d.speaker === 'Justine Park')!;
    assert.deepEqual(
      [question.kind, question.kindRule, question.outlet, question.outletRule],
      ['question', 'a journalist speaks', 'Meridian Capital', 'hand-off names them'],
    );
  });

  it('refuses a profile that is not valid with a clear reason', () => {
    assert.throws(
      () => readProfile('name: Not Valid', 'mine.yaml'),
      (e: unknown) => e instanceof TranscriptError && e.code === 'bad_profile' && /^mine\.yaml: name: /.test(e.message),
    );
    assert.throws(
      () => readProfile('name: ok\nlabels:\n  Q: { role: reporter }', 'mine.yaml'),
      (e: unknown) => e instanceof TranscriptError && /labels\.Q\.role/.test(e.message),
    );
    assert.throws(
      () => readProfile('name: ok\nfurniture: ["("]', 'mine.yaml'),
      (e: unknown) => e instanceof TranscriptError && /furniture\.0/.test(e.message),
    );
    assert.throws(
      () => readProfile('name: [', 'mine.yaml'),
      (e: unknown) => e instanceof TranscriptError && /not YAML/.test(e.message),
    );
  });

  it('takes a saved WeChat article’s header and everything from its reward box on out of the record', () => {
    const page = [
      '## 专访港务局长：“航道一定按期开放”',
      'Original 小海 海港说',
      'Weixin ID harbourtalk',
      '港务局长林海上周接受了我们的专访。',
      '问：航道何时开放？',
      '答：下个月一号。',
      '问：经费够吗？',
      '答：够用，而且有结余。我们会公布账目。',
      '微信扫一扫赞赏作者 Reward',
      '『鸡腿』和『在看』我都爱 ↘️',
      '预览时标签不可点',
      '专访港务局长：“航道一定按期开放”',
      'Scan with Weixin to use this Mini Program',
    ].join('\n\n');
    const { record, report, decisions } = importTranscript(page);
    assert.equal(recogniseProfile(page)?.name, 'wechat');
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => t.text.zh),
      ['航道何时开放？', '下个月一号。', '经费够吗？', '够用，而且有结余。我们会公布账目。'],
    );
    assert.ok(report.some((r) => r.reason === 'footer in profile wechat' && r.before.startsWith('预览时标签')));
    assert.ok(!JSON.stringify(record).includes('Weixin ID'));
    assert.equal(decisions.length, record.turns.length);
  });

  it('recognises a Motley Fool call: labels run into the words, analysts named by the operator, the site’s closing left out', () => {
    const call = [
      'Kestrel Mills (KSTM) Q2 2026 Earnings Call Transcript',
      'https://www.fool.com/earnings/call-transcripts/2026/07/30/kestrel-mills-q2-2026/',
      'Ada Brenner:Thank you, and welcome. Orders rose in every region.',
      'Operator:The first question comes from the line of Luis Ortega with Harbor Securities. Please go ahead.',
      'Analyst:Thanks. What drove the margin?',
      'Ada Brenner:Mostly pricing, Luis.',
      'Operator:The next question comes from the line of Mei Tan with Ridge Capital. Please go ahead.',
      'Analyst:Will you build the new mill?',
      'Ada Brenner:Next year, if demand holds.',
      'This article is a transcript of this conference call produced for The Motley Fool. While we strive for our Foolish Best, there may be errors.',
      'The Motley Fool has no position in any of the stocks mentioned.',
    ].join('\n\n');
    const { record, profile } = importTranscript(call);
    assert.equal(profile, 'motley-fool');
    // One cue each: the site's address names the publisher, over the genre's words.
    assert.equal(recogniseProfile('Kestrel Mills Q2 2026 Earnings Call Transcript\nhttps://www.fool.com/earnings/kestrel/')?.name, 'motley-fool');
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['narration', null, null],
        ['statement', 'Ada Brenner', null],
        ['moderation', 'Operator', null],
        ['question', 'Luis Ortega', 'Harbor Securities'],
        ['answer', 'Ada Brenner', null],
        ['moderation', 'Operator', null],
        ['question', 'Mei Tan', 'Ridge Capital'],
        ['answer', 'Ada Brenner', null],
      ],
    );
    assert.equal(JSON.stringify(record).includes('Foolish'), false);
  });

  it('refuses a footer pattern that is not a regular expression', () => {
    assert.throws(
      () => readProfile('name: ok\nfooter: ["[a-"]', 'mine.yaml'),
      (e: unknown) => e instanceof TranscriptError && /footer\.0/.test(e.message),
    );
  });
});

describe('the shipped Factba.se profile', () => {
  const result = importTranscript(fixture('analytics-page-dump.txt'));

  it('is recognised, and takes the site before "Full Transcript" and every turn’s scores out', () => {
    assert.equal(result.profile, 'factbase');
    assert.equal(result.record.conference.title, 'Interview: Ana Lima Interviews TJ Berg on Harbour Morning - May 4, 2031');
    assert.deepEqual(
      result.record.turns.map((t) => [t.speaker?.name, Object.values(t.text).join(' ')]),
      [
        ['Ana Lima', 'And joining me now is Harbour Master TJ Berg. Welcome.'],
        ['TJ Berg', 'Thank you, Ana. The ferry runs again from Monday.'],
        ['Ana Lima', 'Will the fares rise?'],
        ['TJ Berg', 'Not this year. The levy covers the new pier.'],
      ],
    );
    assert.ok(result.report.some((c) => c.reason === 'before the transcript in profile factbase' && c.before === 'Donald Trump'));
  });
});

describe('the shipped American Presidency Project profile', () => {
  const result = importTranscript(fixture('presidency-archive-page.html'));

  it('is recognised, and keeps the archive’s menus, page tools and citation out of the record', () => {
    assert.equal(result.profile, 'american-presidency-project');
    assert.equal(result.record.conference.title, 'Press Briefing by Harbour Secretary Tomas Berg');
    assert.equal(result.record.conference.date, '2031-06-03');
    assert.deepEqual(
      result.record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', 'Tomas Berg'],
        ['question', null],
        ['answer', 'Tomas Berg'],
        ['question', null],
        ['answer', 'Tomas Berg'],
      ],
    );
    const words = result.record.turns.map((t) => Object.values(t.text).join(' ')).join('\n');
    for (const furniture of ['Promote Your Page Too', 'Report Typo', 'Citation', 'Document Archive', 'Ada Harlow:'])
      assert.ok(!words.includes(furniture), furniture);
  });
});
