import { useState } from 'react';
import { browser } from 'wxt/browser';
import { useApp } from '../app-context';
import { CustomersTab } from './customers-tab';
import { FestivalCard } from './festival-card';
import { RepliesTab } from './replies-tab';
import { TodayTab } from './today-tab';
import { useActiveChat } from './use-active-chat';

type Tab = 'replies' | 'today' | 'customers';

export function PopupApp() {
  const { t } = useApp();
  const [tab, setTab] = useState<Tab>('replies');
  const chat = useActiveChat();
  const tabs: [Tab, string][] = [
    ['replies', t('tabReplies')],
    ['today', t('tabToday')],
    ['customers', t('tabCustomers')],
  ];
  return (
    <div className="popup">
      <nav className="tabs" role="tablist">
        {tabs.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
        <span className="grow" />
        <button type="button" className="link small" style={{ padding: '0 10px' }} onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </nav>
      {tab === 'replies' && <RepliesTab chat={chat} />}
      {tab === 'today' && (
        <>
          <FestivalCard />
          <TodayTab />
        </>
      )}
      {tab === 'customers' && <CustomersTab />}
    </div>
  );
}
