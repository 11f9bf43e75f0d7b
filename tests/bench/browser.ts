/**
 * Figures measured in real Chromium with the built extension: the content scripts' sizes,
 * the sidebar frame's load time on the demo seller page, and the time from a buyer message
 * appearing in the page to its situation and suggestions showing in the sidebar.
 */
import { CONTENT_SCRIPT_BUDGET_GZIP, contentScriptSizes } from '../e2e/support/content-scripts';
import { DEMO_URL, EXTENSION_DIR, fixture, launchExtension, sidebarFrame } from '../e2e/support/extension';
import { median, percentile } from './stats';

const MESSAGES = ['能便宜点吗', '快递到哪了', '收到的杯子碎了', '衣服小了能换大一码吗', '什么时候发货', '再不处理我就投诉了', '有赠品吗', '退款什么时候到账'];
const ROUNDS = 40;

export async function run(): Promise<void> {
  for (const size of contentScriptSizes(EXTENSION_DIR)) {
    const kb = (bytes: number) => (bytes / 1024).toFixed(1);
    console.log(`content script ${size.file}: ${kb(size.raw)} KB raw, ${kb(size.gzip)} KB gzip (budget ${kb(CONTENT_SCRIPT_BUDGET_GZIP)} KB gzip)`);
  }

  const session = await launchExtension();
  try {
    await session.serve('https://mms.pinduoduo.com/**', fixture('demo/pinduoduo-demo.html'));
    const loads: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await session.context.newPage();
      const start = Date.now();
      await page.goto(DEMO_URL);
      const frame = await sidebarFrame(page, session.extensionId);
      await frame.locator('h1').waitFor();
      loads.push(Date.now() - start);
      await page.close();
    }
    console.log(`demo page + sidebar frame ready: median ${median(loads)} ms over ${loads.length} loads`);

    const page = await session.context.newPage();
    await page.goto(DEMO_URL);
    await page.evaluate('window.demoChat.pauseAutoMessages()');
    const frame = await sidebarFrame(page, session.extensionId);
    await frame.locator('h1').waitFor();
    const latencies: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const text = `${MESSAGES[i % MESSAGES.length]} #${i}`;
      // The frame records when the new message and its suggestions are on screen.
      const shown = frame.evaluate(
        `new Promise((resolve) => {
          const done = () => {
            const msg = document.querySelector('[data-testid="buyer-message"]');
            const chip = document.querySelector('[data-testid="situation"]');
            if (msg && msg.textContent === ${JSON.stringify(text)} && chip) { observer.disconnect(); resolve(performance.timeOrigin + performance.now()); }
          };
          const observer = new MutationObserver(done);
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          done();
        })`,
      ) as Promise<number>;
      const sentAt = (await page.evaluate(`(() => { const t = performance.timeOrigin + performance.now(); window.demoChat.pushBuyerMessage(${JSON.stringify(text)}); return t; })()`)) as number;
      latencies.push((await shown) - sentAt);
    }
    console.log(
      `buyer message → situation + suggestions in sidebar: median ${median(latencies).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms over ${ROUNDS} messages (budget 150 ms median)`,
    );

    // Typing cost: Space and Tab keydowns in the chat box run the text-expansion check
    // (regex on the text before the caret + shortcut lookup). With one shortcut defined so the
    // check really runs, dispatch many keydowns and time them.
    const options = await session.openExtensionPage('options.html#/templates');
    await options.getByTestId('new-template').click();
    await options.getByTestId('template-title').fill('感谢');
    await options.getByTestId('template-shortcut').fill('/ty');
    await options.getByTestId('template-body').fill('感谢亲的支持～');
    await options.getByTestId('save-template').click();
    await options.getByText('感谢亲的支持～').first().waitFor();
    await options.close();
    await page.click('#replyTextarea');
    await page.waitForTimeout(500);
    const perKey = (await page.evaluate(`(() => {
      const box = document.getElementById('replyTextarea');
      box.focus();
      box.value = '亲，这款有现货吗 /notashortcut';
      box.setSelectionRange(box.value.length, box.value.length);
      const n = 5000;
      const start = performance.now();
      for (let i = 0; i < n; i++) box.dispatchEvent(new KeyboardEvent('keydown', { key: i % 2 ? ' ' : 'a', bubbles: true, cancelable: true }));
      return (performance.now() - start) / n;
    })()`)) as number;
    console.log(`chat-box keydown with text expansion listening: ${(perKey * 1000).toFixed(1)} µs per key (all page listeners included)`);
  } finally {
    await session.close();
  }
}
