/** @jsxImportSource preact */
import { render } from 'preact';
import type { AdminPageData } from '../../src/http/pages/page-data.ts';
import { readPageData } from '../lib/page-data.ts';
import { AdminApp } from './AdminApp.tsx';

const root = document.getElementById('app')!;
root.textContent = '';
render(<AdminApp data={readPageData<AdminPageData>()} />, root);
