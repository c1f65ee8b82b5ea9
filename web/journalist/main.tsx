/** @jsxImportSource preact */
import { render } from 'preact';
import type { JournalistPageData } from '../../src/http/pages/page-data.ts';
import { readPageData } from '../lib/page-data.ts';
import { HandPanel } from './HandPanel.tsx';

const data = readPageData<JournalistPageData>();
const root = document.getElementById('app')!;
root.textContent = '';
if (data.conference) render(<HandPanel conference={data.conference} initialHand={data.hand} t={data.t} />, root);
