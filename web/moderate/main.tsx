/** @jsxImportSource preact */
import { render } from 'preact';
import type { ModeratePageData } from '../../src/http/pages/page-data.ts';
import { readPageData } from '../lib/page-data.ts';
import { ModeratorConsole } from './ModeratorConsole.tsx';

const root = document.getElementById('app')!;
root.textContent = '';
render(<ModeratorConsole data={readPageData<ModeratePageData>()} />, root);
