/**
 * The chat in the active tab, when it is a seller page with our content script: used to
 * prefill variables and to insert. Resolves to `null` on any other page.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendToTab } from '../../lib/messaging/client';
import type { ChatSnapshotPayload } from '../../lib/messaging/schemas';

export interface ActiveChat {
  tabId: number;
  snapshot: ChatSnapshotPayload;
}

export function useActiveChat(): ActiveChat | null | undefined {
  const [chat, setChat] = useState<ActiveChat | null>();
  useEffect(() => {
    void (async () => {
      try {
        // The browser window the popup belongs to (a popup window of our own never counts).
        const window = await browser.windows.getLastFocused({ windowTypes: ['normal'] });
        const [tab] = await browser.tabs.query({ active: true, windowId: window.id });
        if (tab?.id === undefined) return setChat(null);
        const snapshot = await sendToTab(tab.id, 'content:getChat', {});
        setChat(snapshot ? { tabId: tab.id, snapshot } : null);
      } catch {
        setChat(null);
      }
    })();
  }, []);
  return chat;
}
