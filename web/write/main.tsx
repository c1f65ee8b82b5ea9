/** @jsxImportSource preact */
import { render } from 'preact';
import type { WritePageData } from '../../src/http/pages/page-data.ts';
import { readPageData } from '../lib/page-data.ts';
import { WriteConsole } from './WriteConsole.tsx';

const root = document.getElementById('app')!;
root.textContent = '';
render(<WriteConsole data={readPageData<WritePageData>()} />, root);
