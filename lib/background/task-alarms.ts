/**
 * Follow-up tasks falling due: the badge count, a notification per newly due task, and one
 * alarm for the next task. The service worker is stopped when idle, so nothing lives in
 * memory: every run reads the tasks table and writes `notifiedAt` back, and the alarm itself
 * is persisted by the browser.
 */
import { browser } from 'wxt/browser';
import type { SellerDb } from '../db/database';
import { nextOpenTaskAfter, openTasksDueBy } from '../db/repositories/tasks';
import { createTranslate, resolveLocale } from '../i18n/translate';
import { getSettings } from '../settings/settings-store';
import type { MessageKey } from '../i18n/messages';

export const ALARM_NEXT_TASK = 'next-task-due';
/** A safety net for tasks written while no one told the background (e.g. an import). */
export const ALARM_SWEEP = 'task-sweep';
export const SWEEP_MINUTES = 5;
export const NOTIFICATION_PREFIX = 'task:';

export async function refreshDueTasks(db: SellerDb, now = Date.now()): Promise<number> {
  const due = await openTasksDueBy(db, now, 1000);
  // Firefox's MV2 build has browserAction where MV3 has action.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeText({ text: due.length === 0 ? '' : due.length > 99 ? '99+' : String(due.length) });
  await action.setBadgeBackgroundColor({ color: '#e4393c' });

  const fresh = due.filter((task) => task.notifiedAt === undefined);
  if (fresh.length > 0) {
    const settings = await getSettings();
    const t = createTranslate(resolveLocale(settings.language, navigator.language));
    // One notification per task keeps the click target exact; a flood is capped.
    for (const task of fresh.slice(0, 5)) {
      const customer = await db.customers.get(task.customerId);
      const who = customer?.name || customer?.nickname || customer?.platformUid || '';
      await browser.notifications.create(`${NOTIFICATION_PREFIX}${task.id}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: t('notifyTaskDueTitle'),
        message: `${task.title || t(`taskKind_${task.kind}` as MessageKey)}${who ? ` · ${who}` : ''}`,
      });
    }
    await db.tasks.bulkUpdate(fresh.map((task) => ({ key: task.id, changes: { notifiedAt: now } })));
  }

  const next = await nextOpenTaskAfter(db, now);
  if (next) await browser.alarms.create(ALARM_NEXT_TASK, { when: next.dueAt });
  else await browser.alarms.clear(ALARM_NEXT_TASK);
  return due.length;
}

export function ensureSweepAlarm(): Promise<void> {
  return browser.alarms.create(ALARM_SWEEP, { periodInMinutes: SWEEP_MINUTES });
}
