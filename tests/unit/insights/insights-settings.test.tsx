// @vitest-environment happy-dom
/**
 * The Insights log's settings form: the three settings are saved as the seller changes them,
 * and the demo's erase button appears only while demo events exist and removes exactly those.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppProvider } from '../../../components/app-context';
import { InsightsSettings } from '../../../components/options/insights-settings';
import { db } from '../../../components/use-db';
import { logHandledMessage } from '../../../lib/insights/event-log';
import { getSettings, updateSettings } from '../../../lib/settings/settings-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;

async function waitFor<T>(find: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i += 1) {
    const found = find();
    if (found) return found;
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
  throw new Error(`not found: ${what}`);
}
const byTestId = (id: string) => host.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const opts = { timeZone: 'Asia/Shanghai', keepMessageText: false };

beforeEach(async () => {
  await updateSettings((s) => ({ ...s, language: 'zh-CN' }));
  await db.insightEvents.clear();
  await db.insightCounters.clear();
  await db.insightWeeks.clear();
  await logHandledMessage(db, { at: Date.now(), platform: 'jd', buyerKey: 'jd:me', messageKey: 'mine', situations: ['damaged'] }, opts);
  await logHandledMessage(db, { at: Date.now(), platform: 'jd', buyerKey: 'jd:demo', messageKey: 'demo', situations: ['haggle'], demo: true }, opts);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => {
    root.render(
      <AppProvider>
        <InsightsSettings />
      </AppProvider>,
    );
  });
});

afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
});

describe('InsightsSettings', () => {
  it('saves retention, keeping text and the weekly digest', async () => {
    const keep = (await waitFor(() => byTestId('insights-keep-text'), 'keep text')) as HTMLInputElement;
    expect(keep.checked).toBe(false);
    expect(host.textContent).toContain('默认关闭');
    await act(async () => keep.click());
    await waitFor(async () => (await getSettings()).insights.keepMessageText, 'keep text saved');
    const digest = byTestId('insights-weekly-digest') as HTMLInputElement;
    expect(digest.checked).toBe(true);
    await act(async () => digest.click());
    const retention = byTestId('insights-retention') as HTMLInputElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    await act(async () => {
      setValue.call(retention, '90');
      retention.dispatchEvent(new Event('input', { bubbles: true }));
    });
    let saved = await getSettings();
    for (let i = 0; i < 100 && (saved.insights.retentionDays !== 90 || saved.insights.weeklyDigest); i++) {
      await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
      saved = await getSettings();
    }
    expect(saved.insights).toEqual({ retentionDays: 90, keepMessageText: true, weeklyDigest: false });
  });

  it('erases exactly the demo events, then hides the button', async () => {
    const button = await waitFor(() => byTestId('insights-erase-demo'), 'erase demo button');
    expect(byTestId('insights-demo')?.textContent).toContain('1 条演示数据');
    window.confirm = () => true;
    await act(async () => button.click());
    await waitFor(() => !byTestId('insights-erase-demo'), 'button gone');
    expect((await db.insightEvents.toArray()).map((e) => e.messageKey)).toEqual(['mine']);
  });
});
