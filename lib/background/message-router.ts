import { browser } from 'wxt/browser';
import { getDb } from '../db/database';
import { createRouter } from '../messaging/router';
import type { SenderContext } from '../messaging/sender';
import { adapterForUrl } from '../sites/registry';
import { refreshDueTasks } from './task-alarms';

export function senderContext(): SenderContext {
  return {
    extensionId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL('/'),
    isSupportedPage: (url) => adapterForUrl(url) !== undefined,
  };
}

export const backgroundRouter = createRouter(
  {
    'bg:whichTab': (_payload, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('not in a tab');
      return { tabId, url: sender.tab?.url ?? '' };
    },
    'bg:tasksChanged': async () => ({ due: await refreshDueTasks(getDb()) }),
  },
  senderContext,
);
