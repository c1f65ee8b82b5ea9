// The live record's moving parts, the same on the public live page and the embed: the state note
// with the start, the countdown, "Next question", the turns and "Back to live". Their ids are what
// web/live/main.ts drives.
import type { FC } from 'hono/jsx';
import type { PublicTurn } from '../../app/presenters.ts';
import type { Conference } from '../../domain/record.ts';
import { languageName, nextQuestion, type Messages, type UiLang } from '../../i18n/index.ts';
import { TurnView } from '../../transcript/export/html.tsx';
import { StartsAt } from './archive.tsx';
import { turnLabels } from './record-parts.tsx';

/** The connection state and, for a conference in several languages, the choice of language to show. */
export const LiveBar: FC<{ languages: readonly string[]; shown: string; t: Messages; lang: UiLang }> = ({ languages, shown, t, lang }) => (
  <div class="live-bar">
    <p id="connection" class="connection" role="status" hidden>
      {t.live.connecting}
    </p>
    {languages.length > 1 ? (
      <fieldset id="lang-choice" class="lang-choice" hidden>
        <legend>{t.live.show}</legend>
        {['both', ...languages].map((choice) => (
          <label>
            <input type="radio" name="show" value={choice} checked={choice === shown} /> {choice === 'both' ? t.live.both : languageName(choice, lang)}
          </label>
        ))}
      </fieldset>
    ) : null}
  </div>
);

export interface LiveBodyProps {
  conference: Pick<Conference, 'status' | 'title' | 'languages' | 'timeZone'> & { startsAt: string | null };
  turns: PublicTurn[];
  note: string;
  t: Messages;
}

/** "Next question: NAME, OUTLET" while the last question is open. */
function announcing(t: Messages, turns: readonly PublicTurn[]): string {
  const lastQuestion = [...turns].reverse().find((turn) => turn.kind === 'question');
  return lastQuestion && lastQuestion.state === 'open' && lastQuestion.speaker
    ? nextQuestion(t.live, lastQuestion.speaker.name, lastQuestion.outlet?.name ?? null)
    : '';
}

export const LiveBody: FC<LiveBodyProps> = ({ conference: c, turns, note, t }) => {
  const labels = turnLabels(t, false);
  return (
    <>
      <p id="state-note" class="state-note" role="status">
        {note}
        {c.status === 'scheduled' && c.startsAt ? (
          <>
            {' '}
            <StartsAt template={t.live.startsAt} startsAt={c.startsAt} timeZone={c.timeZone} />
          </>
        ) : null}
      </p>
      {c.status === 'scheduled' && c.startsAt ? <p id="countdown" class="countdown" data-countdown={c.startsAt} aria-live="off"></p> : null}
      <p id="next-question" class="next-question" role="status" aria-live="polite">
        {announcing(t, turns)}
      </p>
      <div id="turns" class="turns" role="log" aria-live="polite" aria-relevant="additions text" aria-label={c.title}>
        {turns.length === 0 && c.status === 'live' ? <p class="no-turns">{t.live.noTurns}</p> : null}
        {turns.map((turn) => (
          <TurnView turn={turn} languages={c.languages} labels={labels} state={turn.state} />
        ))}
      </div>
      <button id="back-to-live" type="button" class="back-to-live" hidden>
        {t.live.backToLive}
      </button>
    </>
  );
};
