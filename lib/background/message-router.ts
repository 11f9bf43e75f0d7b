import { browser } from 'wxt/browser';
import { getDb } from '../db/database';
import { createRouter } from '../messaging/router';
import type { SenderContext } from '../messaging/sender';
import { adapterForUrl } from '../sites/registry';
import { refreshDueTasks } from './task-alarms';
import { buildPendingSearchKeys } from './search-key-builder';
import { countCustomersAwaitingSearchKeys } from '../db/search-key-backlog';
import { runArchiveOperation } from '../archive-api/operations';
import { getSettings } from '../settings/settings-store';
import { renderTemplateForChat, templateForShortcut } from './render-for-chat';
import { confirmBuyerInTab, confirmedCustomerId } from './buyer-confirmations';
import { platformSchema } from '../db/schemas';
import { platformOfSender } from './sender-platform';
import { relayFrameEditor, relayInsertInFrame } from './frame-relay';
import { collectPageOutline } from './page-outline';

/** Seller pages: the built-in sites and the ones the user enabled (read fresh: the worker may just have woken). */
export async function senderContext(): Promise<SenderContext> {
  const { customOrigins } = (await getSettings()).sites;
  return {
    extensionId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL('/'),
    isSupportedPage: (url) => adapterForUrl(url, customOrigins) !== undefined,
  };
}

/** Commands that change tasks: only these need the badge and the alarm recomputed. */
const TASK_COMMANDS: ReadonlySet<string> = new Set(['createTask', 'completeTask', 'snoozeTask', 'applyTaskPlan', 'recordOrderEvent']);

export const backgroundRouter = createRouter(
  {
    'bg:whichTab': (_payload, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('not in a tab');
      return { tabId, url: sender.tab?.url ?? '' };
    },
    'bg:tasksChanged': async () => ({ due: await refreshDueTasks(getDb()) }),
    'bg:buildSearchKeys': async () => {
      void buildPendingSearchKeys(getDb());
      return { waiting: await countCustomersAwaitingSearchKeys(getDb()) };
    },
    'bg:buyerConfirmation': async ({ platform, nickname, tabId }, sender) => {
      // The sidebar asks about the tab it is framed in, whatever the payload says. The popup
      // names the chat tab it looks at, and its own tab (opened in a window or tab of its
      // own) is not that one.
      const framed = sender.tab !== undefined && (sender.url ?? '').startsWith(browser.runtime.getURL('/sidebar.html'));
      const tab = framed ? sender.tab?.id : (tabId ?? sender.tab?.id);
      const known = platformSchema.safeParse(platform);
      if (tab === undefined || !known.success) return { customerId: null };
      return { customerId: (await confirmedCustomerId(tab, known.data, nickname)) ?? null };
    },
    'bg:confirmBuyer': async (request, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('not in a tab');
      return confirmBuyerInTab(getDb(), tabId, request);
    },
    'bg:shortcuts': async () => {
      const templates = await getDb().templates.where('shortcut').above('').toArray();
      return { shortcuts: [...new Set(templates.filter((t) => !t.hidden && t.shortcut).map((t) => t.shortcut!))] };
    },
    'bg:expandShortcut': async ({ shortcut, chat }, sender) => {
      const template = await templateForShortcut(getDb(), shortcut);
      if (!template) return { ok: false as const, reason: 'unknown' as const };
      const result = await renderTemplateForChat(getDb(), template, chat, await platformOfSender(sender), sender.tab?.id);
      return result.ok ? { ok: true as const, text: result.text } : { ok: false as const, reason: 'missing_values' as const };
    },
    'bg:frameEditor': (state, sender) => relayFrameEditor(state, sender),
    'bg:insertInFrame': ({ frameId, request }, sender) => relayInsertInFrame(frameId, request, sender),
    'bg:pageOutline': (_payload, sender) => collectPageOutline(sender),
    'bg:archive': async ({ kind, name, args }) => {
      try {
        const value = await runArchiveOperation(getDb(), kind, name, args);
        if (kind === 'command' && TASK_COMMANDS.has(name)) void refreshDueTasks(getDb());
        return { ok: true as const, value };
      } catch (error) {
        return { ok: false as const, error: error instanceof Error ? error.message : String(error) };
      }
    },
  },
  senderContext,
);
