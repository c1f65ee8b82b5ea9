import assert from 'node:assert/strict';
import { test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { a, archive, harbourDaily, makeRecord, q } from '../../../../test/support/research-records.ts';
import { toTei } from './tei.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['TEI', 'u', 'seg', 'note', 'person', 'org', 'affiliation', 'orgName'].includes(name),
});

test('well-formed TEI: a teiCorpus whose header lists people and organisations, one TEI per conference', () => {
  const xml = toTei(archive());
  assert.equal(XMLValidator.validate(xml), true);
  const doc = parser.parse(xml);
  const corpus = doc.teiCorpus;
  assert.equal(corpus['@xmlns'], 'http://www.tei-c.org/ns/1.0');
  assert.equal(corpus.TEI.length, 3);
  const partic = corpus.teiHeader.profileDesc.particDesc;
  const ids = new Set([...partic.listPerson.person, ...partic.listOrg.org].map((e: any) => e['@xml:id']));
  assert.ok(partic.listOrg.org.some((o: any) => o['@role'] === 'mediaOutlet' && o.orgName[0]['#text'] === 'Harbour Daily'));
  assert.ok(partic.listOrg.org.some((o: any) => o['@role'] === 'host'));
  const lena = partic.listPerson.person.find((p: any) => p.persName === 'Lena Marsh');
  assert.equal(lena.affiliation[0]['@role'], 'principal');
  const ivo = partic.listPerson.person.find((p: any) => p.persName === 'Ivo Brandt');
  assert.equal(ivo.affiliation[0]['@ref'], '#org.north-wire');

  const first = corpus.TEI[0];
  assert.equal(first['@xml:id'], 'c.2024-01-10-first');
  assert.equal(first.teiHeader.fileDesc.sourceDesc.bibl.date['@when'], '2024-01-10');
  const div = first.text.body.div;
  assert.equal(div['@type'], 'debateSection');
  for (const u of div.u) {
    assert.ok(ids.has(u['@who'].slice(1)), `${u['@who']} is listed`);
    assert.ok(u.seg.every((s: any) => s['@xml:lang'] === 'en'));
  }
  assert.deepEqual(
    div.u.map((u: any) => u['@ana']),
    ['#statement', '#question #origin.domestic', '#answer', '#question #origin.foreign', '#answer'],
  );
  assert.deepEqual(
    div.note.map((n: any) => n['#text']),
    ['Lena Marsh', 'Harbour Daily', 'Lena Marsh', 'Ivo Brandt', 'Lena Marsh'],
    'printed labels as speaker notes',
  );
  const second = corpus.TEI[1].text.body.div;
  assert.equal(second.u[2]['@who'], undefined, 'a question with only a printed label names no one');
});

test('paragraphs become segments per language; narration is a note; markup and control characters cannot break the XML', () => {
  const record = makeRecord(
    'x',
    '2024-01-01',
    [
      { kind: 'narration', text: 'The room filled.' },
      q(harbourDaily, { en: 'First <b>&amp; "quoted"</b>.\u0007\n\nSecond ]]> part.', zh: '第一段。\n\n第二段。' }, { label: 'HARBOUR DAILY <HD>' }),
      a('Yes.'),
    ],
    { languages: ['en', 'zh'] },
  );
  const xml = toTei([record]);
  assert.equal(XMLValidator.validate(xml), true);
  const div = parser.parse(xml).teiCorpus.TEI[0].text.body.div;
  assert.equal(div.note[0]['@type'], 'narrative');
  assert.equal(div.note[1]['#text'], 'HARBOUR DAILY <HD>');
  const segs = div.u[0].seg;
  assert.deepEqual(
    segs.map((s: any) => [s['@xml:id'], s['@xml:lang']]),
    [
      ['c.x.u2.en.1', 'en'],
      ['c.x.u2.en.2', 'en'],
      ['c.x.u2.zh.1', 'zh'],
      ['c.x.u2.zh.2', 'zh'],
    ],
  );
  assert.match(xml, /First &lt;b&gt;&amp;amp; "quoted"&lt;\/b&gt;\.<\/seg>/, 'escaped once, the control character dropped');
  assert.match(segs[1]['#text'], /^Second \]\]> part\.$/);
});
