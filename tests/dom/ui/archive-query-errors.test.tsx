/**
 * A read of the archive that fails is shown, not swallowed: one inline notice (translated) with
 * a retry button, nothing stuck on "loading", and the last good answer kept on screen marked as
 * possibly out of date. It is retried by itself once the page is seen again.
 *
 * The sidebar's card reads through the background: here a fake background answers from the
 * test database and, when told, fails the way a restarting worker does (the message port
 * closes). The options page reads the database itself: there the connection is closed under it.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppProvider } from '../../../components/app-context';
import { RemoteArchiveProvider } from '../../../components/archive';
import { SituationCorrections } from '../../../components/options/situation-corrections';
import { CustomerCard } from '../../../components/sidebar/customer-card';
import { db } from '../../../components/use-db';
import { runArchiveOperation } from '../../../lib/archive-api/operations';
import { createCustomer } from '../../../lib/db/repositories/customers';
import { addNote } from '../../../lib/db/repositories/notes';
import { addSituationExample } from '../../../lib/db/repositories/situation-examples';
import { SellerDb } from '../../../lib/db/database';
import { updateSettings } from '../../../lib/settings/settings-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(async () => {
  await act(async () => root?.unmount());
  host?.remove();
  vi.restoreAllMocks();
  if (!db.isOpen()) await db.open();
});

async function until<T>(find: () => T | null | undefined, what: string): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const found = find();
    if (found) return found;
    await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`not found: ${what}; shown: ${host?.textContent}`);
}

async function render(node: React.ReactNode) {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root!.render(<AppProvider>{node}</AppProvider>));
}

const notice = () => host!.querySelector<HTMLElement>('[data-testid="archive-query-failed"]');
const notices = () => host!.querySelectorAll('[data-testid="archive-query-failed"]').length;
const retryButton = () => host!.querySelector<HTMLButtonElement>('[data-testid="archive-query-retry"]');
/** What the browser fires when the seller comes back to the page. */
const refocus = () => act(async () => void window.dispatchEvent(new Event('focus')));

/** The background as the sidebar sees it: answers from the test database unless it is "down". */
const background = { down: false, failNextOf: undefined as string | undefined, asked: [] as string[] };

function fakeBackground() {
  background.down = false;
  background.failNextOf = undefined;
  background.asked = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string; payload: { kind: 'query' | 'command'; name: string; args: unknown } }) => {
    if (message.type !== 'bg:archive') return undefined;
    const { kind, name, args } = message.payload;
    background.asked.push(name);
    if (background.down || background.failNextOf === name) {
      if (background.failNextOf === name) background.failNextOf = undefined;
      throw new Error('The message port closed before a response was received.');
    }
    return { ok: true, value: await runArchiveOperation(db, kind, name, args) };
  }) as never);
}

describe('a failed archive read in the sidebar (through the background)', () => {
  beforeEach(async () => {
    await Promise.all([db.customers.clear(), db.notes.clear()]);
    await updateSettings((s) => ({ ...s, language: 'zh-CN' }));
    fakeBackground();
  });

  it('shows the error instead of loading, and the retry button reads again', async () => {
    await createCustomer(db, { platform: 'pinduoduo', platformUid: 'buyer-7', nickname: '小花' });
    background.failNextOf = 'customerByUid';
    await render(
      <RemoteArchiveProvider>
        <CustomerCard buyer={{ platform: 'pinduoduo', uid: 'buyer-7', basis: 'page-id' }} trust={undefined} onConfirm={async () => undefined} />
      </RemoteArchiveProvider>,
    );
    const shown = await until(notice, 'the error notice');
    expect(shown.getAttribute('role')).toBe('alert');
    expect(shown.textContent).toContain('本地数据没能读取');
    expect(shown.dataset.stale).toBe('false');
    expect(shown.textContent).not.toContain('可能不是最新');
    // Nothing pretends to be on its way, and no "new customer" is offered for a read that failed.
    expect(host!.textContent).not.toContain('加载中');
    expect(host!.querySelector('[data-testid="customer-new"]')).toBeNull();
    expect(retryButton()!.textContent).toBe('重试');

    await act(async () => retryButton()!.click());
    await until(() => host!.querySelector('[data-testid="customer-name"]'), 'the card');
    expect(host!.querySelector('[data-testid="customer-name"]')!.textContent).toBe('小花');
    expect(notice()).toBeNull();
    expect(background.asked.filter((name) => name === 'customerByUid')).toHaveLength(2);
  });

  it('keeps the last good card marked as possibly stale while the background is down, and retries on focus', async () => {
    const customer = await createCustomer(db, { platform: 'pinduoduo', platformUid: 'buyer-8', nickname: '阿强' });
    await addNote(db, customer.id, '要顺丰');
    await render(
      <RemoteArchiveProvider>
        <CustomerCard buyer={{ platform: 'pinduoduo', uid: 'buyer-8', basis: 'page-id' }} trust={undefined} onConfirm={async () => undefined} />
      </RemoteArchiveProvider>,
    );
    await until(() => host!.querySelector('[data-testid="notes"]')?.textContent?.includes('要顺丰'), 'the note');

    // The worker restarts: every refetch the focus triggers fails.
    background.down = true;
    await refocus();
    const shown = await until(notice, 'the error notice');
    expect(shown.dataset.stale).toBe('true');
    expect(shown.textContent).toContain('下面显示的是上次读到的内容，可能不是最新的。');
    // One notice for the card, whichever of its reads failed, and the card is still there.
    expect(notices()).toBe(1);
    expect(host!.querySelector('[data-testid="customer-name"]')!.textContent).toBe('阿强');
    expect(host!.querySelector('[data-testid="notes"]')!.textContent).toContain('要顺丰');

    // Back up, and something changed meanwhile: the next focus reads again by itself.
    background.down = false;
    await addNote(db, customer.id, '周五前发货');
    await refocus();
    await until(() => host!.querySelector('[data-testid="notes"]')?.textContent?.includes('周五前发货'), 'the new note');
    expect(notice()).toBeNull();
  });
});

describe('a failed archive read in the options page (its own connection)', () => {
  beforeEach(async () => {
    await db.situationExamples.clear();
    await updateSettings((s) => ({ ...s, language: 'en' }));
  });

  it('shows the error in English, then the list after a retry; a later failure keeps the list as possibly stale', async () => {
    await addSituationExample(db, { text: '快递员太凶了', situation: 'complaint', source: 'correction' }, 1000);
    // The page's connection is closed (as after a storage error) before its first read.
    db.close({ disableAutoOpen: true });
    await render(<SituationCorrections />);
    const shown = await until(notice, 'the error notice');
    expect(shown.textContent).toContain('Could not read the saved data');
    expect(shown.dataset.stale).toBe('false');
    expect(host!.textContent).not.toContain('Loading');
    expect(retryButton()!.textContent).toBe('Try again');

    await db.open();
    await act(async () => retryButton()!.click());
    await until(() => host!.querySelector('[data-testid="correction"]'), 'the correction');
    expect(notice()).toBeNull();

    // Another page adds a correction while this page's connection is broken: the live query
    // reads again, fails, and keeps what it showed.
    db.close({ disableAutoOpen: true });
    const otherPage = new SellerDb();
    await addSituationExample(otherPage, { text: '宝贝什么时候能到我这边', situation: 'ship_time', source: 'insert' }, 2000);
    const stale = await until(notice, 'the stale notice');
    expect(stale.dataset.stale).toBe('true');
    expect(stale.textContent).toContain('may be out of date');
    expect(host!.querySelectorAll('[data-testid="correction"]')).toHaveLength(1);

    // Coming back to the page reads again by itself, each time, until it works.
    const warn = vi.spyOn(console, 'warn');
    await refocus();
    await until(() => warn.mock.calls.some((call) => String(call[0]).includes('archive query failed')), 'a retry on focus');
    expect(notice()!.dataset.stale).toBe('true');
    await db.open();
    await refocus();
    await until(() => (host!.querySelectorAll('[data-testid="correction"]').length === 2 ? true : undefined), 'both corrections');
    expect(notice()).toBeNull();
    otherPage.close();
  });
});
