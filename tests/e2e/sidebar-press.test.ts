/**
 * A buyer message that arrives while the seller is pressing 插入 does not move the replies
 * under the pointer: the press inserts the reply it started on, and the new message's advice
 * shows once the press is over.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, sidebarFrame, type ExtensionSession } from './support/extension';
import { demoState, openDemo } from './support/pages';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => session?.close());

describe('a press in the sidebar', () => {
  it('inserts the reply it started on when a new buyer message arrives during it', async () => {
    const demo = await openDemo(session);
    const frame = await sidebarFrame(demo, session.extensionId);
    await demo.evaluate('window.demoChat.pushBuyerMessage("能便宜点吗")');
    await expect.poll(() => frame.getByTestId('situation').first().textContent()).toBe('议价');
    await frame.locator('main[aria-busy="false"]').waitFor();

    const reply = frame.getByTestId('suggestion').first();
    const replyText = (await reply.getByTestId('suggestion-text').textContent())!;
    const button = reply.getByRole('button', { name: '插入' });
    const box = (await button.boundingBox())!;
    await demo.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await demo.mouse.down();

    // The next message has other advice; the sidebar has it, and holds it while the press lasts.
    await demo.evaluate('window.demoChat.pushBuyerMessage("收到的杯子碎了，外包装也压扁了")');
    await frame.locator('main[data-holding="true"]').waitFor();
    expect(await frame.getByTestId('situation').first().textContent()).toBe('议价');

    await demo.mouse.up();
    await expect.poll(() => demoState(demo).then((s) => s.inputState)).toBe(replyText);
    // Then the new message's advice shows.
    await expect.poll(() => frame.getByTestId('situation').first().textContent()).toBe('破损');
    expect(await frame.locator('main[data-holding]').count()).toBe(0);
    expect((await demoState(demo)).sent).toEqual([]);
    await demo.close();
  });
});
