import { browser } from 'wxt/browser';
import { getDb } from '../db/database';
import { createRouter } from '../messaging/router';
import type { SenderContext } from '../messaging/sender';
import { adapterForUrl } from '../sites/registry';
import { refreshDueTasks } from './task-alarms';
import { runArchiveOperation } from '../archive-api/operations';

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
    'bg:archive': async ({ kind, name, args }) => {
      try {
        const value = await runArchiveOperation(getDb(), kind, name, args);
        if (kind === 'command') void refreshDueTasks(getDb());
        return { ok: true as const, value };
      } catch (error) {
        return { ok: false as const, error: error instanceof Error ? error.message : String(error) };
      }
    },
  },
  senderContext,
);
