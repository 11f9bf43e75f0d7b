/**
 * Launching the built extension (.output/chrome-mv3) in Debian's Chromium with Playwright,
 * and answering real seller URLs with fixture HTML so the real match patterns are exercised.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const DEMO_URL = 'https://mms.pinduoduo.com/chat-merchant/index.html';

/** Flags that keep Chromium quiet on a machine without network access. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--lang=zh-CN',
];

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
  /** Serve `html` at every URL under `pattern` (e.g. 'https://mms.pinduoduo.com/**'). */
  serve(pattern: string, html: string): Promise<void>;
  openExtensionPage(path: string): Promise<Page>;
}

export function fixture(path: string): string {
  return readFileSync(join(ROOT, 'tests/fixtures', path), 'utf8');
}

export async function launchExtension(options: { headless?: boolean; locale?: string; extensionDir?: string } = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const userDataDir = mkdtempSync(join(tmpdir(), 'seller-assistant-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    locale: options.locale ?? 'zh-CN',
    viewport: { width: 1280, height: 800 },
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  // Nothing may leave the machine: every request not routed to a fixture is refused.
  await context.route(/^https?:\/\//, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
    async serve(pattern, html) {
      await context.route(pattern, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
  };
}

/** The sidebar frame on a seller page (an extension page inside an iframe). */
export async function sidebarFrame(page: Page, extensionId: string) {
  // Attached, not visible: the frame stays hidden until the sidebar page has connected.
  const handle = await page.waitForSelector('iframe#seller-assistant-sidebar-frame', { state: 'attached', timeout: 15_000 });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('sidebar iframe has no frame');
  // The frame is created from the sidebar's dynamic URL (wxt.config.ts) and lands on the
  // extension's usual origin.
  await frame.waitForURL(`chrome-extension://${extensionId}/sidebar.html`);
  return frame;
}

/**
 * The extension's running service worker. The browser stops it when idle, so when none is
 * running, wake it with a message from one of its pages (any message starts it).
 */
export async function liveWorker(session: ExtensionSession): Promise<Worker> {
  const prefix = `chrome-extension://${session.extensionId}/`;
  const running = session.context.serviceWorkers().find((w) => w.url().startsWith(prefix));
  if (running) return running;
  const started = session.context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(prefix), timeout: 15_000 });
  const page = await session.openExtensionPage('popup.html');
  await page.evaluate('chrome.runtime.sendMessage({ wake: true }).catch(() => undefined)');
  const worker = await started;
  await page.close();
  return worker;
}

/**
 * Grants the extension access to `pattern` (e.g. 'https://shop.example.test/*') the way a user
 * does on chrome://extensions (the extension's "Site access"): that page's own API, called
 * from the page. The extension's permission request for that site then resolves at once
 * without a prompt, which automation cannot answer; everything after it (registering the
 * site, the content script, the sidebar) runs the real code path.
 */
export async function grantSiteAccess(session: ExtensionSession, pattern: string): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(`chrome://extensions/?id=${session.extensionId}`);
  await page.evaluate(
    ([id, host]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id!, host!),
    [session.extensionId, pattern],
  );
  await page.close();
}
