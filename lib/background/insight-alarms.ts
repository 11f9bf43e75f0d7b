/**
 * The insights' two alarms: a daily one that applies the retention setting (pruneEvents), and
 * a weekly one that shows one notification naming the product with the most new problems
 * (off with settings.insights.weeklyDigest). Both read everything fresh: the worker keeps
 * nothing between runs, and the browser keeps the alarms.
 */
import { browser } from 'wxt/browser';
import type { SellerDb } from '../db/database';
import { createTranslate, resolveLocale } from '../i18n/translate';
import { pruneEvents } from '../insights/event-log';
import { computeWeeklyDigest, type DigestTop } from '../insights/weekly-digest';
import { getSettings } from '../settings/settings-store';

export const ALARM_INSIGHTS_RETENTION = 'insights-retention';
export const ALARM_INSIGHTS_DIGEST = 'insights-digest';
export const DIGEST_NOTIFICATION_ID = 'insights-digest';
export const INSIGHTS_PAGE_HASH = '#/insights';
/** storage.local key of the last digest shown (what it named, and the words), for the page and tests. */
export const LAST_DIGEST_KEY = 'insightsLastDigest';

const DAY_MINUTES = 24 * 60;

/** Create the alarms once; an existing alarm keeps its schedule (a restart must not postpone the digest). */
export async function ensureInsightAlarms(): Promise<void> {
  if (!(await browser.alarms.get(ALARM_INSIGHTS_RETENTION))) {
    await browser.alarms.create(ALARM_INSIGHTS_RETENTION, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
  }
  if (!(await browser.alarms.get(ALARM_INSIGHTS_DIGEST))) {
    await browser.alarms.create(ALARM_INSIGHTS_DIGEST, { delayInMinutes: 7 * DAY_MINUTES, periodInMinutes: 7 * DAY_MINUTES });
  }
}

export async function runInsightsRetention(db: SellerDb, now = Date.now()) {
  const { insights, policy } = await getSettings();
  return pruneEvents(db, insights.retentionDays, now, policy.timeZone);
}

/** Show the digest notification; returns what it named, or null (switched off, or nothing new). */
export async function runWeeklyDigest(db: SellerDb, now = Date.now()): Promise<DigestTop | null> {
  const settings = await getSettings();
  if (!settings.insights.weeklyDigest) return null;
  const top = await computeWeeklyDigest(db, now, settings.policy.timeZone);
  if (!top) return null;
  const t = createTranslate(resolveLocale(settings.language, navigator.language));
  const title = t('insightsDigestTitle');
  const message = t('insightsDigestMessage', { product: top.name, count: top.count });
  await browser.notifications.create(DIGEST_NOTIFICATION_ID, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message });
  await browser.storage.local.set({ [LAST_DIGEST_KEY]: { ...top, shownAt: now, title, message } });
  return top;
}

export function handleInsightAlarm(db: SellerDb, name: string): boolean {
  if (name === ALARM_INSIGHTS_RETENTION) {
    void runInsightsRetention(db).catch((error: unknown) => console.warn('[seller-assistant] insights retention failed', error));
    return true;
  }
  if (name === ALARM_INSIGHTS_DIGEST) {
    void runWeeklyDigest(db).catch((error: unknown) => console.warn('[seller-assistant] insights digest failed', error));
    return true;
  }
  return false;
}

/** A click on the digest opens the Insights page; other notifications are not ours to handle. */
export async function openInsightsFromNotification(notificationId: string): Promise<boolean> {
  if (notificationId !== DIGEST_NOTIFICATION_ID) return false;
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${INSIGHTS_PAGE_HASH}`) });
  await browser.notifications.clear(notificationId);
  return true;
}
