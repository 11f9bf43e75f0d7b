/**
 * The popup's customer search while an import's search keys are still being built: it says
 * search cannot find them yet, and once the keys land the notice goes and the
 * same query finds them, without reopening anything (live queries).
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppProvider } from '../../../components/app-context';
import { CustomersTab } from '../../../components/popup/customers-tab';
import { db } from '../../../components/use-db';
import { buildAllPendingSearchKeys, writeCustomersKeysDeferred } from '../../../lib/db/search-key-backlog';
import { customer } from '../../unit/io/io-fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const imported = (id: string, name: string, phone: string) => customer({ id, platformUid: `pdd_${id}`, name, phone });

let host: HTMLElement;
let root: Root;

async function settle(): Promise<void> {
  for (let i = 0; i < 6; i += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
}

async function typeQuery(text: string): Promise<void> {
  const input = host.querySelector<HTMLInputElement>('[data-testid="customer-search"]')!;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

const notice = () => host.querySelector('[data-testid="search-backlog"]')?.textContent ?? null;
const results = () => [...host.querySelectorAll('[data-testid="customer-results"] li')].map((li) => li.textContent);

beforeEach(async () => {
  await db.customers.clear();
  await db.searchKeyBacklog.clear();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
});

describe('customer search with search keys still being built', () => {
  it('says it cannot find them yet, then finds them once the keys land', async () => {
    await writeCustomersKeysDeferred(db, [imported('a', '周五', '13700000001'), imported('b', '吴六', '13700000002')]);
    await act(async () => root.render(<AppProvider><CustomersTab /></AppProvider>));
    await settle();

    expect(notice()).toContain('still being indexed'); // the test page's language is English
    // Listed (the archive's first page needs no search keys), but not yet found by pinyin.
    expect(results()).toHaveLength(2);
    await typeQuery('zhouwu');
    expect(results()).toEqual([]);

    await act(async () => {
      await buildAllPendingSearchKeys(db);
    });
    await settle();
    expect(notice()).toBeNull();
    expect(results()).toEqual([expect.stringContaining('周五')]);
  });
});
