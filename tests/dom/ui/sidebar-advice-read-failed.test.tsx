/**
 * The sidebar's advice needs the scripts from the archive. When that read fails (the background
 * worker restarting), the sidebar says so with a retry instead of "loading" forever, stops being
 * busy, and shows the buyer's card meanwhile; the retry brings the replies.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppProvider } from '../../../components/app-context';
import { RemoteArchiveProvider } from '../../../components/archive';
import { db } from '../../../components/use-db';
import { runArchiveOperation } from '../../../lib/archive-api/operations';
import { seedBuiltinTemplates } from '../../../lib/db/repositories/templates';
import { until } from './support/sidebar-harness';
import { createClassifier } from '../../../lib/situations/rule-classifier';
import { updateSettings } from '../../../lib/settings/settings-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The rules-only classifier stands in for the packaged model.
vi.mock('../../../components/sidebar/use-classifier', () => {
  const classify = createClassifier(null);
  return { useClassifier: () => ({ status: 'ready', classify }) };
});

vi.mock('../../../components/sidebar/use-chat-connection', async () => {
  const { connectedChatModule, DAMAGED_CUP_CHAT } = await import('./support/sidebar-harness');
  return connectedChatModule(DAMAGED_CUP_CHAT);
});

const { SidebarApp } = await import('../../../components/sidebar/sidebar-app');

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(async () => {
  await act(async () => root?.unmount());
  host?.remove();
  vi.restoreAllMocks();
});

describe('the sidebar when the scripts cannot be read', () => {
  it('says so with a retry, shows the card meanwhile, and the retry brings the replies', async () => {
    await updateSettings((s) => ({ ...s, language: 'zh-CN' }));
    await seedBuiltinTemplates(db);
    // The background answers from the test database, but its first answer for the scripts is
    // lost (the worker restarting).
    let templatesLost = false;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string; payload: { kind: 'query' | 'command'; name: string; args: unknown } }) => {
      if (message.type !== 'bg:archive') return undefined;
      const { kind, name, args } = message.payload;
      if (name === 'templates' && !templatesLost) {
        templatesLost = true;
        throw new Error('The message port closed before a response was received.');
      }
      return { ok: true, value: await runArchiveOperation(db, kind, name, args) };
    }) as never);

    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    await act(async () => {
      root!.render(
        <AppProvider>
          <RemoteArchiveProvider>
            <SidebarApp />
          </RemoteArchiveProvider>
        </AppProvider>,
      );
    });

    const notice = await until(() => host!.querySelector<HTMLElement>('[data-testid="archive-query-failed"]'), 'the error notice', () => host?.textContent);
    expect(notice.textContent).toContain('本地数据没能读取');
    await until(() => host!.querySelector('[data-testid="customer-new"]'), 'the card', () => host?.textContent);
    expect(host.querySelector('main')!.getAttribute('aria-busy')).toBe('false');
    expect(host.textContent).not.toContain('加载中');
    expect(host.querySelectorAll('[data-testid="suggestion"]')).toHaveLength(0);

    await act(async () => notice.querySelector('button')!.click());
    await until(() => host!.querySelectorAll('[data-testid="suggestion"]').length > 0, 'the replies', () => host?.textContent);
    expect(host.querySelector('[data-testid="archive-query-failed"]')).toBeNull();
    expect(host.querySelector('[data-testid="buyer-message"]')?.textContent).toBe('收到的杯子碎了，盒子都压扁了');
  });
});
