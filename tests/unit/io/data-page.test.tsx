// @vitest-environment happy-dom
/**
 * The data page end to end on a DOM: a CSV sheet goes through mapping, preview (with its bad
 * row listed) and confirm into the archive; erase stays locked until the word is typed.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppProvider } from '../../../components/app-context';
import { DataPage } from '../../../components/options/data-page';
import { db } from '../../../components/use-db';
import { updateSettings } from '../../../lib/settings/settings-store';
import { BUILTIN_SCRIPTS } from '../../../lib/scripts/builtin-scripts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;

async function waitFor<T>(find: () => T | null | undefined, what: string): Promise<T> {
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

beforeEach(async () => {
  await updateSettings((s) => ({ ...s, language: 'zh-CN' }));
  await db.customers.clear();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => {
    root.render(
      <AppProvider>
        <DataPage />
      </AppProvider>,
    );
  });
});

afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
});

describe('DataPage', () => {
  it('imports a CSV through mapping, preview and confirm', async () => {
    const csv = '\uFEFF收货人,手机号,旺旺,备注\r\n王芳,13900001111,tb_amy,要发票\r\n赵强,13812345,tb_bob,\r\n';
    const input = (await waitFor(() => byTestId('import-file'), 'file input')) as HTMLInputElement;
    const file = new File([csv], '顾客.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const table = await waitFor(() => byTestId('mapping-table'), 'mapping table');
    expect(table.querySelectorAll('tbody tr')).toHaveLength(4);
    expect((byTestId('mapping-select-1') as HTMLSelectElement).value).toBe('phone');

    await act(async () => byTestId('preview-import')!.click());
    const summary = await waitFor(() => byTestId('import-summary'), 'summary');
    expect(summary.textContent).toBe('共 2 行：新建 1 位顾客，0 行合并到已有顾客，1 行有问题、不会导入。');
    expect(byTestId('import-problems')!.textContent).toBe('第 3 行「手机号」：13812345 不是有效的手机号');
    expect(await db.customers.count()).toBe(0);

    await act(async () => byTestId('confirm-import')!.click());
    const done = await waitFor(() => byTestId('data-messages'), 'result');
    expect(done.textContent).toBe('导入完成：新建 1 位顾客，更新 0 位，新增备注 1 条。');
    expect((await db.customers.toArray()).map((c) => [c.platform, c.platformUid, c.name])).toEqual([['other', 'tb_amy', '王芳']]);
  });

  it('keeps erase disabled until the confirmation word is typed', async () => {
    await db.customers.add({ id: 'x', platform: 'jd', platformUid: 'u', sizes: {}, interests: [], tags: [], vipLevel: 0, points: 0, createdAt: 1, updatedAt: 1 });
    const button = (await waitFor(() => byTestId('erase-button'), 'erase button')) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const input = byTestId('erase-input') as HTMLInputElement;
    await act(async () => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setValue.call(input, '清空');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(button.disabled).toBe(false);
    await act(async () => button.click());
    await waitFor(() => byTestId('data-messages'), 'erased message');
    expect(byTestId('data-messages')!.textContent).toBe('全部数据已清空，设置已恢复默认，内置话术已重新装好。');
    expect(await db.customers.count()).toBe(0);
    // The extension still works as after a fresh install: its built-in scripts are there.
    expect(await db.templates.filter((t) => t.builtIn).count()).toBe(BUILTIN_SCRIPTS.length);
  });

  it('reports old records an upgrade set aside, and offers them as a file', async () => {
    expect(byTestId('quarantine')).toBeNull();
    await db.quarantine.add({
      id: 'customers:c-phone-number',
      table: 'customers',
      key: 'c-phone-number',
      record: { id: 'c-phone-number', phone: 13800001111 },
      problems: ['phone: Invalid input: expected string, received number'],
      quarantinedAt: 1,
    });
    try {
      const card = await waitFor(() => byTestId('quarantine'), 'set-aside records');
      expect(card.textContent).toContain('升级数据时有 1 条旧记录格式有误。它们没有被删除，已单独保存');
      expect(byTestId('quarantine-list')!.textContent).toBe('「顾客」c-phone-number：phone: Invalid input: expected string, received number');
      expect(byTestId('quarantine-download')).not.toBeNull();
    } finally {
      await db.quarantine.clear();
    }
  });
});
