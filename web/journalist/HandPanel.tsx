/** @jsxImportSource preact */
// Raise or lower a hand, see the place in the queue, and a clear "You have the floor" when called.
import { useRef, useState } from 'preact/hooks';
import type { JournalistPageData, OwnHand } from '../../src/http/pages/page-data.ts';
import { fill, nextQuestion } from '../../src/i18n/fill.ts';
import { api, slugPath } from '../lib/api.ts';
import { ConfirmButton, ConnectionBadge, ErrorLine } from '../lib/components.tsx';
import { useAction } from '../lib/use-action.ts';
import { useStream } from '../lib/use-stream.ts';
import { RaiseForm, type RaiseInput } from './RaiseForm.tsx';

type Conference = NonNullable<JournalistPageData['conference']>;
type Notice = 'lowered' | 'skipped' | 'withdrawn' | 'called' | null;
interface PersonalQueue {
  handId: string;
  status: OwnHand['status'];
  position: number | null;
  waiting?: number;
}

export function HandPanel({ conference, initialHand, t }: { conference: Conference; initialHand: OwnHand | null; t: JournalistPageData['t'] }) {
  const [status, setStatus] = useState(conference.status);
  const [hand, setHand] = useState<OwnHand | null>(initialHand);
  const [notice, setNotice] = useState<Notice>(null);
  const [floorSeq, setFloorSeq] = useState<number | null>(null);
  const hadFloor = useRef(false);
  const [announcement, setAnnouncement] = useState('');
  const { busy, error, run } = useAction(t.common.failed);

  const connection = useStream(conference.slug, conference.lastEventId, ['conference.state', 'queue.changed', 'floor.given'], (type, data) => {
    if (type === 'conference.state') setStatus(data.status);
    if (type === 'queue.changed') {
      const mine = data as PersonalQueue;
      if (mine.status === 'waiting') {
        setHand((h) => ({
          ...(h ?? { topic: null, question: null, followUp: false, raisedAt: new Date().toISOString() }),
          id: mine.handId,
          status: 'waiting',
          position: mine.position,
          waiting: mine.waiting ?? 0,
        }));
      } else {
        setHand(null);
        if (mine.status !== 'called') setNotice(mine.status as Notice);
      }
    }
    if (type === 'floor.given') {
      setAnnouncement(nextQuestion(t.live, data.journalist, data.outlet?.name ?? null));
      if (data.you) {
        hadFloor.current = true;
        setFloorSeq(data.seq);
        setNotice(null);
      } else {
        // The floor moved on: say so, and that the hand may go up again.
        if (hadFloor.current) setNotice('called');
        hadFloor.current = false;
        setFloorSeq(null);
      }
    }
  });

  const raise = (input: RaiseInput) =>
    run(async () => {
      const answer = await api<{ hand: OwnHand }>('POST', `${slugPath(conference.slug)}/hands`, input);
      setHand(answer.hand);
      setNotice(null);
      setFloorSeq(null);
      hadFloor.current = false;
    });
  const lower = () =>
    run(async () => {
      if (!hand) return;
      await api('DELETE', `${slugPath(conference.slug)}/hands/${encodeURIComponent(hand.id)}`);
      setHand(null);
      setNotice('lowered');
    });

  const noticeText = notice ? t.journalist[notice] : '';
  return (
    <div class="hand-panel">
      <ConnectionBadge state={connection} labels={{ ...t.live, connected: t.common.connected }} />
      {floorSeq !== null ? (
        <div class="floor-banner" role="alert">
          <strong>{t.journalist.floor}</strong> {t.journalist.floorHint}
        </div>
      ) : null}
      <p class="next-question" role="status">
        {floorSeq === null ? announcement : ''}
      </p>
      <p class="position" role="status" aria-live="polite">
        {hand ? (hand.position !== null ? fill(t.journalist.position, { position: hand.position, waiting: hand.waiting }) : t.journalist.raised) : noticeText}
      </p>
      {status !== 'live' ? (
        <p class="notice">{fill(t.journalist.notLive, { status: t.statuses[status] })}</p>
      ) : hand ? (
        // Lowering gives up the hand's place in the queue, which raising again does not give back: asked first.
        <ConfirmButton
          label={t.journalist.lower}
          question={t.journalist.confirmLower}
          yes={t.common.yes}
          no={t.common.no}
          busy={busy}
          danger
          onConfirm={() => void lower()}
        />
      ) : (
        <RaiseForm t={t} followUps={conference.followUps} busy={busy} onRaise={raise} />
      )}
      <ErrorLine message={error} />
    </div>
  );
}
