/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import type { JournalistPageData } from '../../src/http/pages/page-data.ts';

export interface RaiseInput {
  topic?: string;
  question?: string;
  followUp?: boolean;
}

/** Topic and question are optional; only staff see them. */
export function RaiseForm({
  t,
  followUps,
  busy,
  onRaise,
}: {
  t: JournalistPageData['t'];
  followUps: boolean;
  busy: boolean;
  onRaise(input: RaiseInput): void;
}) {
  const [topic, setTopic] = useState('');
  const [question, setQuestion] = useState('');
  const [followUp, setFollowUp] = useState(false);
  return (
    <form
      class="stacked"
      onSubmit={(event) => {
        event.preventDefault();
        onRaise({
          ...(topic.trim() ? { topic: topic.trim() } : {}),
          ...(question.trim() ? { question: question.trim() } : {}),
          ...(followUp ? { followUp } : {}),
        });
      }}
    >
      <label for="topic">{t.journalist.topic}</label>
      <input id="topic" maxLength={200} value={topic} onInput={(e) => setTopic(e.currentTarget.value)} />
      <label for="question">{t.journalist.question}</label>
      <textarea id="question" maxLength={2000} value={question} onInput={(e) => setQuestion(e.currentTarget.value)} />
      {followUps ? (
        <label class="choice">
          <input type="checkbox" checked={followUp} onChange={(e) => setFollowUp(e.currentTarget.checked)} /> {t.journalist.followUp}
        </label>
      ) : null}
      <button type="submit" class="primary" disabled={busy}>
        {t.journalist.raise}
      </button>
    </form>
  );
}
