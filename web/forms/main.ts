// The search page's script: only the busy state of its form; the page works without it.
import { busyForms } from '../lib/busy-forms.ts';

busyForms();
