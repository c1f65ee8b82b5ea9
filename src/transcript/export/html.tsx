import type { Child, FC } from 'hono/jsx';
import { attribution, paragraphs, type ConferenceRecord, type Turn } from '../../domain/record.ts';
import { describeConference } from './describe.ts';

const KIND_LABEL: Record<Turn['kind'], string> = {
  narration: 'Narration',
  statement: 'Statement',
  question: 'Question',
  answer: 'Answer',
  moderation: 'Moderation',
  interjection: 'Interjection',
};

/** Interface words around a turn; the export uses English, pages pass their interface language. */
export interface TurnLabels {
  kinds: Record<Turn['kind'], string>;
  replyTo(seq: number): string;
  turnLink(seq: number): string;
  /** When given, every paragraph ends with a visible link to itself. */
  paragraphLink?: string;
}

const ENGLISH_LABELS: TurnLabels = { kinds: KIND_LABEL, replyTo: (seq) => `to #${seq}`, turnLink: (seq) => `Turn ${seq}` };

export interface TurnViewProps {
  turn: Turn;
  languages: string[];
  labels?: TurnLabels;
  /** A live turn's state: an open turn is still being written. */
  state?: 'open' | 'final';
  /** Shown after the text (a page adds the correction history here). */
  children?: Child;
}

export const TurnView: FC<TurnViewProps> = ({ turn, languages, labels = ENGLISH_LABELS, state, children }) => {
  const langs = languages.filter((l) => turn.text[l]);
  const shown = langs.length > 0 ? langs : Object.keys(turn.text);
  const who = attribution(turn);
  return (
    <article
      class={`turn turn-${turn.kind}${state === 'open' ? ' turn-open' : ''}`}
      id={`t${turn.seq}`}
      data-seq={turn.seq}
      data-kind={turn.kind}
      data-state={state}
    >
      <header class="turn-head">
        <a class="turn-anchor" href={`#t${turn.seq}`} aria-label={labels.turnLink(turn.seq)}>
          #{turn.seq}
        </a>{' '}
        {who ? <span class="who">{who}</span> : null}
        {turn.label && turn.label !== who ? <span class="label"> ({turn.label})</span> : null} <span class="kind">{labels.kinds[turn.kind]}</span>
        {turn.replyTo !== null ? (
          <>
            {' '}
            <a class="reply-to" href={`#t${turn.replyTo}`}>
              {labels.replyTo(turn.replyTo)}
            </a>
          </>
        ) : null}
      </header>
      <div class={`turn-body langs-${shown.length}`}>
        {shown.map((lang) => (
          <div class="lang" lang={lang}>
            {paragraphs(turn.text[lang] ?? '').map((p, i) => {
              const id = lang === shown[0] ? `t${turn.seq}-p${i + 1}` : `t${turn.seq}-${lang}-p${i + 1}`;
              return labels.paragraphLink ? (
                <p id={id}>
                  {p}{' '}
                  <a class="para-link" href={`#${id}`} aria-label={labels.paragraphLink}>
                    ¶
                  </a>
                </p>
              ) : (
                <p id={id}>{p}</p>
              );
            })}
          </div>
        ))}
      </div>
      {children}
    </article>
  );
};

export const RecordView: FC<{ record: ConferenceRecord }> = ({ record }) => {
  const c = record.conference;
  return (
    <main class="record" lang={c.languages[0] ?? 'en'}>
      <h1>{c.title}</h1>
      <dl class="facts">
        {describeConference(c).map((line) => {
          const [k, ...v] = line.split(': ');
          return (
            <>
              <dt>{k}</dt>
              <dd>{v.join(': ')}</dd>
            </>
          );
        })}
      </dl>
      {record.turns.map((turn) => (
        <TurnView turn={turn} languages={c.languages} />
      ))}
    </main>
  );
};

export const RECORD_CSS = `
body{font:17px/1.55 Georgia,"Times New Roman","Songti SC",serif;margin:0;color:#1b1b1b;background:#fff}
main.record{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 4rem}
h1{font-size:1.6rem;line-height:1.25}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;color:#444;font-size:.95rem}
.facts dt{font-weight:bold}.facts dd{margin:0}
.turn{margin:1.6rem 0;scroll-margin-top:1rem}
.turn-head{font:600 .9rem/1.4 system-ui,sans-serif;color:#333}
.turn-head .kind{font-weight:normal;color:#5a5a5a;text-transform:lowercase}
.turn-head a{color:#5a5a5a;text-decoration:none}
.turn-narration .turn-body{font-style:italic;color:#333}
.turn-question .turn-body{border-left:3px solid #8a6d3b;padding-left:.8rem}
.turn-body.langs-2{display:grid;grid-template-columns:1fr 1fr;gap:1.2rem}
:target{background:#fff6d5}
.para-link{color:#5a5a5a;text-decoration:none;font:.8rem system-ui,sans-serif;opacity:.5}.para-link:hover,.para-link:focus{opacity:1}
@media print{.turn-anchor,.reply-to,.para-link{display:none}.turn{break-inside:avoid-page}}
@media (max-width:40rem){.turn-body.langs-2{grid-template-columns:1fr}}
`;

/** A complete, self-contained page: readable without JavaScript, printable, an anchor on every turn and paragraph. */
export function toHtml(record: ConferenceRecord): string {
  const c = record.conference;
  const page = (
    <html lang={c.languages[0] ?? 'en'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{c.title}</title>
        <style dangerouslySetInnerHTML={{ __html: RECORD_CSS }}></style>
      </head>
      <body>
        <RecordView record={record} />
      </body>
    </html>
  );
  return `<!doctype html>\n${page.toString()}\n`;
}
