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
import { expandShortcut } from './render-for-chat';
import { expandShortcutInFrame, sellerTabOfChildFrame } from './frame-expansion';
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

const TOP_FRAME = 0;

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
    'bg:shortcuts': async (_payload, sender) => {
      // A seller site framed by another site: its frames expand nothing, so they need no list
      // (and take no key from the seller there).
      if (sender.frameId !== TOP_FRAME && !sellerTabOfChildFrame(sender, (await senderContext()).isSupportedPage)) return { shortcuts: [] };
      const templates = await getDb().templates.where('shortcut').above('').toArray();
      return { shortcuts: [...new Set(templates.filter((t) => !t.hidden && t.shortcut).map((t) => t.shortcut!))] };
    },
    'bg:expandShortcut': async ({ shortcut, chat }, sender) => {
      // Only the top frame watches the chat: a child frame's snapshot would be its own markup.
      if (sender.frameId !== TOP_FRAME) return { ok: false, reason: 'no_chat' };
      return expandShortcut(getDb(), shortcut, chat, await platformOfSender(sender), sender.tab?.id);
    },
    'bg:expandShortcutInFrame': async (request, sender) => expandShortcutInFrame(request, sender, (await senderContext()).isSupportedPage),
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
