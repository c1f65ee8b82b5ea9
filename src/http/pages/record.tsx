import type { FC } from 'hono/jsx';
import type { ConferenceRecord } from '../../domain/record.ts';
import { RecordView } from '../../transcript/export/html.tsx';
import { Layout } from './layout.tsx';

const EXPORT_LINKS = [
  ['json', 'JSON'],
  ['md', 'Markdown'],
  ['txt', 'Text'],
  ['csv', 'CSV (questions and answers)'],
] as const;

export const RecordPage: FC<{ record: ConferenceRecord }> = ({ record }) => {
  const c = record.conference;
  return (
    <Layout title={c.title} lang={c.languages[0]}>
      <RecordView record={record} />
      <footer class="archive exports">
        Download:{' '}
        {EXPORT_LINKS.map(([ext, name]) => (
          <a href={`/c/${c.slug}.${ext}`}>{name}</a>
        ))}
      </footer>
    </Layout>
  );
};
