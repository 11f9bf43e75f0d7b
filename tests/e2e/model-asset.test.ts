/**
 * The situation model ships as a packaged JSON file, not inside a script: the built extension
 * holds the very file `npm run train` writes, no script carries it (Firefox's add-on linter
 * reads no script over 5 MB), seller pages cannot fetch it, and the sidebar fetches it itself.
 * When it cannot, the sidebar says so, keeps the buyer's card, and "重试" loads it once it is
 * there again.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITUATION_MODEL_ASSET, SITUATION_MODEL_SOURCE } from '../../lib/situations/model-asset';
import { DEMO_URL, EXTENSION_DIR, fixture, launchExtension, ROOT, sidebarFrame, type ExtensionSession } from './support/extension';

/** addons-linter refuses to parse a JavaScript file larger than this. */
const LINTER_PARSE_LIMIT = 5 * 1024 * 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(dir, file)).isFile());
}

/** Read as "where is my parcel" (as in situation-correction.test.ts). */
const MESSAGE = '宝贝什么时候能到我这边';
const MESSAGE_SITUATION = 'logistics';

const pushBuyerMessage = (text: string) => (window as never as { demoChat: { pushBuyerMessage(t: string): void } }).demoChat.pushBuyerMessage(text);
const pauseDemo = () => (window as never as { demoChat: { pauseAutoMessages(): void } }).demoChat.pauseAutoMessages();

describe('the situation model in the built extension', () => {
  it('is the trained file, packaged unchanged, and no script carries it', () => {
    const source = readFileSync(join(ROOT, SITUATION_MODEL_SOURCE));
    expect(readFileSync(join(EXTENSION_DIR, SITUATION_MODEL_ASSET)).equals(source)).toBe(true);
    const { inputsHash } = JSON.parse(source.toString('utf8')) as { inputsHash: string };
    const scripts = filesUnder(EXTENSION_DIR).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const text = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      expect({ file, carriesModel: text.includes(inputsHash), parseable: text.length <= LINTER_PARSE_LIMIT }).toEqual({ file, carriesModel: false, parseable: true });
    }
  });

  it('is not web-accessible', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { web_accessible_resources?: Array<{ resources: string[] }> };
    const exposed = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources);
    expect(exposed).toEqual(['sidebar.html']);
  });
});

describe('loading the model in the browser', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
    await session.serve('https://mms.pinduoduo.com/**', fixture('demo/pinduoduo-demo.html'));
  });
  afterAll(async () => session?.close());

  it('the sidebar fetches it and names the situation; the seller page cannot fetch it', async () => {
    const page = await session.context.newPage();
    await page.goto(DEMO_URL);
    await page.evaluate(pauseDemo);
    const frame = await sidebarFrame(page, session.extensionId);
    await page.evaluate(pushBuyerMessage, MESSAGE);
    await expect.poll(() => frame.locator('[data-testid="situation"]').first().getAttribute('data-situation-id'), { timeout: 15_000 }).toBe(MESSAGE_SITUATION);

    const modelUrl = `chrome-extension://${session.extensionId}${SITUATION_MODEL_ASSET}`;
    const fromPage = await page.evaluate((url) => fetch(url).then((r) => `read ${r.status}`, (e: Error) => `refused ${e.name}`), modelUrl);
    expect(fromPage).toBe('refused TypeError');
    await page.close();
  });
});

describe('when the model cannot be loaded', () => {
  let session: ExtensionSession;
  let dir: string;
  beforeAll(async () => {
    // A copy of the built extension, whose model file the test sets aside.
    dir = mkdtempSync(join(tmpdir(), 'seller-assistant-no-model-'));
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    session = await launchExtension({ extensionDir: dir });
    await session.serve('https://mms.pinduoduo.com/**', fixture('demo/pinduoduo-demo.html'));
  });
  afterAll(async () => {
    await session?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the sidebar says so, keeps the buyer card, and loads it on retry once it is back', async () => {
    renameSync(join(dir, SITUATION_MODEL_ASSET), join(dir, 'model-set-aside.json'));
    const page = await session.context.newPage();
    await page.goto(DEMO_URL);
    await page.evaluate(pauseDemo);
    const frame = await sidebarFrame(page, session.extensionId);
    await page.evaluate(pushBuyerMessage, MESSAGE);
    const notice = frame.getByTestId('classifier-failed');
    await expect.poll(() => notice.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await notice.textContent()).toContain('情况识别模型没能加载');
    // The rest of the sidebar still works: the customer section is there.
    await expect.poll(() => frame.getByRole('region', { name: '顾客' }).isVisible()).toBe(true);
    expect(await frame.getByTestId('situation').count()).toBe(0);

    renameSync(join(dir, 'model-set-aside.json'), join(dir, SITUATION_MODEL_ASSET));
    await notice.getByRole('button', { name: '重试' }).click();
    await expect.poll(() => frame.locator('[data-testid="situation"]').first().getAttribute('data-situation-id'), { timeout: 15_000 }).toBe(MESSAGE_SITUATION);
    expect(await notice.count()).toBe(0);
    await page.close();
  });
});
