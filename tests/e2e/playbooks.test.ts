/**
 * The haggling ladder in the sidebar: the seller gives the list price once, the panel names
 * the move and the price, never goes below the floor (list × the shop's floor %, 90% by
 * default), and a second offer from the buyer moves to the next, smaller concession.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, sidebarFrame, type ExtensionSession } from './support/extension';
import { demoState, openDemo } from './support/pages';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => session?.close());

const priceIn = (text: string | null) => Number(/(\d+(?:\.\d+)?)\s*元/.exec(text ?? '')?.[1] ?? NaN);

describe('haggling ladder', () => {
  it('answers offers round by round without going below the floor', async () => {
    const demo = await openDemo(session);
    await demo.click('li.chat-item:nth-child(3)');
    const frame = await sidebarFrame(demo, session.extensionId);
    await demo.evaluate('window.demoChat.pushBuyerMessage("15块卖不卖")');
    const panel = frame.getByTestId('playbook-panel');
    await panel.getByTestId('haggle-list-price').fill('25');
    await panel.getByRole('button', { name: '保存' }).click();

    const ladder = panel.getByTestId('haggle-ladder');
    await expect.poll(() => ladder.textContent()).toContain('买家出价 15');
    const reply = panel.getByTestId('suggestion-text');
    const firstText = await reply.textContent();
    const first = priceIn(firstText);
    expect(first).toBeGreaterThanOrEqual(22.5);
    expect(first).toBeLessThan(25);
    // The floor is the seller's secret: it never appears in what the buyer would read.
    expect(firstText).not.toContain('22.5');
    await panel.getByRole('button', { name: '插入' }).click();
    await expect.poll(() => demoState(demo).then((s) => s.inputState)).toBe(firstText);

    await demo.evaluate('window.demoChat.pushBuyerMessage("18行不行")');
    await expect.poll(() => ladder.textContent()).toContain('15 → 18');
    const second = priceIn(await reply.textContent());
    expect(second).toBeGreaterThanOrEqual(22.5);
    expect(second).toBeLessThan(first);
    // Each concession is smaller than the one before.
    expect(first - second).toBeLessThanOrEqual(25 - first);
    await demo.close();
  });
});
