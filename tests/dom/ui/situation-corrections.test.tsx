/**
 * The options' list of corrections, in English: newest first, with the situation, how it was
 * given and what it was recognised as before; Delete removes it from the archive.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { AppProvider } from '../../../components/app-context';
import { SituationCorrections } from '../../../components/options/situation-corrections';
import { db } from '../../../components/use-db';
import { addSituationExample } from '../../../lib/db/repositories/situation-examples';
import { updateSettings } from '../../../lib/settings/settings-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(async () => {
  await act(async () => root?.unmount());
  host?.remove();
});

async function until<T>(find: () => T | null | undefined, what: string): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const found = find();
    if (found) return found;
    await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`not found: ${what}`);
}

describe('SituationCorrections', () => {
  it('lists the corrections newest first and deletes one', async () => {
    await updateSettings((s) => ({ ...s, language: 'en' }));
    await db.situationExamples.clear();
    await addSituationExample(db, { text: '快递员太凶了', situation: 'complaint', source: 'correction', shown: 'logistics' }, 1000);
    await addSituationExample(db, { text: '宝贝什么时候能到我这边', situation: 'ship_time', source: 'insert', shown: 'logistics' }, 2000);
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    await act(async () => {
      root!.render(
        <AppProvider>
          <SituationCorrections />
        </AppProvider>,
      );
    });
    const rows = await until(() => {
      const found = [...host!.querySelectorAll<HTMLElement>('[data-testid="correction"]')];
      return found.length === 2 ? found : undefined;
    }, 'two corrections');
    expect(host.querySelector('h2')?.textContent).toBe('Corrections');
    expect(host.textContent).toContain('The newest 2000 are kept.');
    expect(rows.map((r) => r.dataset.situationId)).toEqual(['ship_time', 'complaint']);
    expect(rows[0]!.textContent).toContain('When will it ship');
    expect(rows[0]!.textContent).toContain('Inserted a reply of this situation');
    expect(rows[1]!.textContent).toContain('Corrected by hand');
    expect(rows[1]!.textContent).toContain('was recognised as');

    await act(async () => rows[1]!.querySelector('button')!.click());
    await until(() => (host!.querySelectorAll('[data-testid="correction"]').length === 1 ? true : undefined), 'one left');
    expect((await db.situationExamples.toArray()).map((e) => e.text)).toEqual(['宝贝什么时候能到我这边']);
  });
});
