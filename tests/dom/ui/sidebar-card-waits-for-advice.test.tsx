/**
 * The buyer's card sits below the advice (situation, replies, playbook), whose classifier loads
 * lazily. Shown before the advice, the card would be pushed down under the seller's pointer when
 * the advice arrives, and a press on 建档 would end on a reply and create nothing (the
 * intermittent e2e failure this test pins down). So while the advice is loading the card, and
 * its 建档 button, are not shown and the sidebar is aria-busy; once the advice is there, both are
 * where they stay.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../components/app-context';
import { db } from '../../../components/use-db';
import { seedBuiltinTemplates } from '../../../lib/db/repositories/templates';
import { until } from './support/sidebar-harness';
import { createClassifier, type Classifier } from '../../../lib/situations/rule-classifier';
import { updateSettings } from '../../../lib/settings/settings-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The classifier "loads" when the test says so: the rules-only classifier stands in for the model. */
const model = vi.hoisted(() => ({ loaded: undefined as Classifier | undefined, listeners: new Set<() => void>() }));

vi.mock('../../../components/sidebar/use-classifier', async () => {
  const { useEffect, useState } = await import('react');
  return {
    useClassifier: () => {
      const [classifier, setClassifier] = useState<Classifier | undefined>(() => model.loaded);
      useEffect(() => {
        const update = () => setClassifier(() => model.loaded);
        model.listeners.add(update);
        return () => void model.listeners.delete(update);
      }, []);
      return classifier ? { status: 'ready', classify: classifier } : { status: 'loading' };
    },
  };
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
  model.loaded = undefined;
});

const createButton = () => [...host!.querySelectorAll('button')].find((b) => b.textContent === '建档');
const main = () => host!.querySelector('main');

describe('the sidebar while its advice is loading', () => {
  it('holds the card (and 建档) back until the advice above it is shown', async () => {
    await updateSettings((s) => ({ ...s, language: 'zh-CN' }));
    await seedBuiltinTemplates(db);
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    await act(async () => {
      root!.render(
        <AppProvider>
          <SidebarApp />
        </AppProvider>,
      );
    });

    // The advice waits for the classifier; the archive (this buyer has no card yet, the
    // templates) answers meanwhile.
    await until(() => (host!.textContent?.includes('加载中…') ? true : undefined), 'the advice loading');
    for (let i = 0; i < 30; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(await db.templates.count()).toBeGreaterThan(0);
    expect(await db.customers.count()).toBe(0);
    expect(host.querySelector('[data-testid="buyer-message"]')).toBeNull();
    expect(createButton()).toBeUndefined();
    expect(host.querySelector('[data-testid="customer-new"]')).toBeNull();
    expect(main()!.getAttribute('aria-busy')).toBe('true');

    // The classifier arrives: the advice and the card appear together, and the sidebar is settled.
    await act(async () => {
      model.loaded = createClassifier(null);
      for (const update of model.listeners) update();
    });
    const button = await until(createButton, 'the 建档 button');
    expect(host.querySelector('[data-testid="buyer-message"]')?.textContent).toBe('收到的杯子碎了，盒子都压扁了');
    expect(host.querySelectorAll('[data-testid="suggestion"]').length).toBeGreaterThan(0);
    expect(main()!.getAttribute('aria-busy')).toBe('false');
    // Nothing above the card is still to come: it is the last section, after the replies.
    const sections = [...main()!.querySelectorAll(':scope > section')];
    expect(sections.at(-1)!.contains(button)).toBe(true);
  });
});
