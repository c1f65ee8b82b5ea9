/** @jsxImportSource preact */
// The press office's page: conferences (create, move, publish), outlets, users, accreditations, embedding.
// Sections are addressed by the fragment (#outlets), so each can be linked and the back button works.
import { useEffect, useState } from 'preact/hooks';
import type { AdminPageData } from '../../src/http/pages/page-data.ts';
import { AccreditationsTab } from './AccreditationsTab.tsx';
import { ConferencesTab } from './ConferencesTab.tsx';
import { EmbedTab } from './EmbedTab.tsx';
import { OutletsTab } from './OutletsTab.tsx';
import { LoadingText } from './parts.tsx';
import { UsersTab } from './UsersTab.tsx';

const TABS = ['conferences', 'accreditations', 'outlets', 'users', 'embed'] as const;
type Tab = (typeof TABS)[number];

function tabFromHash(): Tab {
  const wanted = location.hash.slice(1);
  return (TABS as readonly string[]).includes(wanted) ? (wanted as Tab) : 'conferences';
}

export function AdminApp({ data }: { data: AdminPageData }) {
  const { t } = data;
  const [tab, setTab] = useState<Tab>(tabFromHash);
  const tabName = (name: Tab) => (name === 'embed' ? t.embed.tab : t.admin[name]);
  // The window's title names the open tab, so a browser's tabs and history tell them apart.
  useEffect(() => {
    document.title = `${tabName(tab)} · ${t.admin.title} · presser`;
  }, [tab]);
  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    window.addEventListener('hashchange', onHash);
    // The fragment may have changed between the first render and this listener (a link followed
    // while the page was still starting): read it once more, or that tab would never open.
    onHash();
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <LoadingText.Provider value={t.common.loading}>
      <nav class="tabs" aria-label={t.admin.title}>
        {TABS.map((name) => (
          <a href={`#${name}`} aria-current={tab === name ? 'page' : undefined}>
            {tabName(name)}
          </a>
        ))}
      </nav>
      {tab === 'conferences' ? <ConferencesTab data={data} /> : null}
      {tab === 'accreditations' ? <AccreditationsTab data={data} /> : null}
      {tab === 'outlets' ? <OutletsTab data={data} /> : null}
      {tab === 'users' ? <UsersTab data={data} /> : null}
      {tab === 'embed' ? <EmbedTab data={data} /> : null}
    </LoadingText.Provider>
  );
}
