/**
 * `npm start`: open the built extension in Chromium on the demo seller page, so anyone can
 * try the product without a seller account. The demo page answers at the real Pinduoduo
 * chat URL (nothing leaves the machine), so the extension behaves exactly as on the real site.
 */
import { DEMO_URL, fixture, launchExtension, liveWorker, sidebarFrame } from '../e2e/support/extension';

const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
if (headless) console.log('No display found: running headless (pass a DISPLAY to see the window).');

const session = await launchExtension({ headless });
await session.serve('https://mms.pinduoduo.com/**', fixture('demo/pinduoduo-demo.html'));
// A few months of demo events, so the Insights page (options → 洞察) shows something on first
// run; marked as demo data and erased with one click there. Only this script calls the hook.
const seeded = (await (await liveWorker(session)).evaluate('sellerAssistantTestHooks.seedDemoInsights()')) as number;
if (seeded > 0) console.log(`Insights: filled ${seeded} demo events (options → 洞察; erase them there with 删除演示数据).`);
const page = await session.context.newPage();
await page.goto(DEMO_URL);
for (const other of session.context.pages()) if (other !== page) await other.close();
console.log(`Seller Assistant is running on the demo seller page: ${DEMO_URL}`);
console.log(`Options: chrome-extension://${session.extensionId}/options.html   Popup: chrome-extension://${session.extensionId}/popup.html`);
console.log('Close the browser window (or press Ctrl+C) to stop.');
if (headless) {
  const frame = await sidebarFrame(page, session.extensionId);
  await frame.locator('h1').waitFor();
  await page.evaluate('window.demoChat.pushBuyerMessage("收到的杯子碎了，盒子都压扁了，怎么处理")');
  await frame.locator('[data-testid="suggestion"]').first().waitFor();
  await page.screenshot({ path: 'demo-screenshot.png' });
  console.log('Saved demo-screenshot.png');
  // The Insights page over the demo events (the README's second picture).
  const insights = await session.context.newPage();
  await insights.setViewportSize({ width: 1280, height: 1000 });
  await insights.goto(`chrome-extension://${session.extensionId}/options.html#/insights`);
  await insights.locator('[data-testid="insights-chart-products"][data-chart-ready="true"]').waitFor({ timeout: 30_000 });
  await insights.screenshot({ path: 'insights-screenshot.png' });
  console.log('Saved insights-screenshot.png');
}
await new Promise<void>((resolve) => {
  session.context.on('close', () => resolve());
  process.on('SIGINT', () => void session.close().then(() => resolve()));
});
