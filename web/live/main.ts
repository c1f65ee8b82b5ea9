// The public conference page while it is live: applies the stream to the server-rendered record,
// announces "Next question", keeps the reader at the end unless they scroll away, and shows when the
// connection is lost. Plain DOM, no framework: this page must stay small.
import type { LivePageData } from '../../src/http/pages/page-data.ts';
import { nextQuestion } from '../../src/i18n/fill.ts';
import { byId } from '../lib/dom.ts';
import { readPageData } from '../lib/page-data.ts';
import { openStream, type StreamState } from '../lib/stream.ts';
import { applyTurnEvent, TURN_EVENTS, type PublicTurn } from '../lib/turns.ts';
import { showReaderTimes } from '../times/local-times.ts';
import { awaitStart } from './await-start.ts';
import { follow } from './follow.ts';
import { languageChoice } from './languages.ts';
import { createTurn, updateTurn, type RenderContext } from './render.ts';

const data = readPageData<LivePageData>();
const { t } = data;
const turnsEl = byId('turns')!;
const connection = byId('connection')!;
const announcement = byId('next-question')!;
const stateNote = byId('state-note')!;
let status = data.status;
let turns: readonly PublicTurn[] = data.turns;
let announcedSeq: number | null = announcement.textContent?.trim() ? ([...turns].reverse().find((turn) => turn.kind === 'question')?.seq ?? null) : null;

const ctx: RenderContext = { languages: data.languages, t, only: null };
const follower = follow(byId<HTMLButtonElement>('back-to-live')!, () => status === 'live');

function showOnly(only: string | null): void {
  ctx.only = only;
  turnsEl.classList.toggle('one-lang', only !== null);
  for (const turn of turns) {
    const article = byId(`t${turn.seq}`);
    if (article) updateTurn(article, turn, turn, ctx);
  }
  // The notes of turns not yet interpreted change the page's length: stay at the end if following.
  follower.grew();
}
showOnly(languageChoice(showOnly));

function render(next: readonly PublicTurn[]): void {
  const before = new Map(turns.map((turn) => [turn.seq, turn]));
  for (const turn of next) {
    const previous = before.get(turn.seq);
    if (previous === turn) continue;
    const article = byId(`t${turn.seq}`);
    if (article) updateTurn(article, turn, previous, ctx);
    else {
      turnsEl.querySelector('.no-turns')?.remove();
      turnsEl.append(createTurn(turn, ctx));
    }
  }
  turns = next;
  follower.grew();
}

function showConnection(state: StreamState): void {
  if (status !== 'live') return;
  connection.hidden = false;
  connection.dataset.state = state;
  connection.textContent = state === 'open' ? t.connected : state === 'connecting' ? t.connecting : t.reconnecting;
}

function onEvent(type: string, payload: unknown): void {
  if (type === 'floor.given') {
    const floor = payload as { seq: number; journalist: string; outlet: { name: string } | null };
    announcedSeq = floor.seq;
    announcement.textContent = nextQuestion(t, floor.journalist, floor.outlet?.name ?? null);
    return;
  }
  if (type === 'conference.state') {
    const next = (payload as { status: LivePageData['status'] }).status;
    // A conference that starts or is published is a different page: the server renders it afresh.
    if (next === 'published' || (next === 'live' && status !== 'live')) return location.reload();
    status = next;
    stateNote.textContent = next === 'ended' ? t.ended : '';
    connection.hidden = next !== 'live';
    follower.grew();
    return;
  }
  if (type === 'conference.details') return void showDetails(payload as { title: string });
  render(applyTurnEvent(turns, type, payload));
  if (type === 'turn.finalized' && (payload as { seq: number }).seq === announcedSeq) {
    announcedSeq = null;
    announcement.textContent = '';
  }
}

/** An edited title, venue or start: the title at once, the facts as the server words them in the page's language. */
async function showDetails(details: { title: string }): Promise<void> {
  const heading = document.querySelector('.record-head h1');
  if (heading) heading.textContent = details.title;
  const facts = document.querySelector('dl.facts');
  // Spread over a few seconds, so thousands of open pages do not ask at the same moment.
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 3000));
  // Offline, the facts stay as they were until the next load; the title is already shown.
  const response = await fetch(location.href).catch(() => null);
  if (!response?.ok) return;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const fresh = page.querySelector('dl.facts');
  if (facts && fresh) facts.replaceWith(fresh);
  document.title = page.title || document.title;
}

showReaderTimes(data.times);
// Before the start the public has no stream yet: the page waits for the start and then becomes the live page.
if (status === 'scheduled') awaitStart(data, () => location.reload());
else
  openStream({
    slug: data.slug,
    lastEventId: data.lastEventId,
    types: ['conference.state', 'conference.details', 'floor.given', ...TURN_EVENTS],
    onEvent,
    onState: showConnection,
  });
