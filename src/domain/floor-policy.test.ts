import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_FLOOR_SETTINGS, floorAnnouncement, policyPick, rankHands, type FloorHistory, type WaitingHand } from './floor-policy.ts';

let clock = 0;
function hand(id: string, outletKey: string, origin: WaitingHand['origin'], extra: Partial<WaitingHand> = {}): WaitingHand {
  clock += 1;
  return { id, userId: `u-${id}`, outletKey, origin, raisedAt: `2025-01-01T10:00:${String(clock).padStart(2, '0')}Z`, followUp: false, ...extra };
}
const fresh: FloorHistory = { questionsByOutlet: new Map(), last: null };

test('first come, first served when nothing else decides', () => {
  const hands = [hand('a', 'o1', 'domestic'), hand('b', 'o2', 'domestic'), hand('c', 'o3', 'domestic')];
  assert.deepEqual(
    rankHands(hands, fresh, DEFAULT_FLOOR_SETTINGS).map((r) => r.hand.id),
    ['a', 'b', 'c'],
  );
});

test('an outlet that has not asked goes before one that has, even if it came later', () => {
  const hands = [hand('asked', 'o1', 'domestic'), hand('new', 'o2', 'domestic')];
  const history: FloorHistory = { questionsByOutlet: new Map([['o1', 1]]), last: { userId: 'someone', origin: 'domestic' } };
  assert.equal(policyPick(hands, history, DEFAULT_FLOOR_SETTINGS)?.id, 'new');
});

test('domestic and foreign alternate while both wait', () => {
  const hands = [hand('d1', 'o1', 'domestic'), hand('d2', 'o2', 'domestic'), hand('f1', 'o3', 'foreign')];
  const history: FloorHistory = { questionsByOutlet: new Map(), last: { userId: 'x', origin: 'domestic' } };
  assert.equal(policyPick(hands, history, DEFAULT_FLOOR_SETTINGS)?.id, 'f1');
  assert.equal(policyPick(hands, history, { ...DEFAULT_FLOOR_SETTINGS, alternateOrigins: false })?.id, 'd1');
  const onlyDomestic = hands.filter((h) => h.origin === 'domestic');
  assert.equal(policyPick(onlyDomestic, history, DEFAULT_FLOOR_SETTINGS)?.id, 'd1');
});

test('the per-outlet limit makes a hand ineligible', () => {
  const hands = [hand('a', 'o1', 'foreign')];
  const history: FloorHistory = { questionsByOutlet: new Map([['o1', 2]]), last: null };
  const ranked = rankHands(hands, history, { ...DEFAULT_FLOOR_SETTINGS, perOutletLimit: 2 });
  assert.equal(ranked[0]?.eligible, false);
  assert.match(ranked[0]?.reasons.join(' ') ?? '', /limit of 2/);
  assert.equal(policyPick(hands, history, { ...DEFAULT_FLOOR_SETTINGS, perOutletLimit: 2 }), null);
  assert.equal(policyPick(hands, history, { ...DEFAULT_FLOOR_SETTINGS, perOutletLimit: 3 })?.id, 'a');
});

test('a follow-up goes first when allowed and is refused when not', () => {
  const follow = hand('f', 'o1', 'domestic', { userId: 'last', followUp: true });
  const other = hand('o', 'o2', 'foreign');
  const history: FloorHistory = { questionsByOutlet: new Map([['o1', 1]]), last: { userId: 'last', origin: 'domestic' } };
  const ordered = [other, follow];
  assert.equal(policyPick(ordered, history, DEFAULT_FLOOR_SETTINGS)?.id, 'f');
  assert.equal(policyPick(ordered, history, { ...DEFAULT_FLOOR_SETTINGS, followUps: false })?.id, 'o');
});

test('the announcement names journalist and outlet, or whichever is known', () => {
  assert.equal(floorAnnouncement('Ivo Brandt', 'North Wire'), 'Next question: Ivo Brandt, North Wire');
  assert.equal(floorAnnouncement(null, 'Rossiya Segodnya'), 'Next question: Rossiya Segodnya');
});

test('the reasons come as data too, so each interface language can say them', () => {
  const hands = [
    { id: 'a', userId: 'u1', outletKey: 'o1', origin: 'domestic' as const, raisedAt: '2025-01-01T00:00:00Z', followUp: false },
    { id: 'b', userId: 'u2', outletKey: 'o2', origin: 'foreign' as const, raisedAt: '2025-01-01T00:00:01Z', followUp: false },
  ];
  const history = { questionsByOutlet: new Map([['o1', 2]]), last: { userId: 'u9', origin: 'domestic' as const } };
  const ranked = rankHands(hands, history, { perOutletLimit: 2, followUps: true, alternateOrigins: true, publishFloorLog: false });
  const a = ranked.find((r) => r.hand.id === 'a')!;
  const b = ranked.find((r) => r.hand.id === 'b')!;
  assert.deepEqual(a.why, [
    { code: 'limit', limit: 2 },
    { code: 'asked', n: 2 },
  ]);
  assert.deepEqual(b.why, [{ code: 'notAsked' }]);
});
