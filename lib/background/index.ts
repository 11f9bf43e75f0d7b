/**
 * The service worker's wiring. Synchronous: it only registers listeners, so events that
 * woke a stopped worker are not missed, and keeps no state that must outlive it.
 */
import { browser } from 'wxt/browser';
import { getDb } from '../db/database';
import { sendToTab } from '../messaging/client';
import { getSettings, watchSettings } from '../settings/settings-store';
import { refreshCustomSiteScripts } from '../sites/custom-sites';
import { handleContextMenuClick, registerContextMenus } from './context-menus';
import { backgroundRouter } from './message-router';
import {
  ALARM_NEXT_TASK,
  ALARM_SWEEP,
  NOTIFICATION_PREFIX,
  ensureSweepAlarm,
  refreshDueTasks,
} from './task-alarms';
import { seedBuiltinTemplates } from '../db/repositories/templates';
import { broadcastArchiveChanges } from './archive-changes';
import { buildPendingSearchKeys } from './search-key-builder';
import { forgetTabConfirmations } from './buyer-confirmations';
import { ensureInsightAlarms, handleInsightAlarm, openInsightsFromNotification, runInsightsRetention, runWeeklyDigest } from './insight-alarms';
import { seedDemoInsights } from '../insights/demo-seed';

export const COMMAND_TOGGLE_SIDEBAR = 'toggle-sidebar';

export function registerBackground(): void {
  browser.runtime.onInstalled.addListener(() => {
    void getSettings().then((settings) => refreshCustomSiteScripts(settings.sites.customOrigins));
    void registerContextMenus();
    void ensureSweepAlarm();
    void ensureInsightAlarms();
    void seedBuiltinTemplates(getDb()).then(() => refreshDueTasks(getDb()));
  });
  browser.runtime.onStartup.addListener(() => {
    void ensureSweepAlarm();
    void ensureInsightAlarms();
    void refreshDueTasks(getDb());
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM_NEXT_TASK || alarm.name === ALARM_SWEEP) void refreshDueTasks(getDb());
    else handleInsightAlarm(getDb(), alarm.name);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    void handleContextMenuClick(info, tab);
  });

  browser.notifications.onClicked.addListener((notificationId) => void handleNotificationClick(notificationId));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND_TOGGLE_SIDEBAR && tab?.id !== undefined) {
      sendToTab(tab.id, 'content:toggleSidebar', {}).catch(() => {
        // Not a seller page: nothing to toggle.
      });
    }
  });

  browser.runtime.onMessage.addListener((message, sender) => backgroundRouter(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTabConfirmations(tabId));

  // Menu titles follow the language; the reply menu shows on the enabled sites.
  let menuSettings: string | undefined;
  watchSettings((settings) => {
    const key = JSON.stringify([settings.language, settings.sites.customOrigins]);
    if (key === menuSettings) return;
    menuSettings = key;
    void registerContextMenus();
  });

  broadcastArchiveChanges({
    onTemplatesChanged: () => void registerContextMenus(),
    onCustomersChanged: () => void buildPendingSearchKeys(getDb()),
  });
  // A worker stopped mid-way through a backlog resumes it whenever it starts again.
  void buildPendingSearchKeys(getDb());

  // Tests in real Chromium cannot click native context menus; they call the same handler
  // through the worker's global scope (unreachable from web pages).
  // The demo (`npm start`) fills the Insights page through `seedDemoInsights`; nothing in the
  // extension's own pages calls it.
  Object.assign(globalThis, {
    sellerAssistantTestHooks: {
      handleContextMenuClick,
      handleNotificationClick,
      refreshDueTasks: () => refreshDueTasks(getDb()),
      runWeeklyDigest: () => runWeeklyDigest(getDb()),
      runInsightsRetention: () => runInsightsRetention(getDb()),
      seedDemoInsights: async () => seedDemoInsights(getDb(), { timeZone: (await getSettings()).policy.timeZone }),
    },
  });
}

async function handleNotificationClick(notificationId: string): Promise<void> {
  if (await openInsightsFromNotification(notificationId)) return;
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const taskId = notificationId.slice(NOTIFICATION_PREFIX.length);
  void openTaskCustomer(taskId);
  void browser.notifications.clear(notificationId);
}

async function openTaskCustomer(taskId: string): Promise<void> {
  const task = await getDb().tasks.get(taskId);
  const hash = task ? `#/customers/${encodeURIComponent(task.customerId)}` : '#/';
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
}
