// The script of the archive and record pages: starts shown also in the reader's own zone, and the
// record's print button (hidden without JavaScript, where the browser's own Print remains).
import { readPageData } from '../lib/page-data.ts';
import { showReaderTimes, type TimeLabels } from './local-times.ts';

showReaderTimes(readPageData<{ t: TimeLabels }>().t);
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
