/**
 * The situation chips are buttons: a click on another situation than the main one, or a pick
 * in the list of all 24, asks the sidebar to switch to it; the main chip asks nothing.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../components/app-context';
import { SituationPanel } from '../../../components/sidebar/situation-panel';
import type { Classification } from '../../../lib/situations';
import { SITUATION_IDS, type SituationId } from '../../../lib/situations/taxonomy';
import { updateSettings } from '../../../lib/settings/settings-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const entities = { amounts: [], orderNumbers: [], trackingNumbers: [], sizes: [], dates: [], phones: [] };
const SURE: Classification = {
  situations: [
    { id: 'logistics', score: 0.7, cues: ['什么时候能到'] },
    { id: 'ship_time', score: 0.35, cues: [] },
  ],
  unsure: false,
  entities,
};

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(async () => {
  await act(async () => root?.unmount());
  host?.remove();
});

async function render(classification: Classification, onChoose: (id: SituationId) => void, corrected = false) {
  await updateSettings((s) => ({ ...s, language: 'zh-CN' }));
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => {
    root!.render(
      <AppProvider>
        <SituationPanel message="宝贝什么时候能到我这边" classification={classification} onChoose={onChoose} corrected={corrected} />
      </AppProvider>,
    );
  });
  for (let i = 0; i < 200 && !host.querySelector('[data-testid="situation"]'); i++) {
    await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  return host;
}

describe('SituationPanel', () => {
  it('switches to another listed situation on a click; the main one asks nothing', async () => {
    const onChoose = vi.fn();
    const el = await render(SURE, onChoose);
    const chips = [...el.querySelectorAll<HTMLButtonElement>('button[data-testid="situation"]')];
    expect(chips.map((c) => [c.dataset.situationId, c.getAttribute('aria-pressed')])).toEqual([
      ['logistics', 'true'],
      ['ship_time', 'false'],
    ]);
    await act(async () => chips[0]!.click());
    expect(onChoose).not.toHaveBeenCalled();
    await act(async () => chips[1]!.click());
    expect(onChoose).toHaveBeenCalledWith('ship_time');
  });

  it('offers all 24 situations in the picker, and a pick asks to switch', async () => {
    const onChoose = vi.fn();
    const el = await render(SURE, onChoose);
    const picker = el.querySelector<HTMLSelectElement>('[data-testid="situation-picker"]')!;
    expect([...picker.options].map((o) => o.value).filter(Boolean)).toEqual([...SITUATION_IDS]);
    await act(async () => {
      picker.value = 'invoice';
      picker.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChoose).toHaveBeenCalledWith('invoice');
  });

  it('says when the situation shown is the seller’s correction', async () => {
    const el = await render(SURE, vi.fn(), true);
    expect(el.querySelector('[data-testid="situation-corrected"]')?.textContent).toBe('已改成你选的情况；本店以后会认出类似的消息。');
  });
});
